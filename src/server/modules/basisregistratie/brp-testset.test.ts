import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePersoonslijsten } from './brp-testset';

const csv = readFileSync(new URL('./testset/brp-testset-gba-v-20220502.csv', import.meta.url), 'utf8');

describe('BRP-testset', () => {
  const lijsten = parsePersoonslijsten(csv);

  it('leest elke persoonslijst met een eigen id', () => {
    expect(lijsten).toHaveLength(687);
    expect(new Set(lijsten.map((l) => l.id)).size).toBe(687);
  });

  it('houdt de eerste rij als actuele persoonsgegevens en de rest als volgende rijen', () => {
    const suzanne = lijsten.find((l) => l.id === 'Lg01_716');
    expect(suzanne?.bsn).toBe('999993653');
    expect(suzanne?.rijen[0]['01.02.10']).toBe('Suzanne');
    expect(suzanne?.rijen[0]['08.11.60']).toBe('3077AW');
    expect(suzanne?.rijen[1]['08.11.60']).toBe('3074SN');
  });

  it('ontleedt aanhalingstekens volgens CSV', () => {
    expect(lijsten.find((l) => l.id === 'Lg01_639')?.rijen[0]['01.02.40']).toBe('"Onbekend"');
  });
});
