import type { Database } from '../../platform/db/client';
import { actieveProducten } from '../catalogus/producten';
import { alleTeams } from '../organisatie/operations/team-lezen';
import { VOLGNUMMER_SQL } from './schema';

export interface Generatie {
  aantal: number;
  /** Team ids to spread over (Zipf-like: the first team gets the most); default every team, by name. */
  teams?: string[];
  /** The period in which requests are received: from `van` up to (not including) `tot`. */
  van: Date | string;
  tot: Date | string;
  /** The same seed gives the same requests. */
  seed: number;
  /** Also write the logboek lines 'aangemaakt' and 'afgehandeld'. */
  logboek?: boolean;
}

/** A uniform number in [0, 1) per request and purpose, from md5: repeatable, no session state. */
const r = (k: number) =>
  `(('x' || substr(md5($2::text || '-' || i || '-${k}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;
/** `dag` (a Monday to Friday) plus n working days; weekends skipped, holidays not. */
const plusWerkdagen = (dag: string, n: string) =>
  `(${dag} + ${n} + 2 * ((extract(isodow from ${dag})::int - 1 + ${n}) / 5))`;
const lokaal = (dag: string, minuten: string) =>
  `((${dag})::timestamp + make_interval(mins => ${minuten})) at time zone 'Europe/Amsterdam'`;

const GENEREER_SQL = `
-- materialized: every random number and date is computed once, not again in each expression that uses it
with
  periode as (select $3::timestamptz as van, $4::timestamptz as tot),
  teams as (select $5::uuid[] as ids, cardinality($5::uuid[]) as n),
  -- a team's requests are about its own products; those of a team without products about 60 others
  alle_producten as (select * from jsonb_to_recordset($7::jsonb) p(id uuid, naam text, "teamId" uuid)),
  producten as materialized (
    select team_id, array_agg(id order by naam) as ids, array_agg(naam order by naam) as namen, count(*)::int as n
    from (select id, naam, "teamId" as team_id from alle_producten where "teamId" = any($5::uuid[])
          union all
          (select id, naam, null from alle_producten order by md5(id::text || $2::text) limit 60)) x
    group by team_id),
  -- working days counted from the Monday of the first week: k -> Monday + 7 * (k / 5) + k % 5
  werkdagen as (
    select maandag, least(extract(isodow from eerste)::int, 6) - 1 as eerste_k,
      5 * ((laatste - maandag) / 7) + least(extract(isodow from laatste)::int, 5) as na_laatste_k
    from (select eerste, laatste, eerste - (extract(isodow from eerste)::int - 1) as maandag
          from (select (van at time zone 'Europe/Amsterdam')::date as eerste, (tot at time zone 'Europe/Amsterdam')::date as laatste
                from periode) x) y),
  basis as materialized (
    select i, ${r(1)} as r1, ${r(2)} as r2, ${r(3)} as r3, ${r(4)} as r4, ${r(5)} as r5, ${r(6)} as r6, ${r(7)} as r7, ${r(8)} as r8,
      ${r(9)} as r9, ${r(10)} as r10
    from generate_series(1, $1::int) i),
  ontvangst as materialized (
    select b.*, d.dag, ${lokaal('d.dag', '510 + floor(b.r2 * 510)::int')} as ontvangen, b.r8 < 0.03 as urgent
    from basis b, werkdagen w
      cross join lateral (select w.eerste_k + floor(b.r1 * (w.na_laatste_k - w.eerste_k))::int as k) k
      cross join lateral (select w.maandag + 7 * (k.k / 5) + k.k % 5 as dag) d),
  termijn as materialized (
    select o.*, case when o.urgent then o.dag else ${plusWerkdagen('o.dag', '2')} end as deadline,
      -- within the norm: 0..2 working days (urgent: the same day); otherwise 1..8 working days late
      case when o.r4 < 0.85 then case when o.urgent then 0 else floor(o.r5 * 3)::int end
           else (case when o.urgent then 1 else 3 end) + floor(o.r5 * o.r5 * 8)::int end as wd
    from ontvangst o, periode p
    where o.ontvangen >= p.van and o.ontvangen < p.tot),
  afloop as materialized (
    select t.*,
      greatest(t.ontvangen + interval '10 minutes', ${lokaal(plusWerkdagen('t.dag', 't.wd'), '540 + floor(t.r6 * 480)::int')}) as kandidaat,
      -- a few requests of the last six weeks got stuck: open and overdue
      t.ontvangen > p.tot - interval '42 days' and t.r3 < 0.1 as blijft_open
    from termijn t, periode p),
  rijen as materialized (
    select a.*, case when not a.blijft_open and a.kandidaat < p.tot then a.kandidaat end as afgehandeld,
      (array['beantwoord','beantwoord','beantwoord','beantwoord','beantwoord','beantwoord','zaak-aangemaakt','doorverwezen','doorverwezen','niet-bereikbaar'])[1 + floor(a.r7 * 10)::int] as resultaat
    from afloop a, periode p),
  nieuw as (
    insert into contactverzoek (nummer, team_id, product_id, onderwerp, vraag, naam, telefoon, urgent, status,
      ontvangen, deadline, pogingen, mislukt, resultaat, afgehandeld)
    select 'CV-' || to_char(x.ontvangen at time zone 'Europe/Amsterdam', 'YYYY') || '-' || ${VOLGNUMMER_SQL},
      x.team_id,
      pr.ids[1 + floor(x.r10 * x.r10 * pr.n)::int], pr.namen[1 + floor(x.r10 * x.r10 * pr.n)::int],
      'Vraag over ' || lower(pr.namen[1 + floor(x.r10 * x.r10 * pr.n)::int]),
      'Inwoner ' || x.i, '06-' || (20000000 + x.i), x.urgent,
      case when x.afgehandeld is null then 'open' else 'afgehandeld' end, x.ontvangen, x.deadline,
      x.pogingen, case when x.afgehandeld is null then x.pogingen when x.resultaat = 'niet-bereikbaar' then x.pogingen else x.pogingen - 1 end,
      case when x.afgehandeld is not null then x.resultaat end, x.afgehandeld
    from (select y.*, tm.ids[floor(power(tm.n + 1, y.r9))::int] as team_id,
                 case when y.afgehandeld is null then floor(y.r5 * 3)::int
                           when y.resultaat = 'niet-bereikbaar' then 3 + floor(y.r2 * 2)::int
                           else 1 + floor(y.r8 * y.r8 * 3)::int end as pogingen from rijen y, teams tm) x
      left join producten eigen on eigen.team_id = x.team_id
      cross join (select * from producten where team_id is null) rest
      cross join lateral (select coalesce(eigen.ids, rest.ids) as ids, coalesce(eigen.namen, rest.namen) as namen,
                                 coalesce(eigen.n, rest.n) as n) pr
    -- in the order they came in, as a real table fills up
    order by x.ontvangen
    returning id, ontvangen, afgehandeld, resultaat),
  logboek as (
    insert into contactverzoek_logboek (contactverzoek_id, tijdstip, soort, medewerker_naam, tekst)
    select id, ontvangen, 'aangemaakt', 'Demo-installatie', '' from nieuw where $6::boolean
    union all
    select id, afgehandeld, 'afgehandeld', 'Demo-installatie', 'Resultaat: ' || replace(resultaat, '-', ' ') || '.' from nieuw where $6::boolean and afgehandeld is not null
    returning 1)
select (select count(*)::int from nieuw) as aantal`;

/**
 * Realistic contactverzoeken over a period, in one set-based statement: spread over the
 * teams (Zipf-like) and each team's products (the catalogue's responsible team), received in office hours on working days, deadline two
 * working days later (weekends skipped, holidays not), about 98 % closed of which about
 * 85 % within the norm, a mix of results, 1 to 4 call attempts, and some still open and
 * overdue near the end. Returns how many were made (a few fewer than asked when a drawn
 * time falls outside the period).
 */
export async function genereerContactverzoeken(database: Database, g: Generatie): Promise<number> {
  const iso = (t: Date | string) => (t instanceof Date ? t.toISOString() : t);
  const teams = g.teams ?? (await alleTeams(database.db)).map((t) => t.id);
  const { rows } = await database.raw.executeSql(GENEREER_SQL, [
    g.aantal,
    g.seed,
    iso(g.van),
    iso(g.tot),
    teams,
    g.logboek ?? false,
    JSON.stringify(await actieveProducten(database.db)),
  ]);
  return rows[0].aantal;
}
