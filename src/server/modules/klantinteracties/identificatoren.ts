import { and, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { bsnMelding, isGeldigBsn } from '../basisregistratie/bsn';
import { isKvkNummer, isRsin, isVestigingsnummer } from '../partijen/sleutels';
import { partijView } from '../partijen/views';
import { type OngeldigeParameter, validatieFout } from './fouten';

/**
 * A partij-identificator is one of the key columns of Stadspunt's partij (bsn, kvk_nummer,
 * vestigingsnummer, rsin). Its uuid is the partij's uuid XOR a constant of the kind, so it
 * is stable, needs no table of its own, and leads back to the partij. The constants leave
 * the version and variant bits alone: the result is a UUID v4 again.
 */
export const soortenObjectId = ['bsn', 'kvk_nummer', 'rsin', 'vestigingsnummer'] as const;
export type SoortObjectId = (typeof soortenObjectId)[number];
export type Sleutelveld = 'bsn' | 'kvkNummer' | 'rsin' | 'vestigingsnummer';

interface Soort {
  register: 'brp' | 'hr';
  objecttype: 'natuurlijk_persoon' | 'niet_natuurlijk_persoon' | 'vestiging';
  veld: Sleutelveld;
  kolom: PgColumn;
  partijSoort: 'persoon' | 'organisatie';
  masker: string;
  geldig: (waarde: string) => boolean;
  melding: string;
}

export const SOORTEN: Record<SoortObjectId, Soort> = {
  bsn: {
    register: 'brp',
    objecttype: 'natuurlijk_persoon',
    veld: 'bsn',
    kolom: partijView.bsn,
    partijSoort: 'persoon',
    masker: '5a1c93e27d400b6f1e2194c7a3d85f10',
    geldig: isGeldigBsn,
    melding: bsnMelding,
  },
  kvk_nummer: {
    register: 'hr',
    objecttype: 'niet_natuurlijk_persoon',
    veld: 'kvkNummer',
    kolom: partijView.kvkNummer,
    partijSoort: 'organisatie',
    masker: 'c3e8a1f029b705d42a8c6f13e07b4d92',
    geldig: isKvkNummer,
    melding: 'Een KvK-nummer heeft 8 cijfers.',
  },
  rsin: {
    register: 'hr',
    objecttype: 'niet_natuurlijk_persoon',
    veld: 'rsin',
    kolom: partijView.rsin,
    partijSoort: 'organisatie',
    masker: '81f4d6b3e05a0c293b7ed24a9c61f083',
    geldig: isRsin,
    melding: 'Een RSIN heeft 9 cijfers en voldoet aan de elfproef.',
  },
  vestigingsnummer: {
    register: 'hr',
    objecttype: 'vestiging',
    veld: 'vestigingsnummer',
    kolom: partijView.vestigingsnummer,
    partijSoort: 'organisatie',
    masker: '2d9be047c6a10f830d547ab1e3c98264',
    geldig: isVestigingsnummer,
    melding: 'Een vestigingsnummer heeft 12 cijfers.',
  },
};

function xor(uuid: string, masker: string): string {
  const hex = uuid.replaceAll('-', '').toLowerCase();
  const uit = [...hex]
    .map((c, i) => (Number.parseInt(c, 16) ^ Number.parseInt(masker[i], 16)).toString(16))
    .join('');
  return `${uit.slice(0, 8)}-${uit.slice(8, 12)}-${uit.slice(12, 16)}-${uit.slice(16, 20)}-${uit.slice(20)}`;
}

export const identificatorId = (partijId: string, soort: SoortObjectId) =>
  xor(partijId, SOORTEN[soort].masker);

/** The partij and kind an identificator uuid may stand for (one per kind; the database decides). */
export const kandidaten = (id: string) =>
  soortenObjectId.map((soort) => ({ soort, partijId: xor(id, SOORTEN[soort].masker) }));

/** The identificatoren of a partij row, in the standard's groepstype. */
export function identificatorenVan(p: Record<Sleutelveld, string | null>) {
  return soortenObjectId.flatMap((soort) => {
    const waarde = p[SOORTEN[soort].veld];
    return waarde ? [{ soort, waarde }] : [];
  });
}

export const groepstype = (soort: SoortObjectId, objectId: string) => ({
  codeObjecttype: SOORTEN[soort].objecttype,
  codeSoortObjectId: soort,
  objectId,
  codeRegister: SOORTEN[soort].register,
});

export interface IdentificatorFilter {
  codeObjecttype?: string;
  codeRegister?: string;
  codeSoortObjectId?: string;
  objectId?: string;
}

/** Partij rows matching the identificator filters: a condition on the partij table. */
export function identificatorWaar(f: IdentificatorFilter): SQL | undefined {
  if (!f.codeObjecttype && !f.codeRegister && !f.codeSoortObjectId && f.objectId === undefined)
    return undefined;
  const passend = soortenObjectId.filter(
    (s) =>
      (!f.codeSoortObjectId || f.codeSoortObjectId === s) &&
      (!f.codeRegister || f.codeRegister === SOORTEN[s].register) &&
      (!f.codeObjecttype || f.codeObjecttype === SOORTEN[s].objecttype),
  );
  if (passend.length === 0) return sql`false`;
  return or(
    ...passend.map((s) =>
      and(
        f.objectId !== undefined ? eq(SOORTEN[s].kolom, f.objectId) : isNotNull(SOORTEN[s].kolom),
        SOORTEN[s].veld === 'vestigingsnummer' ? eq(partijView.soort, 'organisatie') : undefined,
      ),
    ),
  );
}

/** A column holding a partij id, restricted to parties with a matching identificator. */
export function partijMetIdentificator(
  kolom: PgColumn | SQL.Aliased,
  f: IdentificatorFilter,
): SQL | undefined {
  const waar = identificatorWaar(f);
  if (!waar) return undefined;
  return inArray(kolom as PgColumn, sql`(select ${partijView.id} from ${partijView} where ${waar})`);
}

export interface Groep {
  codeObjecttype: string;
  codeSoortObjectId: SoortObjectId;
  objectId: string;
  codeRegister: string;
}

/**
 * The key columns a list of identificatoren sets on a partij of this soort (absent kinds
 * null), or a ValidatieFout naming each wrong field: codes that do not belong together, a
 * number that fails its check (BSN and RSIN elfproef, KvK 8 and vestiging 12 digits), a kind
 * this soort of partij cannot have, a kind given twice, a vestiging without KvK-nummer.
 */
export function sleutelsUit(
  lijst: { partijIdentificator: Groep }[],
  soortPartij: string,
  veld: (i: number) => string,
): Record<Sleutelveld, string | null> {
  const uit: Record<Sleutelveld, string | null> = {
    bsn: null,
    kvkNummer: null,
    rsin: null,
    vestigingsnummer: null,
  };
  const fouten: OngeldigeParameter[] = [];
  lijst.forEach(({ partijIdentificator: g }, i) => {
    const s = SOORTEN[g.codeSoortObjectId];
    const naam = (deel: string) => `${veld(i)}partijIdentificator.${deel}`;
    const fout = (deel: string, reason: string, code = 'invalid') =>
      fouten.push({ name: naam(deel), code, reason });
    if (g.codeRegister !== s.register)
      fout('codeRegister', `Een ${g.codeSoortObjectId} staat in register "${s.register}".`);
    if (g.codeObjecttype !== s.objecttype)
      fout('codeObjecttype', `Een ${g.codeSoortObjectId} hoort bij objecttype "${s.objecttype}".`);
    if (!s.geldig(g.objectId)) fout('objectId', s.melding);
    if (s.partijSoort !== soortPartij)
      fout(
        'codeSoortObjectId',
        `Een ${g.codeSoortObjectId} hoort bij een partij van soort ${s.partijSoort}.`,
      );
    if (uit[s.veld] !== null)
      fout('codeSoortObjectId', `Een partij heeft maar één ${g.codeSoortObjectId}.`, 'unique');
    uit[s.veld] = g.objectId;
  });
  const vestiging = lijst.findIndex((i) => i.partijIdentificator.codeSoortObjectId === 'vestigingsnummer');
  if (vestiging >= 0 && !uit.kvkNummer)
    fouten.push({
      name: `${veld(vestiging)}subIdentificatorVan`,
      code: 'required',
      reason: 'Een vestigingsnummer hoort bij een KvK-nummer van dezelfde partij.',
    });
  if (fouten.length) throw validatieFout(fouten);
  return uit;
}
