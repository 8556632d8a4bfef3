import { asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../../platform/db/client';
import { partijView } from '../../partijen/views';
import { type Bron, filterSchema as f, filter, type Weergave } from '../bron';
import {
  identificatorId,
  kandidaten,
  SOORTEN,
  type SoortObjectId,
  soortenObjectId,
} from '../identificatoren';
import {
  maakPartijIdentificator,
  verwijderPartijIdentificator,
  wijzigPartijIdentificator,
} from '../operations/partij-identificatoren';
import { partijIdentificatorInvoer } from '../schemas';
import { bsnsGelezen, toonIdentificator } from './partijen';

const qb = new QueryBuilder();

/** Every filled key column of every partij, as rows of (partij, kind, value). */
const [eerste, ...rest] = soortenObjectId.map((soort) =>
  qb
    .select({
      partijId: partijView.id,
      soort: sql<SoortObjectId>`${soort}::text`.as('soort'),
      objectId: sql<string>`${SOORTEN[soort].kolom}`.as('object_id'),
      register: sql<string>`${SOORTEN[soort].register}::text`.as('register'),
      objecttype: sql<string>`${SOORTEN[soort].objecttype}::text`.as('objecttype'),
    })
    .from(partijView)
    .where(isNotNull(SOORTEN[soort].kolom)),
);
const u = rest
  .reduce((samen, deel) => samen.unionAll(deel) as unknown as typeof eerste, eerste)
  .as('identificator');

const partijVelden = {
  id: partijView.id,
  soort: partijView.soort,
  bsn: partijView.bsn,
  kvkNummer: partijView.kvkNummer,
  rsin: partijView.rsin,
  vestigingsnummer: partijView.vestigingsnummer,
  naam: partijView.naam,
  organisatieId: partijView.organisatieId,
};

async function lees(db: Queryable, ids: string[]) {
  const gezocht = ids.flatMap((id) => kandidaten(id).map((k) => ({ ...k, id })));
  const partijen = await db
    .select(partijVelden)
    .from(partijView)
    .where(
      inArray(
        partijView.id,
        gezocht.map((g) => g.partijId),
      ),
    );
  return gezocht.flatMap(({ id, partijId, soort }) => {
    const p = partijen.find((r) => r.id === partijId);
    const waarde = p?.[SOORTEN[soort].veld];
    return p && waarde ? [{ id, soort, waarde, partij: p }] : [];
  });
}

export type PartijIdentificatorRij = Awaited<ReturnType<typeof lees>>[number];

const veld = (kolom: SQL.Aliased<string>) => filter(f.tekst, (v: string) => eq(kolom, v));

export const partijIdentificatoren: Bron<PartijIdentificatorRij> = {
  pad: 'partij-identificatoren',
  naam: 'Deze partij-identificator',
  filters: {
    anderePartijIdentificator: filter(f.tekst, (v: string) => (v === '' ? undefined : sql`false`)),
    partijIdentificatorCodeObjecttype: veld(u.objecttype),
    partijIdentificatorCodeRegister: veld(u.register),
    partijIdentificatorCodeSoortObjectId: veld(u.soort),
    partijIdentificatorObjectId: veld(u.objectId),
  },
  async zoek(db, waar, limit, offset) {
    const [rijen, [{ n }]] = await Promise.all([
      db
        .select({ partijId: u.partijId, soort: u.soort })
        .from(u)
        .where(waar)
        .orderBy(asc(u.partijId), asc(u.soort))
        .limit(limit)
        .offset(offset),
      db.select({ n: sql<number>`count(*)::int` }).from(u).where(waar),
    ]);
    return { count: n, ids: rijen.map((r) => identificatorId(r.partijId, r.soort)) };
  },
  lees,
  toon: (r, w: Weergave) => toonIdentificator(w, r.partij, r.soort, r.waarde),
  gelezen: (ctx, actor, rijen) =>
    bsnsGelezen(
      ctx,
      actor,
      rijen.filter((r) => r.soort === 'bsn').map((r) => r.partij.id),
    ),
  schrijven: {
    invoer: partijIdentificatorInvoer,
    maak: maakPartijIdentificator,
    wijzig: wijzigPartijIdentificator,
    verwijder: verwijderPartijIdentificator,
  },
};
