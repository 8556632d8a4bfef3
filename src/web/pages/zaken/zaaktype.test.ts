import { describe, expect, it } from 'vitest';
import { duurTekst, wekenIn, zetbareStatussen } from './zaaktype';
import { leesZakenZoek } from './zoek';

describe('de keuzes van een zaaktype', () => {
  it('biedt bij verlengen alleen hele weken binnen de verlengingstermijn (een maand telt als vier weken)', () => {
    expect(wekenIn('P6W')).toBe(6);
    expect(wekenIn('P45D')).toBe(6);
    expect(wekenIn('P2M')).toBe(8);
    expect(wekenIn('P1Y')).toBe(52);
    expect(wekenIn('P6D')).toBe(0);
    expect(wekenIn(null)).toBe(0);
    expect(wekenIn('zes weken')).toBe(0);
  });

  it('noemt een verlenging in weken zoals de medewerker haar koos', () => {
    expect(duurTekst('P1W')).toBe('1 week');
    expect(duurTekst('P2W')).toBe('2 weken');
    expect(duurTekst('P1M')).toBe('P1M');
  });

  it('laat de eindstatus weg: die zet het afsluiten met een resultaat', () => {
    const st = (omschrijving: string, volgnummer: number) => ({
      id: omschrijving,
      volgnummer,
      omschrijving,
      informeren: false,
    });
    const statustypen = [st('Ontvangen', 1), st('In behandeling', 2), st('Afgehandeld', 3)];
    expect(zetbareStatussen({ statustypen } as never).map((s) => s.omschrijving)).toEqual([
      'Ontvangen',
      'In behandeling',
    ]);
  });
});

describe('de zoekparameters van de zakenwerkvoorraad', () => {
  it('houdt alleen bekende parameters met een geldige waarde', () => {
    expect(
      leesZakenZoek({ filter: 'te-laat', teamId: 'alle', q: 'ZAAK-2026', page: '3', onbekend: 'x' }),
    ).toEqual({ filter: 'te-laat', teamId: 'alle', q: 'ZAAK-2026', page: 3 });
    expect(leesZakenZoek({ filter: 'vandaag', page: '0', sort: '' })).toEqual({});
  });
});
