import { describe, expect, it } from 'vitest';
import {
  isWerkdag,
  type Kalender,
  type Openingstijden,
  plusDagen,
  standaardOpeningstijden,
  termijnEinde,
  volgendeWerkdag,
  werkdagenTussen,
} from './rules';

const kalender: Kalender = { openingstijden: standaardOpeningstijden, sluitingsdagen: new Set() };
const met = (...sluitingsdagen: string[]): Kalender => ({
  ...kalender,
  sluitingsdagen: new Set(sluitingsdagen),
});
const openingstijden = (wijziging: Partial<Openingstijden>): Kalender => ({
  ...kalender,
  openingstijden: { ...standaardOpeningstijden, ...wijziging },
});
const werkdagen = (start: string, n: number, k = kalender) =>
  termijnEinde(new Date(start), { werkdagen: n }, k);
const kalenderdagen = (start: string, n: number, k = kalender) =>
  termijnEinde(new Date(start), { kalenderdagen: n }, k).einde;

describe('isWerkdag', () => {
  it('is false on weekends, holidays and closing days', () => {
    expect(isWerkdag('2026-11-25', kalender)).toBe(true);
    expect(isWerkdag('2026-11-28', kalender)).toBe(false);
    expect(isWerkdag('2026-04-27', kalender)).toBe(false);
    expect(isWerkdag('2026-11-25', met('2026-11-25'))).toBe(false);
  });

  it('follows the opening hours per weekday', () => {
    const anders = openingstijden({ 3: null, 6: { open: '10:00', sluit: '13:00' } });
    expect(isWerkdag('2026-11-25', anders)).toBe(false);
    expect(isWerkdag('2026-11-28', anders)).toBe(true);
  });
});

describe('werkdagen', () => {
  it('skips Koningsdag and the weekend (the public example)', () => {
    expect(werkdagen('2026-04-23T10:00:00+02:00', 2)).toEqual({ einde: '2026-04-28', dag0: '2026-04-23' });
  });

  it('counts from the next working day when received at or after closing time', () => {
    expect(werkdagen('2026-11-24T16:59:00+01:00', 1).einde).toBe('2026-11-25');
    expect(werkdagen('2026-11-24T17:00:00+01:00', 1)).toEqual({ einde: '2026-11-26', dag0: '2026-11-25' });
  });

  it('uses Amsterdam time, not UTC: 16:30 UTC in winter is after closing', () => {
    expect(werkdagen('2026-11-24T16:30:00Z', 0).dag0).toBe('2026-11-25');
    expect(werkdagen('2026-11-24T15:30:00Z', 0).dag0).toBe('2026-11-24');
  });

  it("uses the day's own closing time", () => {
    const vrijdagmiddagDicht = openingstijden({ 5: { open: '09:00', sluit: '12:00' } });
    expect(werkdagen('2026-11-27T11:59:00+01:00', 0, vrijdagmiddagDicht).dag0).toBe('2026-11-27');
    expect(werkdagen('2026-11-27T12:30:00+01:00', 0, vrijdagmiddagDicht).dag0).toBe('2026-11-30');
  });

  it('starts on Monday for a receipt on Saturday, and n = 0 ends on day 0', () => {
    expect(werkdagen('2026-11-28T10:00:00+01:00', 0)).toEqual({ einde: '2026-11-30', dag0: '2026-11-30' });
  });

  it('skips holidays at receipt and in the count', () => {
    expect(werkdagen('2026-12-24T12:00:00+01:00', 1).einde).toBe('2026-12-28');
    expect(werkdagen('2026-12-25T09:30:00+01:00', 1)).toEqual({ einde: '2026-12-29', dag0: '2026-12-28' });
    expect(werkdagen('2026-12-31T10:00:00+01:00', 1).einde).toBe('2027-01-04');
  });

  it("skips the municipality's own closing days", () => {
    expect(werkdagen('2026-12-22T10:00:00+01:00', 1, met('2026-12-23')).einde).toBe('2026-12-24');
    expect(werkdagen('2026-12-23T10:00:00+01:00', 0, met('2026-12-23')).dag0).toBe('2026-12-24');
  });

  it('is not thrown by daylight saving changes', () => {
    expect(werkdagen('2026-03-27T17:30:00+01:00', 1).einde).toBe('2026-03-31');
    expect(werkdagen('2026-10-23T17:30:00+02:00', 1).einde).toBe('2026-10-27');
    expect(werkdagen('2026-03-29T01:30:00Z', 0).dag0).toBe('2026-03-30');
  });

  it('applies summer and winter time to the closing time right after the change', () => {
    expect(werkdagen('2026-03-30T15:30:00Z', 0).dag0).toBe('2026-03-31');
    expect(werkdagen('2026-10-26T15:30:00Z', 0).dag0).toBe('2026-10-26');
  });
});

