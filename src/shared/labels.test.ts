import { describe, expect, it } from 'vitest';
import { logboekSoorten, pogingUitkomsten, resultaten } from '../server/modules/contactverzoeken/waarden';
import { kanalen, uitkomsten } from '../server/modules/klantcontacten/waarden';
import { rolCodes } from '../server/platform/auth/rollen';
import { label, labels } from './labels';

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
