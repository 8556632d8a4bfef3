import { type AnyColumn, and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { scalar } from '../../platform/db/deelvraag';
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

/** Active products with one of these UPL names, by name. */
export function productenMetUplNaam(db: Queryable, uplNamen: string[]) {
  return db
    .select({ id: product.id, naam: product.naam })
    .from(product)
    .where(and(eq(product.actief, true), inArray(product.uplNaam, uplNamen)))
    .orderBy(asc(product.naam));
}

/** An active product's name, null when no active product has this id: for another module's statement. */
export const productNaamSql = (productId: SQL | AnyColumn) =>
  scalar<string | null>(
    sql`select ${product.naam} from ${product} where ${product.id} = ${productId} and ${product.actief}`,
  );
