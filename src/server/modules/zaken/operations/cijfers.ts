import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { plusDagen } from '../../../platform/calendar/rules';
import { dagBeginSql } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { teamsSql } from '../../organisatie/operations/team-lezen';
import { zaaktypenSql } from '../../zaaktypen/lezen';

/** Whole Amsterdam days; `tot` is the last day, inclusive. */
export interface Zaakperiode {
  van: string;
  tot: string;
}

/** How a group of zaken did in a period. */
export interface Zaakcijfers {
  /** Closed (einddatum) in the period. */
  afgesloten: number;
  /** Of those, closed on or before the einddatumGepland (the servicenorm; the legal limit without one). */
  binnenServicenorm: number;
  /** Of those, closed on or before the uiterlijkeEinddatumAfdoening (the legal limit). */
  binnenTermijn: number;
  /** Of those, closed after the legal limit. */
  teLaat: number;
  /** Calendar days from startdatum to einddatum of the closed ones (suspension included), 1 decimal. */
  gemiddeldeDoorlooptijdDagen: number | null;
  /** Registered and still open at the end of the period's last day. */
  open: number;
  /** Of those, past the legal limit on the last day and not suspended then (a suspended zaak waits). */
  openTeLaat: number;
  /** Suspended, and extended, in the period (a zaak is each at most once). */
  opgeschort: number;
  verlengd: number;
}

export interface Zaakcijferoverzicht {
  totaal: Zaakcijfers;
  perTeam: (Zaakcijfers & { teamId: string; teamNaam: string })[];
  /** Over all versions of a zaaktype (one identificatie), named after the newest version among its zaken. */
  perZaaktype: (Zaakcijfers & { zaaktype: string; omschrijving: string })[];
}

const TELLERS = [
  'afgesloten',
  'binnenServicenorm',
  'binnenTermijn',
  'dagen',
  'open',
  'openTeLaat',
  'opgeschort',
  'verlengd',
] as const;
type Teller = (typeof TELLERS)[number];
type Tellers = Record<Teller, number>;
type Groep = Partial<Tellers> & {
  teamId: string;
  teamNaam: string;
  zaaktype: string;
  omschrijving: string;
  /** The begin date of the newest version in the group, which names the zaaktype. */
  nieuwste: string;
};

/** The teams in scope (`id`, `naam`): these, or every team. */
const teamsIn = (teamIds: readonly string[] | null): SQL =>
  teamIds
    ? sql`(select t.id, t.naam from ${teamsSql} t where t.id = any(${`{${teamIds.join(',')}}`}::uuid[]))`
    : teamsSql;

/** Sums the counts of `deel` (team_id, zaaktype_id, counts) per team and zaaktype identificatie. */
function perTeamEnZaaktype(deel: SQL, tellers: Teller[]): SQL {
  const sommen = sql.raw(tellers.map((t) => `sum(d."${t}")::int as "${t}"`).join(', '));
  return sql`select d.team_id::text as "teamId", t.naam as "teamNaam", zt.identificatie as zaaktype,
      (array_agg(zt.omschrijving order by zt.begin_geldigheid desc))[1] as omschrijving,
      max(zt.begin_geldigheid)::text as nieuwste, ${sommen}
    from (${deel}) d join ${teamsSql} t on t.id = d.team_id join ${zaaktypenSql} zt on zt.id = d.zaaktype_id
    group by d.team_id, t.naam, zt.identificatie`;
}

/**
 * The one definition of a closed zaak in time: within the servicenorm (the legal limit without
 * one), and within the legal limit; over the columns of whichever statement asks.
 */
export const zaakOpTijd = (z: { einddatum: SQLWrapper; gepland: SQLWrapper; uiterlijk: SQLWrapper }) => ({
  servicenorm: sql`${z.einddatum} <= coalesce(${z.gepland}, ${z.uiterlijk})`,
  termijn: sql`${z.einddatum} <= ${z.uiterlijk}`,
});
const { servicenorm: binnenServicenorm, termijn: binnenTermijn } = zaakOpTijd({
  einddatum: sql`z.einddatum`,
  gepland: sql`z.einddatum_gepland`,
  uiterlijk: sql`z.uiterlijke_einddatum_afdoening`,
});

/** Closed in the period, per team on its (team_id, einddatum) index. */
const afgeslotenSql = (p: Zaakperiode, scope: SQL) =>
  perTeamEnZaaktype(
    sql`select t.id as team_id, a.* from ${scope} t cross join lateral (
      select z.zaaktype_id, count(*) as "afgesloten",
        count(*) filter (where ${binnenServicenorm}) as "binnenServicenorm",
        count(*) filter (where ${binnenTermijn}) as "binnenTermijn",
        sum(z.einddatum - z.startdatum) as "dagen"
      from zaak z where z.team_id = t.id and z.einddatum >= ${p.van}::date and z.einddatum <= ${p.tot}::date
      group by z.zaaktype_id) a`,
    ['afgesloten', 'binnenServicenorm', 'binnenTermijn', 'dagen'],
  );

