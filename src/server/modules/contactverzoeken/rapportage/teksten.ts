import { datumLang, getal, maandNaam, procent } from '../../../../shared/nl';
import { isoWeek } from './perioden';
import type { Periodecijfers, RapportCijfers } from './rapportcijfers';

/** The words and numbers of a report, shared by the PDF, the spreadsheet and the mail. */

/** 'week 2026-W45 (2 november 2026 t/m 8 november 2026)', 'november 2026' or '3 november 2026 t/m 17 november 2026'. */
export function periodeNaam(c: Pick<RapportCijfers, 'soort' | 'van' | 'tot'>): string {
  const loop = `${datumLang(c.van)} t/m ${datumLang(c.tot)}`;
  if (c.soort === 'week') return `week ${isoWeek(c.van)} (${loop})`;
  return c.soort === 'maand' ? maandNaam(c.van) : loop;
}

export const wieNaam = (c: Pick<RapportCijfers, 'teamNaam'>) =>
  c.teamNaam ? `team ${c.teamNaam}` : 'de hele organisatie';

/** How a key figure is written: a count, a decimal, hours, or a share (0..1). */
export type Eenheid = 'aantal' | 'decimaal' | 'uren' | 'aandeel';

export interface Kernregel {
  label: string;
  waarde: number | null;
  eenheid: Eenheid;
}

/** A key figure as a reader reads it: "1.234", "4,5 uur", "77,4 %". */
export function kerntekst(r: Pick<Kernregel, 'waarde' | 'eenheid'>): string {
  if (r.eenheid === 'aandeel') return procent(r.waarde);
  const tekst = getal(r.waarde, r.eenheid === 'aantal' ? 0 : 1);
  return r.eenheid === 'uren' && r.waarde !== null ? `${tekst} uur` : tekst;
}

/** The key figures, in the order every output shows them. */
export function kernregels(c: Periodecijfers): Kernregel[] {
  const rij = (label: string, waarde: number | null, eenheid: Eenheid = 'aantal') => ({
    label,
    waarde,
    eenheid,
  });
  return [
    rij('Ontvangen', c.ontvangen),
    rij('Afgehandeld', c.gesloten),
    rij('Binnen de norm afgehandeld', c.binnenNorm),
    rij('Aandeel binnen de norm', c.aandeelBinnenNorm, 'aandeel'),
    rij('Buiten de norm afgehandeld', c.buitenNorm),
    rij('Gemiddelde doorlooptijd', c.gemiddeldeDoorlooptijdUren, 'uren'),
    rij('Belpogingen per verzoek', c.pogingenPerVerzoek, 'decimaal'),
    rij('Open aan het eind van de periode', c.openEinde),
    rij('waarvan over de termijn', c.teLaatEinde),
  ];
}
