import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePersoonslijsten } from './brp-testset';
import { gbaDatum, persoonVan } from './persoon';

const lijsten = parsePersoonslijsten(
  readFileSync(new URL('./testset/brp-testset-gba-v-20220502.csv', import.meta.url), 'utf8'),
);
const personen = lijsten.filter((l): l is typeof l & { bsn: string } => Boolean(l.bsn)).map(persoonVan);

describe('persoon from the BRP test set', () => {
  it('reads name, birth date and current address', () => {
    expect(personen.find((p) => p.bsn === '999993653')).toMatchObject({
      voornamen: 'Suzanne',
      geslachtsnaam: 'Moulin',
      geboortedatum: '1985-12-01',
      adres: { straat: 'Boterdiep', huisnummer: '31', postcode: '3077AW' },
    });
  });

  it('exposes partners, children and travel documents for later use', () => {
    expect(personen.some((p) => p.partners.length > 0)).toBe(true);
    expect(personen.some((p) => p.kinderen.length >= 2)).toBe(true);
    const metDocument = personen.filter((p) => p.reisdocumenten.some((r) => r.eindeGeldigheid));
    expect(metDocument.length).toBeGreaterThan(10);
    for (const p of metDocument) {
      for (const r of p.reisdocumenten)
        if (r.eindeGeldigheid) expect(r.eindeGeldigheid).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps GBA dates with unknown parts out of ISO dates', () => {
    expect(gbaDatum('19940000')).toBeNull();
    expect(gbaDatum('00000000')).toBeNull();
    expect(gbaDatum('20240229')).toBe('2024-02-29');
  });
});
