import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { inProject } from '../../platform/projectmap';
import { type Persoon, persoonVan } from './persoon';
import { brpPersoon, brpPersoonslijst } from './schema';

const bestand = inProject('src/server/modules/basisregistratie/testset/brp-testset-gba-v-20220502.csv');
const BSN = '01.01.20';

export interface Persoonslijst {
  id: string;
  bsn: string | null;
  rijen: Record<string, string>[];
}

/** A row with an id in the first column starts a persoonslijst; following rows carry its other categories and history. */
export function parsePersoonslijsten(csv: string): Persoonslijst[] {
  const [kop, ...rijen] = parse(csv, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  const lijsten: Persoonslijst[] = [];
  for (const rij of rijen) {
    const velden: Record<string, string> = {};
    kop.forEach((code, i) => {
      if (i > 0 && rij[i] && !(code in velden)) velden[code] = rij[i];
    });
    if (rij[0]) lijsten.push({ id: rij[0], bsn: velden[BSN] ?? null, rijen: [] });
    lijsten.at(-1)?.rijen.push(velden);
  }
  return lijsten;
}

/** The search row of a person: current values only, names folded for comparison. */
export function zoekrij(p: Persoon): typeof brpPersoon.$inferInsert {
  const adres = p.adres;
  return {
    bsn: p.bsn,
    voornamen: p.voornamen,
    voorvoegsel: p.voorvoegsel,
    geslachtsnaam: p.geslachtsnaam,
    zoeknaam: normaliseerNaam(p.geslachtsnaam ?? ''),
    geboortedatum: p.geboortedatum,
    straat: adres?.straat ?? null,
    huisnummer: adres?.huisnummer ? Number.parseInt(adres.huisnummer, 10) : null,
    huisletter: adres?.huisletter ?? null,
    toevoeging: adres?.toevoeging ?? null,
    postcode: adres?.postcode ?? null,
    woonplaats: adres?.woonplaats ?? null,
    geheimhouding: p.geheimhouding,
  };
}

async function inPorties<T>(rijen: T[], schrijf: (portie: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rijen.length; i += 200) await schrijf(rijen.slice(i, i + 200));
}

export async function loadBrpTestset(db: Queryable): Promise<number> {
  const lijsten = parsePersoonslijsten(readFileSync(bestand, 'utf8'));
  await inPorties(lijsten, (portie) => db.insert(brpPersoonslijst).values(portie).onConflictDoNothing());
  const personen = lijsten.flatMap((l) => (l.bsn ? [zoekrij(persoonVan({ ...l, bsn: l.bsn }))] : []));
  await inPorties(personen, (portie) => db.insert(brpPersoon).values(portie).onConflictDoNothing());
  return lijsten.length;
}
