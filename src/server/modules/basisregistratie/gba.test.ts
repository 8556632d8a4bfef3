import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePersoonslijsten } from './brp-testset';
import { categorie } from './gba';

const lijsten = parsePersoonslijsten(
  readFileSync(new URL('./testset/brp-testset-gba-v-20220502.csv', import.meta.url), 'utf8'),
);
const metBsn = (bsn: string) => lijsten.find((l) => l.bsn === bsn) as (typeof lijsten)[number];

describe('GBA categories of the test set', () => {
  it('keeps the current address and its history apart', () => {
    const [verblijf] = categorie(metBsn('999993653'), 8);
    expect(verblijf.actueel['11.60']).toBe('3077AW');
    expect(verblijf.historie.map((h) => h['11.60'])).toContain('3074SN');
  });

  it('gives every list exactly one current person category', () => {
    const zonder = lijsten.filter((l) => categorie(l, 1).length !== 1).map((l) => l.id);
    expect(zonder).toEqual([]);
  });

  it('finds several children as several occurrences of category 09', () => {
    const ouders = lijsten.filter((l) => categorie(l, 9).length >= 2);
    expect(ouders.length).toBeGreaterThan(10);
    const kinderen = categorie(ouders[0], 9);
    expect(new Set(kinderen.map((k) => k.actueel['01.20'] ?? k.actueel['02.40'])).size).toBe(kinderen.length);
  });
});
