import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context';
import { klantcontactenMetVerzoek } from '../../contactverzoeken/operations/lees-contactverzoek';
import { afgerondeContacten } from '../../klantcontacten/operations/afgerond';
import { klantcontactenMetZaak } from '../../zaken/operations/zaken-van-partij';
import { ktoScan } from '../schema';
import { nodigUit } from './uitnodigen';

const BRON = 'klantcontact';
/**
 * A contact is written in one statement, stamped a moment before it commits; looking only at
 * contacts that ended a minute ago or earlier, none is passed by while its statement still runs.
 */
const MARGE_MS = 60_000;

/**
 * The contacts of known parties finished after `van` up to `tot` that the KTO follows: a
 * contact that led to a contactverzoek or a zaak is left to their ending.
 */
export async function gevolgdeContacten(ctx: AppContext, van: Date, tot: Date) {
  const contacten = await afgerondeContacten(ctx.db, van, tot);
  const ids = contacten.map((c) => c.id);
  const [metVerzoek, metZaak] = await Promise.all([
    klantcontactenMetVerzoek(ctx.db, ids),
    klantcontactenMetZaak(ctx.db, ids),
  ]);
  return contacten.filter((c) => !metVerzoek.has(c.id) && !metZaak.has(c.id));
}

/**
 * Invites for the contacts finished since the last run. A contact that led to a contactverzoek
 * or a zaak is left to their ending: the resident is asked once it is really done. The first run
 * starts from now: contacts from before the KTO was on are not looked at.
 */
export async function scanContacten(ctx: AppContext): Promise<number> {
  const tot = new Date(ctx.now().getTime() - MARGE_MS);
  const [vorige] = await ctx.db.select().from(ktoScan).where(eq(ktoScan.bron, BRON));
  if (vorige && vorige.tot >= tot) return 0;
  let uitgenodigd = 0;
  if (vorige) {
    for (const { id, einde: _, ...c } of await gevolgdeContacten(ctx, vorige.tot, tot)) {
      const uitkomst = await nodigUit(ctx, { aanleiding: 'klantcontact', aanleidingId: id, ...c });
      if (uitkomst === 'uitgenodigd') uitgenodigd++;
    }
  }
  await ctx.db
    .insert(ktoScan)
    .values({ bron: BRON, tot })
    .onConflictDoUpdate({ target: ktoScan.bron, set: { tot } });
  return uitgenodigd;
}
