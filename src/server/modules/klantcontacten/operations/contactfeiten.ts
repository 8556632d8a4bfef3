import { sql } from 'drizzle-orm';
import { plusDagen } from '../../../../shared/dagen';
import { dagBeginSql } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { klantcontact, vraag } from '../schema';
import type { Kanaal, Uitkomst } from '../waarden';

/** A registered contact as management information counts it: who, by which channel, what was asked and how it ended. */
export interface Contactfeit {
  id: string;
  kanaal: Kanaal;
  partijId: string | null;
  teamId: string | null;
  medewerkerId: string | null;
  start: Date;
  /** The Amsterdam day it started. */
  dag: string;
  vragen: { productId: string | null; uitkomst: Uitkomst }[];
}

/** The products a contact asked about, each once. */
export const productenVan = (c: Contactfeit): Set<string> =>
  new Set(c.vragen.flatMap((v) => (v.productId ? [v.productId] : [])));

/** A later contact of a party: only when it was and what it was about. */
export interface Vervolgcontact {
  id: string;
  partijId: string;
  start: Date;
  productIds: (string | null)[];
}

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

interface Gegroepeerd {
  start: string | Date;
  productIds: (string | null)[];
  uitkomsten: Uitkomst[];
}

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
  const rij = await rijen<Omit<Contactfeit, 'vragen'> & Gegroepeerd>(
    db,
    sql`select k.id, k.kanaal, k.partij_id as "partijId", k.team_id as "teamId", k.medewerker_id as "medewerkerId",
        k.start, (k.start at time zone 'Europe/Amsterdam')::date::text as dag,
        v."productIds", v.uitkomsten
      from ${klantcontact} k cross join lateral (
        select array_agg(v.product_id order by v.volgnummer) as "productIds",
          array_agg(v.uitkomst order by v.volgnummer)::text[] as uitkomsten
        from ${vraag} v where v.klantcontact_id = k.id) v
      where k.status = 'afgerond' and k.start >= ${van} and k.start < ${tot}${teamIds ? sql` and k.team_id = any(${uuids(teamIds)}::uuid[])` : sql``}
        and v."productIds" is not null
      order by k.start`,
  );
  const contacten = rij.map(({ productIds, uitkomsten, ...c }) => ({
    ...c,
    vragen: productIds.map((productId, i) => ({ productId, uitkomst: uitkomsten[i] })),
  }));
  const partijIds = [...new Set(contacten.flatMap((c) => (c.partijId ? [c.partijId] : [])))];
  // The parties as a set the planner hashes (`= any(array)` compares each row with every element);
  // the questions per contact by their index (a join read every question ever asked).
  const vervolg = await rijen<Vervolgcontact & { start: string | Date }>(
    db,
    sql`select k.id, k.partij_id as "partijId", k.start, v."productIds"
      from ${klantcontact} k cross join lateral (
        select array_agg(distinct v.product_id) as "productIds" from ${vraag} v where v.klantcontact_id = k.id) v
      where k.status = 'afgerond' and k.start > ${van} and k.start < ${tot} + make_interval(days => ${naloopDagen})
        and k.partij_id in (select unnest(${uuids(partijIds)}::uuid[])) and v."productIds" is not null
      order by k.start`,
  );
  const alsDatum = <T extends { start: string | Date }>(r: T) => ({ ...r, start: new Date(r.start) });
  return { contacten: contacten.map(alsDatum), vervolg: vervolg.map(alsDatum) };
}

/** The Amsterdam day of the first finished contact, on the start index; null before there is one. */
export async function eersteContactdag(db: Queryable): Promise<string | null> {
  const [rij] = await rijen<{ dag: string | null }>(
    db,
    sql`select (min(k.start) at time zone 'Europe/Amsterdam')::date::text as dag from ${klantcontact} k where k.status = 'afgerond'`,
  );
  return rij?.dag ?? null;
}