describe('kalenderdagen', () => {
  it('adds calendar days', () => {
    expect(kalenderdagen('2026-11-02T10:00:00+01:00', 14)).toBe('2026-11-16');
  });

  it('moves an end on a weekend or holiday to the next working day (art. 1)', () => {
    expect(kalenderdagen('2026-11-24T12:00:00Z', 5)).toBe('2026-11-30');
    expect(kalenderdagen('2026-12-18T12:00:00+01:00', 7)).toBe('2026-12-28');
    expect(kalenderdagen('2026-04-20T12:00:00+02:00', 7)).toBe('2026-04-28');
  });

  it('with n = 0 ends on the day of receipt, or the next working day', () => {
    expect(kalenderdagen('2026-11-25T20:00:00+01:00', 0)).toBe('2026-11-25');
    expect(kalenderdagen('2026-11-28T10:00:00+01:00', 0)).toBe('2026-11-30');
  });

  it('moves an end on Nieuwjaarsdag past the weekend', () => {
    expect(kalenderdagen('2026-12-29T10:00:00+01:00', 3)).toBe('2027-01-04');
  });

  it('counts from the local date, also late in the evening', () => {
    expect(kalenderdagen('2026-11-24T23:30:00Z', 1)).toBe('2026-11-26');
  });
});

describe('helpers and bad input', () => {
  it('finds the next working day and counts working days both ways', () => {
    expect(volgendeWerkdag('2026-04-24', kalender)).toBe('2026-04-28');
    expect(werkdagenTussen('2026-04-23', '2026-04-28', kalender)).toBe(2);
    expect(werkdagenTussen('2026-04-28', '2026-04-23', kalender)).toBe(-2);
    expect(werkdagenTussen('2026-04-23', '2026-04-23', kalender)).toBe(0);
    expect(werkdagenTussen('2026-12-24', '2027-01-04', kalender)).toBe(5);
  });

  it('refuses opening hours without a single open day instead of looping forever', () => {
    const nooitOpen = openingstijden({ 1: null, 2: null, 3: null, 4: null, 5: null });
    expect(() => volgendeWerkdag('2026-11-25', nooitOpen)).toThrow(RangeError);
  });

  it.each([-1, 1.5, 3651, Number.NaN])('refuses %s days with a Dutch message', (n) => {
    expect(() => werkdagen('2026-01-05T10:00:00+01:00', n)).toThrow(/geheel aantal dagen/);
    expect(() => kalenderdagen('2026-01-05T10:00:00+01:00', n)).toThrow(RangeError);
  });
});

describe('werkdagenTussen by whole weeks', () => {
  const dagVoorDag = (van: string, tot: string, k: Kalender) => {
    const [begin, einde, teken] = van <= tot ? [van, tot, 1] : [tot, van, -1];
    let n = 0;
    for (let d = plusDagen(begin, 1); d <= einde; d = plusDagen(d, 1)) if (isWerkdag(d, k)) n++;
    return n * teken;
  };

  it('counts the same as day by day, over holidays, closing days and years, in both directions', () => {
    const k: Kalender = {
      openingstijden: { ...standaardOpeningstijden, 6: { open: '10:00', sluit: '13:00' } },
      sluitingsdagen: new Set(['2026-12-24', '2026-12-26', '2027-05-27']),
    };
    for (let i = 0; i < 400; i++) {
      const van = plusDagen('2019-01-01', (i * 7919) % 3000);
      const tot = plusDagen(van, ((i * 104729) % 1500) - 300);
      expect(werkdagenTussen(van, tot, k), `${van} → ${tot}`).toBe(dagVoorDag(van, tot, k));
    }
  });
});
