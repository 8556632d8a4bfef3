import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isGeldigeIban } from './bronnen/rekeningnummers';
import { StandaardFout } from './fouten';
import { groepstype, identificatorId, kandidaten, sleutelsUit, soortenObjectId } from './identificatoren';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('identificator uuids', () => {
  it('are UUID v4, differ per kind, and lead back to their partij and kind', () => {
    const partijId = randomUUID();
    const ids = soortenObjectId.map((s) => identificatorId(partijId, s));
    expect(new Set([...ids, partijId]).size).toBe(5);
    for (const [i, soort] of soortenObjectId.entries()) {
      expect(ids[i]).toMatch(UUID_V4);
      expect(kandidaten(ids[i])).toContainEqual({ soort, partijId });
    }
    expect(identificatorId(partijId, 'bsn')).toBe(ids[0]);
  });
});

const groep = (soort: 'bsn' | 'kvk_nummer' | 'rsin' | 'vestigingsnummer', objectId: string) => ({
  partijIdentificator: groepstype(soort, objectId),
});
const velden = (werk: () => unknown) => {
  try {
    werk();
    return [];
  } catch (error) {
    return ((error as StandaardFout).invalidParams ?? []).map((p) => p.name);
  }
};

describe('sleutelsUit', () => {
  it('maps identificatoren to the key columns, absent kinds null', () => {
    expect(
      sleutelsUit(
        [groep('kvk_nummer', '12345678'), groep('vestigingsnummer', '000012345678')],
        'organisatie',
        () => '',
      ),
    ).toEqual({
      bsn: null,
      kvkNummer: '12345678',
      rsin: null,
      vestigingsnummer: '000012345678',
    });
  });

  it('refuses a BSN or RSIN that fails the elfproef, a kind given twice, and a kind of another soort', () => {
    expect(velden(() => sleutelsUit([groep('bsn', '123456789')], 'persoon', (i) => `l.${i}.`))).toEqual([
      'l.0.partijIdentificator.objectId',
    ]);
    expect(velden(() => sleutelsUit([groep('rsin', '123456789')], 'organisatie', () => ''))).toEqual([
      'partijIdentificator.objectId',
    ]);
    expect(
      velden(() =>
        sleutelsUit([groep('bsn', '999993653'), groep('bsn', '999993653')], 'persoon', (i) => `${i}.`),
      ),
    ).toEqual(['1.partijIdentificator.codeSoortObjectId']);
    expect(velden(() => sleutelsUit([groep('bsn', '999993653')], 'organisatie', () => ''))).toEqual([
      'partijIdentificator.codeSoortObjectId',
    ]);
    expect(
      velden(() => sleutelsUit([groep('vestigingsnummer', '000012345678')], 'organisatie', () => '')),
    ).toEqual(['subIdentificatorVan']);
  });

  it('is a StandaardFout of 400', () => {
    expect(() => sleutelsUit([groep('kvk_nummer', '1')], 'organisatie', () => '')).toThrow(StandaardFout);
  });
});

describe('IBAN', () => {
  it('checks the ISO 13616 check digits', () => {
    expect(isGeldigeIban('NL91ABNA0417164300')).toBe(true);
    expect(isGeldigeIban('nl91abna0417164300')).toBe(true);
    expect(isGeldigeIban('NL91ABNA0417164301')).toBe(false);
    expect(isGeldigeIban('DE89370400440532013000')).toBe(true);
  });
});
