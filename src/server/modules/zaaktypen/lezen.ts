import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { type Sleutel, scalar } from '../../platform/db/deelvraag';
import {
  eigenschap,
  resultaattype,
  roltype,
  statustype,
  zaaktype,
  zaaktypeBesluittype,
  zaaktypeProduct,
} from './schema';

export type Zaaktype = typeof zaaktype.$inferSelect;
export type Statustype = typeof statustype.$inferSelect;
export type Resultaattype = typeof resultaattype.$inferSelect;
export type Roltype = typeof roltype.$inferSelect;
export type Eigenschap = typeof eigenschap.$inferSelect;

/** A zaaktype version with what a zaak of it needs: statustypen in order, results, roles, eigenschappen. */
export interface ZaaktypeCompleet extends Zaaktype {
  statustypen: Statustype[];
  resultaattypen: Resultaattype[];
  roltypen: Roltype[];
  eigenschappen: Eigenschap[];
  besluittypeIds: string[];
}

export async function getZaaktype(db: Queryable, id: string): Promise<ZaaktypeCompleet | undefined> {
  const [zt] = await db.select().from(zaaktype).where(eq(zaaktype.id, id));
  if (!zt) return undefined;
  // One after the other: inside a transaction all queries share one connection.
  const statustypen = await db
    .select()
    .from(statustype)
    .where(eq(statustype.zaaktypeId, id))
    .orderBy(asc(statustype.volgnummer));
  const resultaattypen = await db
    .select()
    .from(resultaattype)
    .where(eq(resultaattype.zaaktypeId, id))
    .orderBy(asc(resultaattype.omschrijving));
  const roltypen = await db
    .select()
    .from(roltype)
    .where(eq(roltype.zaaktypeId, id))
    .orderBy(asc(roltype.omschrijving));
  const eigenschappen = await db
    .select()
    .from(eigenschap)
    .where(eq(eigenschap.zaaktypeId, id))
    .orderBy(asc(eigenschap.naam));
  const besluittypen = await db
    .select({ id: zaaktypeBesluittype.besluittypeId })
    .from(zaaktypeBesluittype)
    .where(eq(zaaktypeBesluittype.zaaktypeId, id));
  return {
    ...zt,
    statustypen,
    resultaattypen,
    roltypen,
    eigenschappen,
    besluittypeIds: besluittypen.map((b) => b.id),
  };
}

/** Published and valid on the date: what a zaak can be made of then. */
export const geldigOp = (datum: string) =>
  and(
    eq(zaaktype.concept, false),
    lte(zaaktype.beginGeldigheid, datum),
    or(isNull(zaaktype.eindeGeldigheid), gte(zaaktype.eindeGeldigheid, datum)),
  );

/** The published version of a zaaktype (by identificatie) that is valid on a date. */
export async function geldigeVersie(db: Queryable, identificatie: string, datum: string) {
  const [zt] = await db
    .select({ id: zaaktype.id })
    .from(zaaktype)
    .where(and(eq(zaaktype.identificatie, identificatie), geldigOp(datum)))
    .orderBy(desc(zaaktype.beginGeldigheid))
    .limit(1);
  return zt?.id;
}

/** The zaaktypen that deliver a product, as a condition on zaaktype. */
export const levertProduct = (productId: string) =>
  sql`${zaaktype.id} in (select ${zaaktypeProduct.zaaktypeId} from ${zaaktypeProduct} where ${zaaktypeProduct.productId} = ${productId})`;

/** The published zaaktypen valid on a date, for the choice when no product decides. */
export async function geldigeZaaktypen(db: Queryable, datum: string) {
  return db
    .select({
      id: zaaktype.id,
      identificatie: zaaktype.identificatie,
      omschrijving: zaaktype.omschrijving,
      teamId: zaaktype.teamId,
    })
    .from(zaaktype)
    .where(geldigOp(datum))
    .orderBy(asc(zaaktype.omschrijving));
}

/** A zaaktype's omschrijving by id, for another module's statement. */
export const zaaktypeNaamSql = (id: Sleutel) =>
  scalar<string>(sql`select ${zaaktype.omschrijving} from ${zaaktype} where ${zaaktype.id} = ${id}`);

/** A statustype's omschrijving by id, for another module's statement. */
export const statustypeNaamSql = (id: Sleutel) =>
  scalar<string | null>(
    sql`select ${statustype.omschrijving} from ${statustype} where ${statustype.id} = ${id}`,
  );

/** A resultaattype's omschrijving by id, for another module's statement. */
export const resultaattypeNaamSql = (id: Sleutel) =>
  scalar<string | null>(
    sql`select ${resultaattype.omschrijving} from ${resultaattype} where ${resultaattype.id} = ${id}`,
  );

/** An eigenschap's naam by id, for another module's statement. */
export const eigenschapNaamSql = (id: Sleutel) =>
  scalar<string | null>(sql`select ${eigenschap.naam} from ${eigenschap} where ${eigenschap.id} = ${id}`);

/**
 * Every zaaktype version (`id`, `identificatie`, `omschrijving`, `begin_geldigheid`) as a derived
 * table for another module's FROM clause: figures per zaaktype over all its versions.
 */
export const zaaktypenSql = sql`(select ${zaaktype.id} as id, ${zaaktype.identificatie} as identificatie,
  ${zaaktype.omschrijving} as omschrijving, ${zaaktype.beginGeldigheid} as begin_geldigheid from ${zaaktype})`;
