import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { inProject } from '../../platform/projectmap';
import { product } from './schema';

interface UplRij {
  UniformeProductnaam: string;
  URI: string;
  Gemeente: string;
  Burger: string;
  Bedrijf: string;
}

/** The UPL writes every name in lower case, also its acronyms; these are spelled as the law and the public spell them. */
const AFKORTINGEN: Record<string, string> = {
  aed: 'AED',
  bag: 'BAG',
  biz: 'BIZ',
  brp: 'BRP',
  bsn: 'BSN',
  ioaw: 'IOAW',
  ioaz: 'IOAZ',
  natura: 'Natura',
  oggz: 'OGGZ',
  ozb: 'OZB',
  rni: 'RNI',
  vog: 'VOG',
  vve: 'VvE',
  wmo: 'Wmo',
  woz: 'WOZ',
  wsnp: 'Wsnp',
};

/** The label of a UPL name: acronyms spelled right, the first letter a capital ("brp-uittreksel" → "BRP-uittreksel"). */
export function productlabel(uplNaam: string): string {
  const tekst = uplNaam.replace(/\p{L}+/gu, (woord) => AFKORTINGEN[woord] ?? woord);
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** The UPL rows marked for municipalities, one product per URI, keeping the UPL name and URI. */
export function gemeenteProducten(csv: string): (typeof product.$inferInsert)[] {
  const rijen = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as UplRij[];
  const perUri = new Map<string, typeof product.$inferInsert>();
  for (const r of rijen) {
    if (r.Gemeente !== 'X' || perUri.has(r.URI) || r.UniformeProductnaam.startsWith('UPL-naam nog niet'))
      continue;
    perUri.set(r.URI, {
      naam: productlabel(r.UniformeProductnaam),
      zoeknaam: normaliseerNaam(r.UniformeProductnaam),
      uplNaam: r.UniformeProductnaam,
      uplUri: r.URI,
      voorBurger: r.Burger === 'X',
      voorBedrijf: r.Bedrijf === 'X',
    });
  }
  return [...perUri.values()];
}

export async function loadUplProducten(db: Queryable): Promise<number> {
  const producten = gemeenteProducten(
    readFileSync(inProject('src/server/modules/catalogus/upl/upl-actueel.csv'), 'utf8'),
  );
  for (let i = 0; i < producten.length; i += 200) {
    await db
      .insert(product)
      .values(producten.slice(i, i + 200))
      // A name the redacteur never changed follows the label; an earlier release wrote "Woz-beschikking".
      .onConflictDoUpdate({
        target: product.uplUri,
        set: { naam: sql`excluded.naam` },
        setWhere: sql`${product.naam} = upper(left(${product.uplNaam}, 1)) || substr(${product.uplNaam}, 2)`,
      });
  }
  return producten.length;
}
