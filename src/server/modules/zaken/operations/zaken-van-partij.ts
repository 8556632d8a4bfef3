import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { geenToegang } from '../../../platform/http/problem';
import { zakenVanPartij } from '../../../policies';
import { zaak, zaakRol } from '../schema';
import { alsUitvoer, metNamen, rijVoorActor } from './lees-zaak';

const vanPartij = (partijId: string) =>
  inArray(zaak.id, sql`(select ${zaakRol.zaakId} from ${zaakRol} where ${zaakRol.partijId} = ${partijId})`);

/**
 * A party's zaken for the card: where each stands, its deadlines, and how many are open and
 * overdue. Outside the zaak's team the agent sees the status level only; the read is audited.
 */
export async function zakenVan(ctx: AppContext, actor: Actor, partijId: string, limiet = 20) {
  if (!zakenVanPartij(actor)) throw geenToegang('U hebt geen toegang tot de zaken van deze partij.');
  const nu = ctx.now();
  const vandaag = amsterdamseDatum(nu);
  const rijen = await metNamen(ctx.db)
    .where(vanPartij(partijId))
    .orderBy(sql`${zaak.einddatum} is not null`, sql`${zaak.registratiedatum} desc`)
    .limit(limiet);
  const [telling] = await ctx.db
    .select({
      open: sql<number>`count(*)::int`,
      teLaat: sql<number>`(count(*) filter (where ${lt(zaak.uiterlijkeEinddatumAfdoening, vandaag)}))::int`,
    })
    .from(zaak)
    .where(and(vanPartij(partijId), isNull(zaak.einddatum)));
  await audit(ctx.db, actor, {
    actie: 'zaak.van-partij-gelezen',
    objectType: 'partij',
    objectId: partijId,
    persoonsgegevens: true,
  });
  const kalender = await loadKalender(ctx.db);
  const items = rijen.map((r) =>
    rijVoorActor(actor, { ...alsUitvoer(r, nu, kalender), partijIds: [partijId] }),
  );
  return { items, open: telling.open, teLaat: telling.teLaat };
}

/** Which of these contacts led to a zaak. */
export async function klantcontactenMetZaak(db: Queryable, klantcontactIds: string[]): Promise<Set<string>> {
  if (klantcontactIds.length === 0) return new Set();
  const rij = await db
    .selectDistinct({ id: zaak.klantcontactId })
    .from(zaak)
    .where(inArray(zaak.klantcontactId, klantcontactIds));
  return new Set(rij.flatMap((r) => (r.id ? [r.id] : [])));
}
