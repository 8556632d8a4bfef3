import { type SQL, sql } from 'drizzle-orm';
import { plusDagen } from '../../../platform/calendar/rules';
import { dagBeginSql } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { teamsSql } from '../../organisatie/operations/team-lezen';
import { type Resultaat, resultaten } from '../waarden';
import type { Periode } from './perioden';

const eindeVan = (p: Periode): SQL => dagBeginSql(plusDagen(p.tot, 1));
/** Teams in scope: one, or all of them (the lateral joins below then use the per-team indexes). */
const inScope = (teamId: string | null) => (teamId ? sql`where t.id = ${teamId}` : sql``);

/** Closed requests per team and Amsterdam day of closing, with the FILTER aggregates of each day. */
export function geslotenSql(p: Periode, teamId: string | null): SQL {
  const perResultaat = sql.join(
    resultaten.map((r) => sql`count(*) filter (where c.resultaat = ${r})::int`),
    sql`, `,
  );
  return sql`select t.id::text as team_id, g.dag, g.n, g.binnen, g.uren, g.pogingen, g.r
      from ${teamsSql} t cross join lateral (
        select x.d::text as dag, count(*)::int as n,
          count(*) filter (where x.d <= c.deadline)::int as binnen,
          (sum(extract(epoch from c.afgehandeld - c.ontvangen)) / 3600)::float8 as uren,
          sum(c.pogingen)::int as pogingen,
          array[${perResultaat}] as r
        from contactverzoek c
          cross join lateral (select (c.afgehandeld at time zone 'Europe/Amsterdam')::date as d) x
        where c.team_id = t.id and c.status = 'afgehandeld'
          and c.afgehandeld >= ${dagBeginSql(p.van)} and c.afgehandeld < ${eindeVan(p)}
        group by x.d) g
      ${inScope(teamId)}`;
}

export interface GeslotenRij {
  teamId: string;
  dag: string;
  gesloten: number;
  binnen: number;
  uren: number;
  pogingen: number;
  resultaten: Record<Resultaat, number>;
}

/** Closed requests per team and Amsterdam day of closing; within the norm when closed on or before the deadline. */
export async function geslotenPerDag(
  db: Queryable,
  p: Periode,
  teamId: string | null,
): Promise<GeslotenRij[]> {
  const rij = await rijen<{
    team_id: string;
    dag: string;
    n: number;
    binnen: number;
    uren: number;
    pogingen: number;
    r: number[];
  }>(db, geslotenSql(p, teamId));
  return rij.map((r) => ({
    teamId: r.team_id,
    dag: r.dag,
    gesloten: r.n,
    binnen: r.binnen,
    uren: r.uren,
    pogingen: r.pogingen,
    resultaten: Object.fromEntries(resultaten.map((naam, i) => [naam, r.r[i]])) as Record<Resultaat, number>,
  }));
}

/** Open requests per team in scope: all, due today, and overdue (the partial index on open ones). */
export const openSql = (vandaag: string, teamId: string | null): SQL =>
  sql`select t.id::text as id, t.naam, o.open, o.vandaag, o.te_laat
    from ${teamsSql} t cross join lateral (
      select count(*)::int as open,
        count(*) filter (where c.deadline = ${vandaag}::date)::int as vandaag,
        count(*) filter (where c.deadline < ${vandaag}::date)::int as te_laat
      from contactverzoek c where c.team_id = t.id and c.status = 'open') o
    ${inScope(teamId)}
    order by t.naam`;

export interface OpenRij {
  teamId: string;
  teamNaam: string;
  open: number;
  vandaag: number;
  teLaat: number;
}

/** Every team in scope with its open requests now: due today and overdue (deadline before today). */
export async function openPerTeam(db: Queryable, vandaag: string, teamId: string | null): Promise<OpenRij[]> {
  const rij = await rijen<{ id: string; naam: string; open: number; vandaag: number; te_laat: number }>(
    db,
    openSql(vandaag, teamId),
  );
  return rij.map((r) => ({
    teamId: r.id,
    teamNaam: r.naam,
    open: r.open,
    vandaag: r.vandaag,
    teLaat: r.te_laat,
  }));
}

/** Per team in scope: what was still open when the period ended, and how much of it was overdue. */
export function openOpEindeSql(p: Periode, teamId: string | null): SQL {
  const einde = eindeVan(p);
  return sql`select t.id::text as id, t.naam, o.open, o.te_laat
    from ${teamsSql} t cross join lateral (
      select count(*)::int as open, count(*) filter (where c.deadline <= ${p.tot}::date)::int as te_laat
      from contactverzoek c
      where c.team_id = t.id and c.ontvangen < ${einde} and (c.status = 'open' or c.afgehandeld >= ${einde})) o
    ${inScope(teamId)}
    order by t.naam`;
}