/** Open at the end of the period: still open (the partial index) or closed after it. */
const openSql = (p: Zaakperiode, scope: SQL) =>
  perTeamEnZaaktype(
    sql`select t.id as team_id, o.* from ${scope} t cross join lateral (
      select z.zaaktype_id, count(*) as "open",
        count(*) filter (where z.uiterlijke_einddatum_afdoening < ${p.tot}::date
          and (z.opgeschort_sinds is null or z.opgeschort_sinds > ${p.tot}::date)) as "openTeLaat"
      from zaak z
      where z.team_id = t.id and z.registratiedatum <= ${p.tot}::date
        and (z.einddatum is null or z.einddatum > ${p.tot}::date)
      group by z.zaaktype_id) o`,
    ['open', 'openTeLaat'],
  );

/** Suspensions and extensions by the history line each writes, on the partial index of those lines. */
const gebeurtenissenSql = (p: Zaakperiode, scope: SQL) =>
  perTeamEnZaaktype(
    sql`select z.team_id, z.zaaktype_id,
        count(*) filter (where l.soort = 'opgeschort') as "opgeschort",
        count(*) filter (where l.soort = 'verlengd') as "verlengd"
      from zaak_logboek l join zaak z on z.id = l.zaak_id
      where l.soort in ('opgeschort', 'verlengd')
        and l.tijdstip >= ${dagBeginSql(p.van)} and l.tijdstip < ${dagBeginSql(plusDagen(p.tot, 1))}
        and z.team_id in (select id from ${scope} s)
      group by z.team_id, z.zaaktype_id`,
    ['opgeschort', 'verlengd'],
  );

const leeg = (): Tellers => Object.fromEntries(TELLERS.map((t) => [t, 0])) as Tellers;

function tel(groepen: Groep[]): Tellers {
  const t = leeg();
  for (const g of groepen) for (const k of TELLERS) t[k] += g[k] ?? 0;
  return t;
}

function alsCijfers(t: Tellers): Zaakcijfers {
  const { dagen, ...rest } = t;
  return {
    ...rest,
    teLaat: t.afgesloten - t.binnenTermijn,
    gemiddeldeDoorlooptijdDagen: t.afgesloten ? Math.round((dagen / t.afgesloten) * 10) / 10 : null,
  };
}

function groepeer<K extends 'teamId' | 'zaaktype'>(groepen: Groep[], sleutel: K) {
  const per = new Map<string, Groep[]>();
  for (const g of groepen) per.set(g[sleutel], [...(per.get(g[sleutel]) ?? []), g]);
  return [...per.values()].map((g) => ({
    eerste: g.reduce((a, b) => (b.nieuwste > a.nieuwste ? b : a)),
    cijfers: alsCijfers(tel(g)),
  }));
}

const opNaam = (a: string, b: string) => a.localeCompare(b, 'nl');

/**
 * How the zaken of these teams (null: every team) did in a period, per team and per zaaktype:
 * closed within the servicenorm, within the legal limit and late, the average doorlooptijd in
 * calendar days, open and overdue at its end, suspended and extended in it. Three aggregates,
 * each on an index; the deadlines are those the zaken have now (moved by suspension and extension).
 */
export async function zaakcijfers(
  db: Queryable,
  p: Zaakperiode,
  teamIds: readonly string[] | null,
): Promise<Zaakcijferoverzicht> {
  const scope = teamsIn(teamIds);
  const groepen: Groep[] = [];
  for (const vraag of [afgeslotenSql, openSql, gebeurtenissenSql])
    groepen.push(...(await rijen<Groep>(db, vraag(p, scope))));
  return {
    totaal: alsCijfers(tel(groepen)),
    perTeam: groepeer(groepen, 'teamId')
      .map(({ eerste, cijfers }) => ({ teamId: eerste.teamId, teamNaam: eerste.teamNaam, ...cijfers }))
      .sort((a, b) => opNaam(a.teamNaam, b.teamNaam)),
    perZaaktype: groepeer(groepen, 'zaaktype')
      .map(({ eerste, cijfers }) => ({
        zaaktype: eerste.zaaktype,
        omschrijving: eerste.omschrijving,
        ...cijfers,
      }))
      .sort((a, b) => opNaam(a.omschrijving, b.omschrijving)),
  };
}

export interface AfgeslotenDag {
  teamId: string;
  dag: string;
  afgesloten: number;
  binnenServicenorm: number;
  binnenTermijn: number;
}

/** Zaken closed per team and day of einddatum in a period, and how many of them in time, on the (team_id, einddatum) index. */
export const afgeslotenPerDag = (db: Queryable, p: Zaakperiode) =>
  rijen<AfgeslotenDag>(
    db,
    sql`select t.id::text as "teamId", a.dag, a.afgesloten, a."binnenServicenorm", a."binnenTermijn"
      from ${teamsIn(null)} t cross join lateral (
        select z.einddatum::text as dag, count(*)::int as afgesloten,
          count(*) filter (where ${binnenServicenorm})::int as "binnenServicenorm",
          count(*) filter (where ${binnenTermijn})::int as "binnenTermijn"
        from zaak z where z.team_id = t.id and z.einddatum >= ${p.van}::date and z.einddatum <= ${p.tot}::date
        group by z.einddatum) a`,
  );
