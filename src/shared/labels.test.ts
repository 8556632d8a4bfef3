import { describe, expect, it } from 'vitest';
import { logboekSoorten, pogingUitkomsten, resultaten } from '../server/modules/contactverzoeken/waarden';
import { kanalen, uitkomsten } from '../server/modules/klantcontacten/waarden';
import { rolCodes } from '../server/platform/auth/rollen';
import { label, labels } from './labels';
import { datum, datumLang, getal, invoertijd, procent, tijdstipLang, uitInvoertijd } from './nl';

describe('one label table for every code a person reads', () => {
  it('has a Dutch word for every code of every list, never the code itself', () => {
    const lijsten = {
      kanaal: kanalen,
      uitkomst: uitkomsten,
      resultaat: resultaten,
      poging: pogingUitkomsten,
      logboek: logboekSoorten,
      rol: rolCodes,
    } as const;
    for (const [soort, codes] of Object.entries(lijsten))
      for (const code of codes) {
        const woord = (labels[soort as keyof typeof lijsten] as Record<string, string>)[code];
        expect(woord, `${soort} ${code}`).toBeTruthy();
        expect(woord).not.toBe(code);
      }
  });

  it('names the codes the reports showed bare', () => {
    expect(label('resultaat', 'zaak-aangemaakt')).toBe('Zaak aangemaakt');
    expect(label('resultaat', 'niet-bereikbaar')).toBe('Niet bereikbaar');
    expect(label('uitkomst', 'doorverbonden-gelukt')).toBe('Doorverbonden, gelukt');
    expect(label('rol', 'kcc-medewerker')).toBe('KCC-medewerker');
  });

  it('writes an audit action it does not know yet as words', () => {
    expect(label('auditActie', 'zaak.status-gezet')).toBe('Zaak status gezet');
    expect(label('auditActie', 'partij.bsn-getoond')).toBe('BSN getoond');
  });
});

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
