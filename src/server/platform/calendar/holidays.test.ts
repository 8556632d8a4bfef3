import { describe, expect, it } from 'vitest';
import { feestdagen } from './holidays';

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher): an independent source for Easter Sunday. */
function paaszondag(jaar: number): Date {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

const plus = (d: Date, dagen: number) =>
  new Date(d.getTime() + dagen * 86_400_000).toISOString().slice(0, 10);

function verwacht(jaar: number): string[] {
  const pasen = paaszondag(jaar);
  const koningsdag = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? `${jaar}-04-26` : `${jaar}-04-27`;
  return [
    `${jaar}-01-01`,
    plus(pasen, -2),
    plus(pasen, 1),
    koningsdag,
    `${jaar}-05-05`,
    plus(pasen, 39),
    plus(pasen, 50),
    `${jaar}-12-25`,
    `${jaar}-12-26`,
  ].sort();
}

describe('holidays of the Algemene termijnenwet', () => {
  const jaren = Array.from({ length: 16 }, (_, i) => 2020 + i);

  it.each(jaren)('%i: every legal holiday and nothing else', (jaar) => {
    expect(feestdagen(jaar).map((f) => f.datum)).toEqual(verwacht(jaar));
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2025, 2031)', () => {
    expect(feestdagen(2025).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2025-04-26');
    expect(feestdagen(2031).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2031-04-26');
    expect(feestdagen(2026).find((f) => f.naam === 'Koningsdag')?.datum).toBe('2026-04-27');
  });

  it('names each holiday (2026)', () => {
    expect(feestdagen(2026)).toEqual([
      { datum: '2026-01-01', naam: 'Nieuwjaarsdag' },
      { datum: '2026-04-03', naam: 'Goede Vrijdag' },
      { datum: '2026-04-06', naam: 'Tweede Paasdag' },
      { datum: '2026-04-27', naam: 'Koningsdag' },
      { datum: '2026-05-05', naam: 'Bevrijdingsdag (5 mei)' },
      { datum: '2026-05-14', naam: 'Hemelvaartsdag' },
      { datum: '2026-05-25', naam: 'Tweede Pinksterdag' },
      { datum: '2026-12-25', naam: 'Eerste Kerstdag' },
      { datum: '2026-12-26', naam: 'Tweede Kerstdag' },
    ]);
  });

  it('knows Easter 2024 and 2035 as published (31 March, 25 March)', () => {
    expect(feestdagen(2024).find((f) => f.naam === 'Tweede Paasdag')?.datum).toBe('2024-04-01');
    expect(feestdagen(2035).find((f) => f.naam === 'Tweede Paasdag')?.datum).toBe('2035-03-26');
  });
});