export async function openOpEinde(db: Queryable, p: Periode, teamId: string | null): Promise<OpenRij[]> {
  const rij = await rijen<{ id: string; naam: string; open: number; te_laat: number }>(
    db,
    openOpEindeSql(p, teamId),
  );
  return rij.map((r) => ({ teamId: r.id, teamNaam: r.naam, open: r.open, vandaag: 0, teLaat: r.te_laat }));
}

/** Requests received per team and Amsterdam day. */
export const ontvangenSql = (p: Periode, teamId: string | null): SQL =>
  sql`select c.team_id::text as "teamId", (c.ontvangen at time zone 'Europe/Amsterdam')::date::text as dag,
      count(*)::int as ontvangen
    from contactverzoek c
    where c.ontvangen >= ${dagBeginSql(p.van)} and c.ontvangen < ${eindeVan(p)}
      ${teamId ? sql`and c.team_id = ${teamId}` : sql``}
    group by 1, 2`;

export const ontvangenPerDag = (db: Queryable, p: Periode, teamId: string | null) =>
  rijen<{ teamId: string; dag: string; ontvangen: number }>(db, ontvangenSql(p, teamId));

export interface Verzoekregel {
  nummer: string;
  team: string;
  onderwerp: string;
  /** Amsterdam wall-clock time, 'YYYY-MM-DDTHH:MM:SS'. */
  ontvangen: string;
  deadline: string;
  afgehandeld: string | null;
  resultaat: Resultaat | null;
  pogingen: number;
  binnenNorm: boolean | null;
}

const lokaal = (kolom: SQL) =>
  sql`to_char(${kolom} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS')`;

/**
 * Every request received or closed in the period, oldest first; no personal data. Two
 * disjoint parts, each on an index: received in the period, and closed in it after being
 * received before it (per team).
 */
export function verzoekenSql(p: Periode, teamId: string | null): SQL {
  const [van, einde] = [dagBeginSql(p.van), eindeVan(p)];
  const kolommen = sql`c.nummer, t.naam as team, c.onderwerp, ${lokaal(sql`c.ontvangen`)} as ontvangen,
    c.deadline::text as deadline, ${lokaal(sql`c.afgehandeld`)} as afgehandeld, c.resultaat, c.pogingen,
    (c.afgehandeld at time zone 'Europe/Amsterdam')::date <= c.deadline as "binnenNorm", c.ontvangen as volgorde`;
  return sql`select v.nummer, v.team, v.onderwerp, v.ontvangen, v.deadline, v.afgehandeld, v.resultaat, v.pogingen, v."binnenNorm"
    from (
      select ${kolommen} from contactverzoek c join ${teamsSql} t on t.id = c.team_id
      where c.ontvangen >= ${van} and c.ontvangen < ${einde} ${teamId ? sql`and c.team_id = ${teamId}` : sql``}
      union all
      select ${kolommen} from ${teamsSql} t cross join lateral (
        select * from contactverzoek c
        where c.team_id = t.id and c.afgehandeld >= ${van} and c.afgehandeld < ${einde} and c.ontvangen < ${van}) c
      ${inScope(teamId)}) v
    order by v.volgorde, v.nummer`;
}

export const verzoekenVan = (db: Queryable, p: Periode, teamId: string | null) =>
  rijen<Verzoekregel>(db, verzoekenSql(p, teamId));

export interface Totaal {
  gesloten: number;
  binnen: number;
  uren: number;
  pogingen: number;
  resultaten: Record<Resultaat, number>;
}

const leeg = (): Totaal => ({
  gesloten: 0,
  binnen: 0,
  uren: 0,
  pogingen: 0,
  resultaten: Object.fromEntries(resultaten.map((r) => [r, 0])) as Record<Resultaat, number>,
});

/** Adds up (already aggregated) closed rows. */
export function tel(rij: GeslotenRij[]): Totaal {
  const t = leeg();
  for (const r of rij) {
    t.gesloten += r.gesloten;
    t.binnen += r.binnen;
    t.uren += r.uren;
    t.pogingen += r.pogingen;
    for (const naam of resultaten) t.resultaten[naam] += r.resultaten[naam];
  }
  return t;
}

const rond = (n: number, decimalen: number) => Math.round(n * 10 ** decimalen) / 10 ** decimalen;
const deel = (a: number, b: number) => (b === 0 ? null : a / b);

/** The derived figures: share within the norm, hours from receipt to closing (1 decimal), attempts (2 decimals). */
export function kengetallen(t: Totaal) {
  const uren = deel(t.uren, t.gesloten);
  const pogingen = deel(t.pogingen, t.gesloten);
  return {
    aandeel: deel(t.binnen, t.gesloten),
    gemiddeldeDoorlooptijdUren: uren === null ? null : rond(uren, 1),
    pogingenPerVerzoek: pogingen === null ? null : rond(pogingen, 2),
  };
}
