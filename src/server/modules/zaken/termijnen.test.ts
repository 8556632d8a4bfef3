import { describe, expect, it } from 'vitest';
import { type Kalender, standaardOpeningstijden } from '../../platform/calendar/rules';
import {
  binnenVerlengingstermijn,
  dagenOpgeschort,
  plusDuur,
  termijnenBijStart,
  verschuif,
} from './termijnen';

const kalender: Kalender = { openingstijden: standaardOpeningstijden, sluitingsdagen: new Set() };

describe('termijnen van een zaak', () => {
  it('einddatumGepland is de startdatum plus de servicenorm van het zaaktype', () => {
    const t = termijnenBijStart('2026-03-02', { doorlooptijd: 'P8W', servicenorm: 'P14D' }, kalender);
    expect(t.einddatumGepland).toBe('2026-03-16');
  });

  it('uiterlijkeEinddatumAfdoening is de startdatum plus de doorlooptijd; op Koningsdag schuift hij naar de volgende werkdag', () => {
    const t = termijnenBijStart('2026-03-02', { doorlooptijd: 'P8W', servicenorm: null }, kalender);
    expect(t.uiterlijkeEinddatumAfdoening).toBe('2026-04-28');
  });

  it('zonder servicenorm heeft de zaak geen einddatumGepland', () => {
    expect(
      termijnenBijStart('2026-03-02', { doorlooptijd: 'P8W', servicenorm: null }, kalender).einddatumGepland,
    ).toBeNull();
  });

  it('Algemene termijnenwet: een termijn die op zaterdag eindigt, eindigt op maandag', () => {
    const t = termijnenBijStart('2026-03-02', { doorlooptijd: 'P5D', servicenorm: null }, kalender);
    expect(t.uiterlijkeEinddatumAfdoening).toBe('2026-03-09');
  });

  it('Algemene termijnenwet: een termijn die op eerste kerstdag eindigt, eindigt na het weekend', () => {
    const t = termijnenBijStart('2026-11-25', { doorlooptijd: 'P30D', servicenorm: null }, kalender);
    expect(t.uiterlijkeEinddatumAfdoening).toBe('2026-12-28');
  });

  it('een sluitingsdag van de gemeente telt niet als werkdag', () => {
    const dicht: Kalender = { ...kalender, sluitingsdagen: new Set(['2026-03-16']) };
    expect(
      termijnenBijStart('2026-03-02', { doorlooptijd: 'P14D', servicenorm: null }, dicht)
        .uiterlijkeEinddatumAfdoening,
    ).toBe('2026-03-17');
  });

  it('maanden tellen naar de kalender: een maand na 31 januari is 28 februari', () => {
    expect(plusDuur('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(plusDuur('2028-01-31', 'P1M')).toBe('2028-02-29');
  });

  it('hervatten schuift beide termijnen op met de kalenderdagen dat de zaak was opgeschort', () => {
    const dagen = dagenOpgeschort('2026-03-10', '2026-03-20');
    expect(dagen).toBe(10);
    const t = verschuif(
      { einddatumGepland: '2026-03-16', uiterlijkeEinddatumAfdoening: '2026-04-28' },
      `P${dagen}D`,
      kalender,
    );
    expect(t).toEqual({ einddatumGepland: '2026-03-26', uiterlijkeEinddatumAfdoening: '2026-05-08' });
  });

  it('een zaak die op dezelfde dag wordt hervat, schuift niet op', () => {
    expect(dagenOpgeschort('2026-03-10', '2026-03-10')).toBe(0);
  });

  it('een verlenging mag niet langer zijn dan de verlengingstermijn van het zaaktype', () => {
    expect(binnenVerlengingstermijn('P6W', 'P6W', '2026-03-02')).toBe(true);
    expect(binnenVerlengingstermijn('P30D', 'P6W', '2026-03-02')).toBe(true);
    expect(binnenVerlengingstermijn('P43D', 'P6W', '2026-03-02')).toBe(false);
  });

  it('een ongeldige duur wordt geweigerd', () => {
    expect(() => plusDuur('2026-03-02', 'acht weken')).toThrow(RangeError);
  });
});
