import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inSteekproef, type Ontvanger, uitnodigingVoor } from './regels';

const nu = new Date('2026-12-03T10:00:00Z');
const dagenTerug = (n: number) => new Date(nu.getTime() - n * 86_400_000);
const ontvanger = (o: Partial<Ontvanger> = {}): Ontvanger => ({
  email: 'inwoner@example.nl',
  telefoon: null,
  geheimhouding: false,
  laatsteUitnodiging: null,
  ...o,
});

describe('steekproef', () => {
  const ids = Array.from({ length: 4000 }, () => randomUUID());

  it('neemt bij 0 niemand en bij 1 iedereen', () => {
    expect(ids.some((id) => inSteekproef(id, 0))).toBe(false);
    expect(ids.every((id) => inSteekproef(id, 1))).toBe(true);
  });

  it('neemt ongeveer het ingestelde aandeel', () => {
    const aandeel = ids.filter((id) => inSteekproef(id, 0.2)).length / ids.length;
    expect(aandeel).toBeGreaterThan(0.17);
    expect(aandeel).toBeLessThan(0.23);
  });

  it('beslist voor dezelfde aanleiding steeds hetzelfde', () => {
    const besluiten = ids.slice(0, 50).map((id) => inSteekproef(id, 0.5));
    expect(ids.slice(0, 50).map((id) => inSteekproef(id, 0.5))).toEqual(besluiten);
    expect(new Set(besluiten).size).toBe(2);
  });
});

describe('wie een uitnodiging krijgt', () => {
  it('nooit een persoon met geheimhouding van zijn gegevens', () => {
    expect(uitnodigingVoor(ontvanger({ geheimhouding: true }), nu)).toEqual({ niet: 'geheimhouding' });
  });

  it('hoogstens één uitnodiging per inwoner per 30 dagen', () => {
    expect(uitnodigingVoor(ontvanger({ laatsteUitnodiging: dagenTerug(29) }), nu)).toEqual({
      niet: 'recent-uitgenodigd',
    });
    expect(uitnodigingVoor(ontvanger({ laatsteUitnodiging: dagenTerug(30) }), nu)).toEqual({
      via: 'email',
      aan: 'inwoner@example.nl',
    });
  });

  it('per e-mail als er een adres is, anders per sms naar een mobiel nummer', () => {
    expect(uitnodigingVoor(ontvanger({ telefoon: '0612345678' }), nu)).toMatchObject({ via: 'email' });
    expect(uitnodigingVoor(ontvanger({ email: null, telefoon: '06-1234 5678' }), nu)).toEqual({
      via: 'sms',
      aan: '+31612345678',
    });
  });

  it('niet als er alleen een vast nummer of niets bekend is', () => {
    expect(uitnodigingVoor(ontvanger({ email: null, telefoon: '0201234567' }), nu)).toEqual({
      niet: 'onbereikbaar',
    });
    expect(uitnodigingVoor(ontvanger({ email: null }), nu)).toEqual({ niet: 'onbereikbaar' });
  });
});
