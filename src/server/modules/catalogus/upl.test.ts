import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemeenteProducten, productlabel } from './upl';

describe('catalogue from the UPL', () => {
  const producten = gemeenteProducten(
    readFileSync(new URL('./upl/upl-actueel.csv', import.meta.url), 'utf8'),
  );

  it('keeps only municipal products, one per URI', () => {
    expect(producten.length).toBeGreaterThan(400);
    expect(producten.length).toBeLessThanOrEqual(512);
    expect(new Set(producten.map((p) => p.uplUri)).size).toBe(producten.length);
  });

  it('keeps the UPL name and URI', () => {
    const paspoort = producten.find((p) => p.uplNaam === 'paspoort');
    expect(paspoort).toMatchObject({
      naam: 'Paspoort',
      uplUri: expect.stringMatching(/^http:\/\/standaarden\.overheid\.nl\/owms\/terms\//),
    });
  });

  it('spells the acronyms in product names as the public does, not as the lower-case UPL', () => {
    expect(productlabel('woz-beschikking')).toBe('WOZ-beschikking');
    expect(productlabel('brp-uittreksel met gezag')).toBe('BRP-uittreksel met gezag');
    expect(productlabel('verklaring omtrent gedrag (vog)')).toBe('Verklaring omtrent gedrag (VOG)');
    expect(productlabel('onderhoudsplan vve')).toBe('Onderhoudsplan VvE');
    expect(productlabel('paspoort')).toBe('Paspoort');
    expect(productlabel('bewijs van in leven zijn (attestatie de vita)')).toBe(
      'Bewijs van in leven zijn (attestatie de vita)',
    );
    const namen = new Set(producten.map((p) => p.naam));
    expect(namen).toContain('WOZ-beschikking');
    expect(namen).toContain('BRP-uittreksel');
    expect([...namen].filter((n) => /^(Woz|Brp)\b/.test(n))).toEqual([]);
  });
});
