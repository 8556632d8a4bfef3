import type { Persoonslijst } from './brp-testset';

export interface Persoon {
  bsn: string;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  geboortedatum: string | null;
  geslacht: string | null;
  adres: {
    straat: string | null;
    huisnummer: string | null;
    huisletter: string | null;
    toevoeging: string | null;
    postcode: string | null;
    woonplaats: string | null;
  } | null;
}

/** The current occurrence of a GBA element: the first row of the persoonslijst that carries it. */
function actueel(rijen: Persoonslijst['rijen'], code: string): string | null {
  return rijen.find((r) => r[code])?.[code] ?? null;
}

/** GBA dates are yyyymmdd with 00 for unknown parts; only full dates become ISO dates. */
export function gbaDatum(waarde: string | null): string | null {
  const m = waarde?.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m || m[2] === '00' || m[3] === '00') return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function persoonVan(lijst: Persoonslijst & { bsn: string }): Persoon {
  const r = lijst.rijen;
  const veld = (code: string) => actueel(r, code);
  return {
    bsn: lijst.bsn,
    voornamen: veld('01.02.10'),
    voorvoegsel: veld('01.02.30'),
    geslachtsnaam: veld('01.02.40'),
    geboortedatum: gbaDatum(veld('01.03.10')),
    geslacht: veld('01.04.10'),
    adres: veld('08.11.60')
      ? {
          straat: veld('08.11.10'),
          huisnummer: veld('08.11.20'),
          huisletter: veld('08.11.30'),
          toevoeging: veld('08.11.40'),
          postcode: veld('08.11.60'),
          woonplaats: veld('08.11.70'),
        }
      : null,
  };
}
