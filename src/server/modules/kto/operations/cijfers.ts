import { sql } from 'drizzle-orm';
import { plusDagen } from '../../../../shared/dagen';
import { dagBeginSql } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { productNaamSql } from '../../catalogus/producten';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';

/** How the invitations of a group did: sent, answered, the sum of scores, answered "in één keer geregeld". */
export interface Ktotelling {
  uitgenodigd: number;
  beantwoord: number;
  scoreSom: number;
  inEenKeer: number;
}

export const GEEN_UITNODIGINGEN: Ktotelling = { uitgenodigd: 0, beantwoord: 0, scoreSom: 0, inEenKeer: 0 };

export interface Ktogroep extends Ktotelling {
  /** Which dimension this row is a group of; `totaal` for all of them. */
  per: 'totaal' | 'week' | 'team' | 'soort' | 'product';
  week: string | null;
  teamId: string | null;
  teamNaam: string | null;
  /** The contact's channel, or `contactverzoek` / `zaak`. */
  soort: string | null;
  productId: string | null;
  productNaam: string | null;
}

/** Response, average score (two decimals) and the share "in één keer geregeld" of a group. */
export function ktoAandelen({ uitgenodigd, beantwoord, scoreSom, inEenKeer }: Ktotelling) {
  return {
    uitgenodigd,
    beantwoord,
    respons: uitgenodigd ? beantwoord / uitgenodigd : null,
    gemiddeldeScore: beantwoord ? Math.round((scoreSom / beantwoord) * 100) / 100 : null,
    inEenKeer: beantwoord ? inEenKeer / beantwoord : null,
  };
}

interface Vraag {
  van: string;
  tot: string;
  teamId: string | null;
}

/** The invitations sent in the period (Amsterdam days), of one team or all. */
const inPeriode = ({ van, tot, teamId }: Vraag) =>
  sql`u.verstuurd >= ${dagBeginSql(van)} and u.verstuurd < ${dagBeginSql(plusDagen(tot, 1))}
    ${teamId ? sql`and u.team_id = ${teamId}` : sql``}`;

/**
 * The KTO figures of a period in one statement: the totals and the groups per ISO week (of
 * sending), team, kind (channel or request or zaak) and product. `grouping()` tells which is which.
 */
export function ktoGroepen(db: Queryable, vraag: Vraag) {
  return rijen<Ktogroep>(
    db,
    sql`with u as (
        select to_char(u.verstuurd at time zone 'Europe/Amsterdam', 'IYYY-"W"IW') as week, u.team_id,
          coalesce(u.kanaal, u.aanleiding) as soort, u.product_id, u.beantwoord, u.score, u.in_een_keer
        from kto_uitnodiging u where ${inPeriode(vraag)}),
      g as (
        select week, team_id, soort, product_id, grouping(week, team_id, soort, product_id) as g,
          count(*)::int as uitgenodigd, count(beantwoord)::int as beantwoord,
          coalesce(sum(score), 0)::int as "scoreSom", count(*) filter (where in_een_keer)::int as "inEenKeer"
        from u group by grouping sets ((), (week), (team_id), (soort), (product_id)))
      select case g when 15 then 'totaal' when 7 then 'week' when 11 then 'team' when 13 then 'soort'
          else 'product' end as per,
        week, team_id as "teamId", ${teamNaamSql(sql`g.team_id`)} as "teamNaam", soort,
        product_id as "productId", ${productNaamSql(sql`g.product_id`, { inactief: true })} as "productNaam",
        uitgenodigd, beantwoord, "scoreSom", "inEenKeer"
      from g`,
  );
}

/** What residents wrote, newest first: without their name or any other trace of who they are. */
export function ktoOpmerkingen(db: Queryable, vraag: Vraag, limiet: number) {
  return rijen<{
    beantwoord: Date;
    score: number;
    inEenKeer: boolean;
    soort: string;
    teamNaam: string | null;
    productNaam: string | null;
    opmerking: string;
  }>(
    db,
    sql`select u.beantwoord, u.score, u.in_een_keer as "inEenKeer", coalesce(u.kanaal, u.aanleiding) as soort,
        ${teamNaamSql(sql`u.team_id`)} as "teamNaam",
        ${productNaamSql(sql`u.product_id`, { inactief: true })} as "productNaam", u.opmerking
      from kto_uitnodiging u
      where ${inPeriode(vraag)} and u.opmerking is not null
      order by u.beantwoord desc limit ${limiet}`,
  );
}
