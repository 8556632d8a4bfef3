import { actorVanMedewerker } from '../../platform/auth/authenticate';
import type { Actor } from '../../platform/auth/rollen';
import { plusDagen } from '../../platform/calendar/rules';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { AppContext } from '../../platform/context';
import { teamledenMetRol } from '../organisatie/operations/teamlidmaatschap';
import { demoPartijIds } from '../partijen/demo';
import { geldigeZaaktypen, getZaaktype, type ZaaktypeCompleet } from '../zaaktypen/lezen';
import { maakZaak } from './operations/aanmaken';
import { sluitAf } from './operations/afsluiten';
import { schortOp } from './operations/opschorten';
import { zetStatus } from './operations/status-zetten';
import { pakZaakOp } from './operations/toewijzen';

const PER_ZAAKTYPE = 8;
const BEHANDELAARS = ['backoffice-medewerker', 'key-user', 'teamleider'] as const;

/** What happens to the i-th demo zaak of a zaaktype: a mix of new, in progress, suspended and closed. */
async function verloop(ctx: AppContext, wie: Actor, zt: ZaaktypeCompleet, id: string, i: number) {
  if (i % 4 === 0) return;
  await pakZaakOp(ctx, wie, id);
  if (zt.statustypen.length > 2) await zetStatus(ctx, wie, id, { statustypeId: zt.statustypen[1].id });
  if (i % 4 === 2 && zt.opschortingMogelijk)
    await schortOp(ctx, wie, id, 'Wacht op aanvullende stukken van de aanvrager.');
  if (i % 4 === 3)
    await sluitAf(ctx, wie, id, {
      resultaattypeId: zt.resultaattypen[0].id,
      brondatum: amsterdamseDatum(ctx.now()),
    });
}

/**
 * Zaken of every published demo zaaktype, made and handled through the operations by an
 * employee of its team, started over the past months so that some are near or over their term.
 */
export async function seedZaken(echt: AppContext): Promise<void> {
  // The demo's history has already happened: its residents get no messages (no outbox events).
  const jobs = Object.assign(Object.create(echt.jobs), { emit: async () => 'demo' });
  const ctx: AppContext = Object.assign(Object.create(echt), { jobs });
  const vandaag = amsterdamseDatum(ctx.now());
  const personen = (await demoPartijIds(ctx.db)).filter((p) => p.soort === 'persoon');
  for (const [k, kort] of (await geldigeZaaktypen(ctx.db, vandaag)).entries()) {
    const zt = await getZaaktype(ctx.db, kort.id);
    const [lid] = kort.teamId ? await teamledenMetRol(ctx.db, kort.teamId, BEHANDELAARS) : [];
    const wie = lid && (await actorVanMedewerker(ctx.db, lid.id, { requestId: 'demo' }));
    if (!zt || !wie || zt.resultaattypen.length === 0) continue;
    for (let i = 0; i < PER_ZAAKTYPE; i++) {
      const partij = personen[(k * PER_ZAAKTYPE + i) % personen.length];
      const z = await maakZaak(ctx, wie, {
        zaaktypeId: zt.id,
        omschrijving: `${zt.omschrijving} ${partij?.naam ?? ''}`.trim().slice(0, 80),
        initiatorPartijId: partij?.id,
        startdatum: plusDagen(vandaag, -((i * 11 + k * 3) % 75)),
      });
      await verloop(ctx, wie, zt, z.id, i);
    }
  }
}
