import type { Eigenschap } from '../zaaktypen/lezen';

const datum = /^\d{4}-\d{2}-\d{2}$/;

function formaatFout(e: Eigenschap, waarde: string): string | null {
  switch (e.formaat) {
    case 'getal':
      return /^-?\d+([.,]\d+)?$/.test(waarde) ? null : `${e.naam} moet een getal zijn.`;
    case 'datum':
      return datum.test(waarde) && !Number.isNaN(Date.parse(waarde))
        ? null
        : `${e.naam} moet een datum zijn (JJJJ-MM-DD).`;
    case 'datum_tijd':
      return Number.isNaN(Date.parse(waarde)) ? `${e.naam} moet een datum en tijd zijn.` : null;
    case 'tekst':
      return null;
  }
}

/** Why a value does not fit the eigenschap of the zaaktype, in Dutch; null when it fits. */
export function eigenschapFout(e: Eigenschap, waarde: string): string | null {
  if (waarde.length > e.lengte) return `${e.naam} is te lang: maximaal ${e.lengte} tekens.`;
  if (e.waardenverzameling.length > 0 && !e.waardenverzameling.includes(waarde))
    return `${e.naam} moet een van deze waarden zijn: ${e.waardenverzameling.join(', ')}.`;
  return formaatFout(e, waarde);
}
