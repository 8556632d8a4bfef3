import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { product } from './schema';

export async function productNamen(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rijen = await db
    .select({ id: product.id, naam: product.naam })
    .from(product)
    .where(and(inArray(product.id, ids), eq(product.actief, true)));
  return new Map(rijen.map((r) => [r.id, r.naam]));
}

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
