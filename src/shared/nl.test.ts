import { describe, expect, it } from 'vitest';
import { datum, datumLang, getal, invoertijd, procent, tijdstipLang, uitInvoertijd } from './nl';

describe('Dutch dates and numbers in Amsterdam time', () => {
  it('writes a moment in Amsterdam local time, also across the change to winter time', () => {
    expect(tijdstipLang(new Date('2026-12-01T19:02:00Z'))).toBe('1 december 2026 20:02');
    expect(tijdstipLang('2026-07-01T19:02:00Z')).toBe('1 juli 2026 21:02');
    expect(datumLang('2026-11-02')).toBe('2 november 2026');
    expect(datum('2026-11-27T23:30:00Z')).toBe('za 28 nov 2026');
  });

  it('writes thousands with a dot, decimals with a comma, a share as "77,4 %"', () => {
    expect(getal(12345.67)).toBe('12.345,7');
    expect(getal(1234, 0)).toBe('1.234');
    expect(procent(0.7741)).toBe('77,4\u00a0%');
    expect(procent(null)).toBe('–');
  });
});

describe('a date-and-time field in Amsterdam time', () => {
  it('reads and writes Amsterdam wall-clock time in winter and summer, whatever the machine', () => {
    expect(uitInvoertijd('2026-12-01T20:02').toISOString()).toBe('2026-12-01T19:02:00.000Z');
    expect(uitInvoertijd('2026-07-01T21:02').toISOString()).toBe('2026-07-01T19:02:00.000Z');
    expect(invoertijd('2026-12-01T19:02:00Z')).toBe('2026-12-01T20:02');
    expect(invoertijd(uitInvoertijd('2026-03-29T01:30'))).toBe('2026-03-29T01:30');
  });
});
