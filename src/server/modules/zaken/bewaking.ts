import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { systeemActor } from '../../platform/auth/rollen';
import { type Bewaakt, signaleer } from '../../platform/bewaking/bewaking';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { AppContext } from '../../platform/context';
import { medewerkerNaamSql } from '../organisatie/operations/medewerker-lezen';
import { teamNaamSql } from '../organisatie/operations/team-lezen';
import { zaak, zaakLogboek } from './schema';

export interface ZaakKort {
  id: string;
  identificatie: string;
  omschrijving: string;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string;
}

/**
 * The date a zaak is watched by: the servicenorm (the promise), or the legal limit where the
 * zaaktype has no servicenorm; the regie view sorts by the same.
 */
const termijn = sql`coalesce(${zaak.einddatumGepland}, ${zaak.uiterlijkeEinddatumAfdoening})`;

const zaken = {
  tabel: zaak,
  // A suspended zaak's deadlines stand still: it waits until it is resumed.
  open: and(isNull(zaak.einddatum), isNull(zaak.opgeschortSinds)),
  kort: {
    id: zaak.id,
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    einddatumGepland: zaak.einddatumGepland,
    uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening,
  },
  lijst: 'zaken',
  actor: systeemActor('Bewaking zaken', 'bewaking'),
  logboek: { tabel: zaakLogboek, verwijzing: zaakLogboek.zaakId },
} satisfies Bewaakt;

/** Moved deadlines are watched anew: a reminder on the new date, an escalation once past it. */
export const opnieuwBewaken = { herinnerd: null, geescaleerd: null };

/**
 * The monitor of zaken: the behandelaar is reminded on the day the termijn is reached, the
 * team's key users and teamleider hear of it the day after. Safe to run on every instance at
 * the same time: each zaak is signalled once of each kind.
 */
export function bewaakZaken(ctx: AppContext) {
  const nu = ctx.now();
  const vandaag = amsterdamseDatum(nu);
  return ctx.db.transaction(async (tx) => ({
    herinneringen: await signaleer(ctx, tx, nu, zaken, {
      soort: 'herinnering',
      type: 'zaak.herinnering',
      ontvanger: zaak.behandelaarId,
      waar: eq(termijn, vandaag),
      tekst: sql`format('Herinnering gestuurd aan %s.', ${medewerkerNaamSql(zaak.behandelaarId)})`,
    }),
    escalaties: await signaleer(ctx, tx, nu, zaken, {
      soort: 'escalatie',
      type: 'zaak.escalatie',
      ontvanger: zaak.teamId,
      waar: lt(termijn, vandaag),
      tekst: sql`format('Termijn verstreken: gemeld aan de key users en teamleider van %s.', ${teamNaamSql(zaak.teamId)})`,
    }),
  }));
}
