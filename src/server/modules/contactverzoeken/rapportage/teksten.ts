import { isoWeek } from './perioden';
import type { Periodecijfers, RapportCijfers } from './rapportcijfers';

/** The words and numbers of a report, shared by the PDF, the spreadsheet and the mail. */
const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export const datumNl = (datum: string) =>
  `${Number(datum.slice(8, 10))} ${MAANDEN[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;

/** 'week 2026-W45 (2 november 2026 t/m 8 november 2026)' or 'november 2026'. */
export function periodeNaam(c: Pick<RapportCijfers, 'soort' | 'van' | 'tot'>): string {
  return c.soort === 'week'
    ? `week ${isoWeek(c.van)} (${datumNl(c.van)} t/m ${datumNl(c.tot)})`
    : `${MAANDEN[Number(c.van.slice(5, 7)) - 1]} ${c.van.slice(0, 4)}`;
}

export const wieNaam = (c: Pick<RapportCijfers, 'teamNaam'>) =>
  c.teamNaam ? `team ${c.teamNaam}` : 'de hele organisatie';

export const getal = (n: number | null, eenheid = '') =>
  n === null ? '-' : `${n.toLocaleString('nl-NL')}${eenheid}`;
export const procent = (n: number | null) =>
  n === null ? '-' : `${(n * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

/** The key figures as label/value pairs. */
export function kernregels(c: Periodecijfers): [string, string][] {
  return [
    ['Ontvangen', getal(c.ontvangen)],
    ['Afgehandeld', getal(c.gesloten)],
    ['Binnen de norm afgehandeld', `${getal(c.binnenNorm)} (${procent(c.aandeelBinnenNorm)})`],
    ['Buiten de norm afgehandeld', getal(c.buitenNorm)],
    ['Gemiddelde doorlooptijd', getal(c.gemiddeldeDoorlooptijdUren, ' uur')],
    ['Belpogingen per verzoek', getal(c.pogingenPerVerzoek)],
    ['Open aan het eind van de periode', getal(c.openEinde)],
    ['waarvan over de termijn', getal(c.teLaatEinde)],
  ];
}
