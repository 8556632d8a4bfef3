import { describe, expect, it } from 'vitest';
import { achternaamDeel, meerDanAchternaam, rangschik } from './zoek';

describe('reading a typed name', () => {
  it.each([
    ['de vries', 'vries'],
    ['jan van der meijden', 'meijden'],
    ['p j van den berg', 'berg'],
    ['jansen', 'jansen'],
    ['bloemist meijer n', 'meijer'],
  ])('takes the surname of "%s": %s', (naam, achternaam) => {
    expect(achternaamDeel(naam)).toBe(achternaam);
  });

  it.each([
    ['de vries', false],
    ['p j van den berg', false],
    ['jan jansen', true],
    ['bloemist meijer n', true],
  ])('"%s" is more than a surname: %s', (naam, meer) => {
    expect(meerDanAchternaam(naam, achternaamDeel(naam))).toBe(meer);
  });
});

describe('ranking name results', () => {
  const r = (naam: string, soort: 'persoon' | 'organisatie' | 'contactpersoon') => ({ naam, soort });

  it('lists the bakeries before the contact persons called Bakker when "Bakkerij" is typed', () => {
    const gevonden = [
      r('Anouk Bakker', 'contactpersoon'),
      r('Jan Bakker', 'persoon'),
      r('Bakkerij De Korenbloem', 'organisatie'),
      r('Warme Bakkerij Jansen', 'organisatie'),
    ];
    expect(rangschik('Bakkerij', gevonden).map((x) => x.naam)).toEqual([
      'Bakkerij De Korenbloem',
      'Warme Bakkerij Jansen',
      'Jan Bakker',
      'Anouk Bakker',
    ]);
  });

  it('puts a name typed exactly first, and at the same match persons before organisations before contact persons', () => {
    const gevonden = [
      r('Bakkerij Bakker', 'organisatie'),
      r('Anouk Bakker', 'contactpersoon'),
      r('Jan Bakker', 'persoon'),
      r('Bakker', 'organisatie'),
    ];
    expect(rangschik('bakker', gevonden).map((x) => x.naam)).toEqual([
      'Bakker',
      'Jan Bakker',
      'Bakkerij Bakker',
      'Anouk Bakker',
    ]);
  });
});
