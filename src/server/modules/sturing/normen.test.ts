import { describe, expect, it } from 'vitest';
import { NORMEN, normcijfer, normperiode, telIn } from './normen';

describe('norm periods: the last full period before today, and the one before it', () => {
  it('week: Monday to Sunday of last week (today a Wednesday)', () => {
    expect(normperiode('week', '2026-12-02')).toEqual({
      huidig: { van: '2026-11-23', tot: '2026-11-29' },
      vorig: { van: '2026-11-16', tot: '2026-11-22' },
    });
  });

  it('week: on a Monday the week that just ended counts, not the one that began', () => {
    expect(normperiode('week', '2026-11-30').huidig).toEqual({ van: '2026-11-23', tot: '2026-11-29' });
  });

  it('month: last calendar month, across a year boundary', () => {
    expect(normperiode('maand', '2027-01-15')).toEqual({
      huidig: { van: '2026-12-01', tot: '2026-12-31' },
      vorig: { van: '2026-11-01', tot: '2026-11-30' },
    });
  });

  it('quarter: last calendar quarter, and the quarter before across a year boundary', () => {
    expect(normperiode('kwartaal', '2027-02-10')).toEqual({
      huidig: { van: '2026-10-01', tot: '2026-12-31' },
      vorig: { van: '2026-07-01', tot: '2026-09-30' },
    });
  });

  it('quarter: on its first day the quarter that just ended counts', () => {
    expect(normperiode('kwartaal', '2026-10-01').huidig).toEqual({ van: '2026-07-01', tot: '2026-09-30' });
  });
});

describe('norm figures', () => {
  const dagen = [
    { dag: '2026-11-22', totaal: 5, gehaald: 5 },
    { dag: '2026-11-23', totaal: 4, gehaald: 3 },
    { dag: '2026-11-29', totaal: 6, gehaald: 3 },
    { dag: '2026-11-30', totaal: 9, gehaald: 0 },
  ];

  it('only the days of the period count, both ends included', () => {
    expect(telIn(dagen, { van: '2026-11-23', tot: '2026-11-29' })).toEqual({ totaal: 10, gehaald: 6 });
  });

  it('the trend is the change in share in percentage points, one decimal', () => {
    expect(normcijfer({ totaal: 10, gehaald: 6 }, { totaal: 3, gehaald: 2 })).toEqual({
      totaal: 10,
      gehaald: 6,
      aandeel: 0.6,
      vorigAandeel: 2 / 3,
      trendProcentpunt: -6.7,
    });
  });

  it('nothing to judge gives no share and no trend, not 0 %', () => {
    expect(normcijfer({ totaal: 0, gehaald: 0 }, { totaal: 4, gehaald: 4 })).toMatchObject({
      aandeel: null,
      vorigAandeel: 1,
      trendProcentpunt: null,
    });
  });

  it('every norm either has a source in Stadspunt or says why it is not measured', () => {
    for (const n of NORMEN) expect(n.bron === null, n.code).toBe(Boolean(n.nietGemeten));
    expect(new Set(NORMEN.map((n) => n.code)).size).toBe(NORMEN.length);
  });
});
