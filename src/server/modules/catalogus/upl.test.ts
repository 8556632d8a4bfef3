import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemeenteProducten } from './upl';

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
});
