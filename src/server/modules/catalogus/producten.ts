import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { type Sleutel, scalar } from '../../platform/db/deelvraag';
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
    .select({
      id: product.id,
      naam: product.naam,
      uplNaam: product.uplNaam,
      uplUri: product.uplUri,
      teamId: product.teamId,
    })
    .from(product)
    .where(waar)
    .orderBy(...(naam ? [desc(sql`similarity(${product.zoeknaam}, ${naam})`)] : []), asc(product.naam))
    .limit(limiet);
}

/** Every active product with its team, by name. */
export function actieveProducten(db: Queryable) {
  return db
    .select({ id: product.id, naam: product.naam, teamId: product.teamId })
    .from(product)
    .where(eq(product.actief, true))
    .orderBy(asc(product.naam));
}

/** Active products with one of these UPL names, by name. */
export function productenMetUplNaam(db: Queryable, uplNamen: string[]) {
  return db
    .select({ id: product.id, naam: product.naam })
    .from(product)
    .where(and(eq(product.actief, true), inArray(product.uplNaam, uplNamen)))
    .orderBy(asc(product.naam));
}

/**
 * A product's name, null when there is none with this id: for another module's statement.
 * Only an active product's unless `inactief` (to name one recorded before it was withdrawn).
 */
export const productNaamSql = (productId: Sleutel, { inactief = false } = {}) =>
  scalar<string | null>(
    sql`select ${product.naam} from ${product} where ${product.id} = ${productId}${inactief ? sql`` : sql` and ${product.actief}`}`,
  );

/** The team responsible for a product, null when it has none: for another module's statement. */
export const productTeamSql = (productId: Sleutel) =>
  scalar<string | null>(sql`select ${product.teamId} from ${product} where ${product.id} = ${productId}`);
