import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normaliseerNaam } from '../../platform/db/zoek';
import { isGeldigBsn } from '../basisregistratie/bsn';

/** A Dutch phone number in E.164 (+31…), or undefined when it is not a possible number. */
export function normaliseerTelefoon(tekst: string): string | undefined {
  const nummer = parsePhoneNumberFromString(tekst.replace(/\(0\)/g, ''), 'NL');
  return nummer?.isValid() ? nummer.number : undefined;
}

export function normaliseerEmail(tekst: string): string {
  return tekst.trim().toLowerCase();
}

export interface AdresSleutel {
  postcode: string;
  huisnummer: number;
  /** Huisletter or toevoeging as typed after the number, uppercase; matched against both. */
  toevoeging?: string;
}

const POSTCODE_HUISNUMMER =
  /^([1-9]\d{3})\s*([a-z]{2})\s*[,-]?\s*(\d{1,5})(?:\s*[-\s]?\s*([a-z0-9]{1,4}))?$/i;

/** "3077AW 31", "3077 aw 31-b", "3077aw31b". */
export function parsePostcodeHuisnummer(tekst: string): AdresSleutel | undefined {
  const m = tekst.trim().match(POSTCODE_HUISNUMMER);
  if (!m) return undefined;
  return {
    postcode: `${m[1]}${m[2].toUpperCase()}`,
    huisnummer: Number(m[3]),
    ...(m[4] ? { toevoeging: m[4].toUpperCase() } : {}),
  };
}

export const isPostcode = (tekst: string) => /^[1-9]\d{3}\s?[a-z]{2}$/i.test(tekst.trim());
export const normaliseerPostcode = (tekst: string) => tekst.replace(/\s+/g, '').toUpperCase();

export const isKvkNummer = (tekst: string) => /^\d{8}$/.test(tekst);
export const isVestigingsnummer = (tekst: string) => /^\d{12}$/.test(tekst);
/** An RSIN follows the same elfproef as a BSN. */
export const isRsin = isGeldigBsn;

export const zoeksoorten = ['bsn', 'kvk', 'vestiging', 'adres', 'telefoon', 'email', 'naam'] as const;
export type Zoeksoort = (typeof zoeksoorten)[number];

export type Zoekvraag =
  | { soort: 'bsn'; bsn: string; geldig: boolean }
  | { soort: 'kvk'; kvkNummer: string }
  | { soort: 'vestiging'; vestigingsnummer: string }
  | { soort: 'adres'; adres: AdresSleutel }
  | { soort: 'telefoon'; telefoon: string }
  | { soort: 'email'; email: string }
  | { soort: 'naam'; naam: string; geboortedatum?: string };

const GEBOORTEDATUM = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;

function naamVraag(tekst: string): Zoekvraag {
  const datum = tekst.match(GEBOORTEDATUM);
  const naam = normaliseerNaam(tekst.replace(GEBOORTEDATUM, ' '));
  if (!datum) return { soort: 'naam', naam };
  const geboortedatum = `${datum[3]}-${datum[2].padStart(2, '0')}-${datum[1].padStart(2, '0')}`;
  return { soort: 'naam', naam, geboortedatum };
}

/** Recognises what the agent typed in the one search box. */
export function herken(invoer: string): Zoekvraag {
  const tekst = invoer.trim();
  const cijfers = tekst.replace(/[\s.-]/g, '');
  if (tekst.includes('@')) return { soort: 'email', email: normaliseerEmail(tekst) };
  const adres = parsePostcodeHuisnummer(tekst);
  if (adres) return { soort: 'adres', adres };
  if (/^\d{9}$/.test(cijfers)) return { soort: 'bsn', bsn: cijfers, geldig: isGeldigBsn(cijfers) };
  if (isKvkNummer(cijfers)) return { soort: 'kvk', kvkNummer: cijfers };
  if (isVestigingsnummer(cijfers)) return { soort: 'vestiging', vestigingsnummer: cijfers };
  if (/^[+(]?[\d\s()+-]{9,}$/.test(tekst)) {
    const telefoon = normaliseerTelefoon(tekst);
    if (telefoon) return { soort: 'telefoon', telefoon };
  }
  return naamVraag(tekst);
}
