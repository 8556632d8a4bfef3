import { describe, expect, it } from 'vitest';
import { kanaalmix, leegMix, telKanaal } from './kanaalmix';

describe('channel mix', () => {
  it('web forms, e-mail, chat and social media are digital; phone, counter and letters are not', () => {
    const mix = (
      ['webformulier', 'e-mail', 'chat', 'social media', 'telefoon', 'balie', 'post'] as const
    ).reduce(telKanaal, leegMix());
    expect(kanaalmix(mix)).toMatchObject({ totaal: 7, digitaal: 4, aandeelDigitaal: 4 / 7 });
  });

  it('lists every channel in a fixed order, also those without contacts', () => {
    const m = kanaalmix(telKanaal(leegMix(), 'chat'));
    expect(m.kanalen.map((k) => k.kanaal)).toEqual([
      'telefoon',
      'balie',
      'e-mail',
      'post',
      'webformulier',
      'chat',
      'social media',
    ]);
    expect(m.kanalen.find((k) => k.kanaal === 'chat')?.aantal).toBe(1);
  });

  it('without contacts the digital share is empty, not zero', () => {
    expect(kanaalmix(leegMix()).aandeelDigitaal).toBeNull();
  });
});
