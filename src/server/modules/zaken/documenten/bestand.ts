import { createHash } from 'node:crypto';
import { nietVerwerkbaar, ProblemError } from '../../../platform/http/problem';
import { nieuweSleutel, type Opslag } from '../../../platform/opslag/opslag';
import { type Bestandssoort, bestandssoorten, toegestaan } from './waarden';

export const sha256 = (inhoud: Buffer) => createHash('sha256').update(inhoud).digest('hex');

const MB = 1024 * 1024;
const ALS_MB = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10}`.replace('.', ',');

export function teGroot(maxBytes: number) {
  const melding = `Het bestand is groter dan ${ALS_MB(maxBytes)} MB.`;
  return new ProblemError(413, 'Te groot', melding, [{ veld: 'bestand', melding }]);
}

const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'bestand', melding }]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const STUURTEKENS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cs}]/gu;

/**
 * The name as the resident or employee gave it, made harmless: only the last part of any path,
 * no control characters (no header or log line can be split with it), at most 200 characters.
 * It is only ever shown and sent back in Content-Disposition, never used as a path.
 */
export function veiligeNaam(naam: string): string {
  const laatste = naam.split(/[/\\]/).pop() ?? '';
  const schoon = laatste.replace(STUURTEKENS, '').trim().replace(/^\.+/, '');
  if (schoon.length <= 200) return schoon || 'document';
  const punt = schoon.lastIndexOf('.');
  const ext = punt > 0 && schoon.length - punt <= 6 ? schoon.slice(punt) : '';
  return schoon.slice(0, 200 - ext.length) + ext;
}

export const extensieVan = (naam: string) => {
  const punt = naam.lastIndexOf('.');
  return punt > 0 ? naam.slice(punt + 1).toLowerCase() : '';
};

export const zonderExtensie = (naam: string) => {
  const punt = naam.lastIndexOf('.');
  return (punt > 0 ? naam.slice(0, punt) : naam).slice(0, 200);
};

function klopt(soort: Bestandssoort, inhoud: Buffer): boolean {
  if (soort.begin === 'tekst') return !inhoud.subarray(0, 8192).includes(0);
  return soort.begin.some((begin) => begin.every((b, i) => inhoud[i] === b));
}

export interface Bekeken {
  bestandsnaam: string;
  formaat: string;
  inhoud: Buffer;
  sha256: string;
}

/** An uploaded file, checked: not empty, not too large, of an allowed kind that its content confirms. */
export async function bekijk(bestand: File, maxBytes: number): Promise<Bekeken> {
  if (bestand.size > maxBytes) throw teGroot(maxBytes);
  if (bestand.size === 0) throw fout('Het bestand is leeg.');
  const bestandsnaam = veiligeNaam(bestand.name);
  const soort = bestandssoorten[extensieVan(bestandsnaam)];
  if (!soort) throw fout(`Dit soort bestand kan niet bij een zaak. Toegestaan zijn: ${toegestaan}.`);
  const inhoud = Buffer.from(await bestand.arrayBuffer());
  if (!klopt(soort, inhoud))
    throw fout(`Dit bestand heet ${soort.naam}, maar de inhoud is geen ${soort.naam}-bestand.`);
  return { bestandsnaam, formaat: soort.formaat, inhoud, sha256: sha256(inhoud) };
}

/**
 * The header that offers a download under its original name: a plain ASCII fallback in quotes
 * and the exact name in RFC 5987 encoding, always as an attachment (never shown inline).
 */
export function contentDisposition(bestandsnaam: string): string {
  const ascii = bestandsnaam
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(bestandsnaam).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** Puts the content in the store and runs the change; when the change fails, the content goes again. */
export async function metOpgeslagen<T>(
  opslag: Opslag,
  inhoud: Buffer,
  wijzig: (sleutel: string) => Promise<T>,
): Promise<T> {
  const sleutel = nieuweSleutel();
  await opslag.put(sleutel, inhoud);
  try {
    return await wijzig(sleutel);
  } catch (e) {
    await opslag.delete(sleutel).catch(() => undefined);
    throw e;
  }
}

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** Who holds the lock, in words: "vergrendeld door Ingrid de Vries sinds 2 december om 10:15". */
export const vergrendeldDoor = (d: { vergrendeldDoorNaam: string | null; vergrendeldSinds: Date | null }) =>
  `vergrendeld door ${d.vergrendeldDoorNaam ?? 'een andere medewerker'}${
    d.vergrendeldSinds ? ` sinds ${tijdstip.format(d.vergrendeldSinds)}` : ''
  }`;
