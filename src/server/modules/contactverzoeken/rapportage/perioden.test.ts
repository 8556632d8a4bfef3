import { describe, expect, it } from 'vitest';
import { kengetallen, tel } from './cijfers';
import {
  dagenVan,
  isBegin,
  isoWeek,
  laatsteWeken,
  maandagVan,
  periodeVanaf,
  vorigePeriode,
} from './perioden';
import { rapportPlanning } from './planning';

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-26', '2026-W48'],
  ])('%s lies in %s', (datum, week) => expect(isoWeek(datum)).toBe(week));

  it('starts on Monday, also across a year and a DST change', () => {
    expect(maandagVan('2026-11-26')).toBe('2026-11-23');
    expect(maandagVan('2026-11-23')).toBe('2026-11-23');
    expect(maandagVan('2026-11-29')).toBe('2026-11-23');
    expect(maandagVan('2027-01-01')).toBe('2026-12-28');
    expect(dagenVan(periodeVanaf('week', '2026-10-19'))).toHaveLength(7);
  });

  it('gives the last twelve weeks, oldest first, ending with the current one', () => {
    const weken = laatsteWeken('2026-01-07', 12);
    expect(weken).toHaveLength(12);
    expect(weken[11]).toEqual({ week: '2026-W02', van: '2026-01-05', tot: '2026-01-11' });
    expect(weken[0]).toEqual({ week: '2025-W43', van: '2025-10-20', tot: '2025-10-26' });
  });
});

describe('report periods', () => {
  it('takes the last full week or month', () => {
    expect(vorigePeriode('week', '2026-11-23')).toEqual({ van: '2026-11-16', tot: '2026-11-22' });
    expect(vorigePeriode('week', '2026-11-29')).toEqual({ van: '2026-11-16', tot: '2026-11-22' });
    expect(vorigePeriode('maand', '2026-12-01')).toEqual({ van: '2026-11-01', tot: '2026-11-30' });
    expect(vorigePeriode('maand', '2026-03-15')).toEqual({ van: '2026-02-01', tot: '2026-02-28' });
    expect(vorigePeriode('maand', '2026-01-01')).toEqual({ van: '2025-12-01', tot: '2025-12-31' });
  });

  it('knows where a period starts', () => {
    expect(isBegin('week', '2026-11-23')).toBe(true);
    expect(isBegin('week', '2026-11-24')).toBe(false);
    expect(isBegin('maand', '2026-11-01')).toBe(true);
    expect(isBegin('maand', '2026-11-02')).toBe(false);
    expect(periodeVanaf('maand', '2024-02-01').tot).toBe('2024-02-29');
  });
});

describe('figures', () => {
  it('adds up aggregated rows and rounds hours to 1 and attempts to 2 decimals', () => {
    const r = (gesloten: number, binnen: number, uren: number, pogingen: number) => ({
      teamId: 't',
      dag: '2026-11-02',
      gesloten,
      binnen,
      uren,
      pogingen,
      resultaten: { beantwoord: gesloten, 'zaak-aangemaakt': 0, doorverwezen: 0, 'niet-bereikbaar': 0 },
    });
    const t = tel([r(2, 1, 10, 3), r(1, 1, 2.5, 2)]);
    expect(t).toMatchObject({ gesloten: 3, binnen: 2, resultaten: { beantwoord: 3 } });
    expect(kengetallen(t)).toEqual({
      aandeel: 2 / 3,
      gemiddeldeDoorlooptijdUren: 4.2,
      pogingenPerVerzoek: 1.67,
    });
    expect(kengetallen(tel([]))).toEqual({
      aandeel: null,
      gemiddeldeDoorlooptijdUren: null,
      pogingenPerVerzoek: null,
    });
  });
});

describe('schedule', () => {
  it('reads the cron strings from the environment, with Monday 07:00 and the 1st 07:00 as defaults', () => {
    expect(rapportPlanning({})).toEqual({ week: '0 7 * * 1', maand: '0 7 1 * *' });
    expect(rapportPlanning({ RAPPORT_WEEK_CRON: '30 6 * * 1', RAPPORT_MAAND_CRON: '0 8 2 * *' })).toEqual({
      week: '30 6 * * 1',
      maand: '0 8 2 * *',
    });
  });
});
