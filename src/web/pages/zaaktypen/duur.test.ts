import { describe, expect, it } from 'vitest';
import { duurTekst } from './duur';

describe('durations on screen', () => {
  it('says an ISO 8601 duration in Dutch', () => {
    expect(duurTekst('P6W')).toBe('6 weken');
    expect(duurTekst('P1W')).toBe('1 week');
    expect(duurTekst('P1Y6M')).toBe('1 jaar en 6 maanden');
    expect(duurTekst('P1Y2M3D')).toBe('1 jaar, 2 maanden en 3 dagen');
  });

  it('shows what it cannot say as it is, and nothing as a dash', () => {
    expect(duurTekst('PT36H')).toBe('PT36H');
    expect(duurTekst(null)).toBe('–');
  });
});
