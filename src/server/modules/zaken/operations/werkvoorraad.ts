import {
  and,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { type Kalender, volgendeWerkdag } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { offset, sortering } from '../../../platform/http/lijst';
import { houdtRegie, systeemMet, vereisZakenWerkvoorraad } from '../../../policies';
import { zaak } from '../schema';
import type { ZakenQuery } from '../schemas';
import { zaakOpTijd } from './cijfers';
import { alsUitvoer, metNamen, rijVoorActor } from './lees-zaak';

/** "Binnenkort": the legal deadline within this many working days. */
const BINNENKORT_WERKDAGEN = 5;

function na(vandaag: string, werkdagen: number, kalender: Kalender) {
  let dag = vandaag;
  for (let i = 0; i < werkdagen; i++) dag = volgendeWerkdag(dag, kalender);
  return dag;
}

const opTijd = zaakOpTijd({
  einddatum: zaak.einddatum,
  gepland: zaak.einddatumGepland,
  uiterlijk: zaak.uiterlijkeEinddatumAfdoening,
});
const normen = {
  'servicenorm-gehaald': opTijd.servicenorm,
  'servicenorm-gemist': not(opTijd.servicenorm),
  'termijn-gehaald': opTijd.termijn,
  'termijn-gemist': not(opTijd.termijn),
};

/** The closed zaken: asked for, or implied by a filter on how they were closed. */
const afgesloten = (f: ZakenQuery) =>
  f.filter === 'afgesloten' || Boolean(f.einddatumVanaf || f.einddatumTot || f.norm);

function filters(f: ZakenQuery, actor: Actor, vandaag: string, kalender: Kalender): (SQL | undefined)[] {
  const z = zaak;
  const snel = {
    mijn: actor.id ? eq(z.behandelaarId, actor.id) : sql`false`,
    ongetoewezen: isNull(z.behandelaarId),
    binnenkort: and(
      gte(z.uiterlijkeEinddatumAfdoening, vandaag),
      lte(z.uiterlijkeEinddatumAfdoening, na(vandaag, BINNENKORT_WERKDAGEN, kalender)),
    ),
    'te-laat': lt(z.uiterlijkeEinddatumAfdoening, vandaag),
    opgeschort: isNotNull(z.opgeschortSinds),
    afgesloten: undefined,
  };
  return [
    afgesloten(f) ? isNotNull(z.einddatum) : isNull(z.einddatum),
    f.teamId ? eq(z.teamId, f.teamId) : undefined,
    f.zaaktypeId ? eq(z.zaaktypeId, f.zaaktypeId) : undefined,
    f.filter ? snel[f.filter] : undefined,
    f.einddatumVanaf ? gte(z.einddatum, f.einddatumVanaf) : undefined,
    f.einddatumTot ? lte(z.einddatum, f.einddatumTot) : undefined,
    f.norm ? normen[f.norm] : undefined,
    f.q ? or(eq(z.identificatie, f.q.toUpperCase()), bevat(z.omschrijving, f.q)) : undefined,
  ];
}

/** Without a team: the zaken of the actor's own teams, or every team's for the KCC's regie. */
function eigenTeams(actor: Actor): SQL | undefined {
  if (systeemMet(actor, 'lezen') || houdtRegie(actor)) return undefined;
  return actor.teamIds.length ? inArray(zaak.teamId, [...actor.teamIds]) : sql`false`;
}

/** A team's zaken queue: filters, sorting and pages on the server; another team's queue is refused. */
export async function zoekZaken(db: Queryable, actor: Actor, f: ZakenQuery, nu: Date) {
  if (f.teamId) vereisZakenWerkvoorraad(actor, f.teamId);
  const vandaag = amsterdamseDatum(nu);
  const kalender = await loadKalender(db);
  const waar = and(f.teamId ? undefined : eigenTeams(actor), ...filters(f, actor, vandaag, kalender));
  const volgorde = sortering(
    f.sort ?? (afgesloten(f) ? '-einddatum' : undefined),
    {
      uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening,
      einddatumGepland: zaak.einddatumGepland,
      registratiedatum: zaak.registratiedatum,
      identificatie: zaak.identificatie,
      einddatum: zaak.einddatum,
    },
    'uiterlijkeEinddatumAfdoening',
  );
  const rijen = await metNamen(db)
    .where(waar)
    .orderBy(...volgorde, zaak.identificatie)
    .limit(f.pageSize)
    .offset(offset(f));
  const [{ total }] = await db.select({ total: count() }).from(zaak).where(waar);
  // The queue holds only zaken of the actor's teams (or regie): the initiator is enough for the rules.
  const items = rijen.map((r) =>
    rijVoorActor(actor, { ...alsUitvoer(r, nu, kalender), partijIds: r.initiatorId ? [r.initiatorId] : [] }),
  );
  return { items, total, page: f.page, pageSize: f.pageSize };
}
