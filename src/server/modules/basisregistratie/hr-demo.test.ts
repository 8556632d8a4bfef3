import { describe, expect, it } from 'vitest';
import { isKvkNummer, isRsin, isVestigingsnummer } from '../partijen/sleutels';
import { genereerVestigingen } from './hr-demo';

describe('generated Handelsregister', () => {
  const vestigingen = genereerVestigingen(1000);

  it('has valid, unique numbers', () => {
    expect(vestigingen.every((v) => isKvkNummer(v.kvkNummer) && isVestigingsnummer(v.vestigingsnummer))).toBe(
      true,
    );
    expect(vestigingen.every((v) => isRsin(v.rsin as string))).toBe(true);
    expect(new Set(vestigingen.map((v) => v.kvkNummer)).size).toBe(1000);
    expect(new Set(vestigingen.map((v) => v.vestigingsnummer)).size).toBe(1000);
  });

  it('is the same on every run', () => {
    expect(genereerVestigingen(5)).toEqual(genereerVestigingen(5));
  });
});
