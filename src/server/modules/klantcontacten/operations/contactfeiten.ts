import { sql } from 'drizzle-orm';
import { plusDagen } from '../../../../shared/dagen';
import { dagBeginSql } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { productNaamSql } from '../../catalogus/producten';
import { medewerkerNaamSql } from '../../organisatie/operations/medewerker-lezen';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { klantcontact, vraag } from '../schema';
import type { Kanaal, Uitkomst } from '../waarden';

/** A registered contact as management information counts it: who, by which channel, what was asked and how it ended. */
export interface Contactfeit {
  id: string;
  kanaal: Kanaal;
  partijId: string | null;
  teamId: string | null;
  teamNaam: string | null;
  medewerkerId: string | null;
  medewerkerNaam: string | null;
  start: Date;
  /** The Amsterdam day it started. */
  dag: string;
  vragen: { productId: string | null; productNaam: string | null; uitkomst: Uitkomst }[];
}

/** The products a contact asked about, each once, with its name. */
export const productenVan = (c: Contactfeit): Map<string, string | null> =>
  new Map(c.vragen.flatMap((v) => (v.productId ? [[v.productId, v.productNaam] as const] : [])));

/** A later contact of a party: only when it was and what it was about. */
export interface Vervolgcontact {
  id: string;
  partijId: string;
  start: Date;
  productIds: (string | null)[];
}

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * The finished contacts that started in a period of Amsterdam days (`tot` inclusive), of these
 * teams or all, each with its questions; and every finished contact of the same parties, of any
 * team, from the period's start until `naloopDagen` after its end: what a follow-up may be.
 */
export async function contactfeiten(
  db: Queryable,
  periode: { van: string; tot: string },
  teamIds: readonly string[] | null,
  naloopDagen: number,
): Promise<{ contacten: Contactfeit[]; vervolg: Vervolgcontact[] }> {
  const van = dagBeginSql(periode.van);
  const tot = dagBeginSql(plusDagen(periode.tot, 1));
  const contacten = await rijen<Contactfeit & { start: string | Date }>(
    db,
    sql`select k.id, k.kanaal, k.partij_id as "partijId", k.team_id as "teamId",
        ${teamNaamSql(sql`k.team_id`)} as "teamNaam", k.medewerker_id as "medewerkerId",
        ${medewerkerNaamSql(sql`k.medewerker_id`)} as "medewerkerNaam", k.start,
        (k.start at time zone 'Europe/Amsterdam')::date::text as dag,
        json_agg(json_build_object('productId', v.product_id,
          'productNaam', ${productNaamSql(sql`v.product_id`, { inactief: true })}, 'uitkomst', v.uitkomst)
          order by v.volgnummer) as vragen
      from ${klantcontact} k join ${vraag} v on v.klantcontact_id = k.id
      where k.status = 'afgerond' and k.start >= ${van} and k.start < ${tot}${teamIds ? sql` and k.team_id = any(${uuids(teamIds)}::uuid[])` : sql``}
      group by k.id
      order by k.start`,
  );
  const partijIds = [...new Set(contacten.flatMap((c) => (c.partijId ? [c.partijId] : [])))];
  const vervolg = await rijen<Vervolgcontact & { start: string | Date }>(
    db,
    sql`select k.id, k.partij_id as "partijId", k.start, array_agg(distinct v.product_id) as "productIds"
      from ${klantcontact} k join ${vraag} v on v.klantcontact_id = k.id
      where k.status = 'afgerond' and k.start > ${van} and k.start < ${tot} + make_interval(days => ${naloopDagen})
        and k.partij_id = any(${uuids(partijIds)}::uuid[])
      group by k.id
      order by k.start`,
  );
  const alsDatum = <T extends { start: string | Date }>(r: T) => ({ ...r, start: new Date(r.start) });
  return { contacten: contacten.map(alsDatum), vervolg: vervolg.map(alsDatum) };
}
