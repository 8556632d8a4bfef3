import { describe, expect, it } from 'vitest';
import { achternaamDeel, meerDanAchternaam } from './zoek';

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
