import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { product } from './schema';

/** Typo-tolerant product search for the subject field, best match first. */
export async function zoekProducten(db: Queryable, tekst: string, limiet = 10) {
  const naam = normaliseerNaam(tekst);
  const waar = naam
    ? and(
        eq(product.actief, true),
        or(sql`${product.zoeknaam} % ${naam}`, ilike(product.zoeknaam, `%${naam}%`)),
      )
    : eq(product.actief, true);
  return db
    .select({ id: product.id, naam: product.naam, uplNaam: product.uplNaam, uplUri: product.uplUri })
    .from(product)
    .where(waar)
    .orderBy(...(naam ? [desc(sql`similarity(${product.zoeknaam}, ${naam})`)] : []), asc(product.naam))
    .limit(limiet);
}

/** An active product's id and name as SQL expressions (null and '' when unknown), for another module's insert. */
export const productIdSql = (productId: string) =>
  sql<
    string | null
  >`(select ${product.id} from ${product} where ${product.id} = ${productId} and ${product.actief})`;

export const productNaamSql = (productId: string) =>
  sql<string>`coalesce((select ${product.naam} from ${product} where ${product.id} = ${productId} and ${product.actief}), '')`;
