import { describe, expect, it } from 'vitest';
import { normaliseerNaam } from '../../platform/db/zoek';
import { herken, normaliseerTelefoon, parsePostcodeHuisnummer } from './sleutels';

describe('postcode + huisnummer notations', () => {
  it.each([
    ['3077AW 31', { postcode: '3077AW', huisnummer: 31 }],
    ['3077 aw 31-b', { postcode: '3077AW', huisnummer: 31, toevoeging: 'B' }],
    ['3077aw31b', { postcode: '3077AW', huisnummer: 31, toevoeging: 'B' }],
    ['3077 AW, 31', { postcode: '3077AW', huisnummer: 31 }],
    ['1011 AB 5 2h', { postcode: '1011AB', huisnummer: 5, toevoeging: '2H' }],
  ])('%s', (invoer, verwacht) => {
    expect(parsePostcodeHuisnummer(invoer)).toEqual(verwacht);
  });

  it.each(['0123AB 1', '3077 A 31', '3077AW', 'Boterdiep 31'])('rejects %s', (invoer) => {
    expect(parsePostcodeHuisnummer(invoer)).toBeUndefined();
  });
});

describe('phone numbers in any notation', () => {
  it.each([
    ['06-12345678', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+31 6 12345678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['+31 (0)6 12 34 56 78', '+31612345678'],
    ['010-1234567', '+31101234567'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('%s → %s', (invoer, verwacht) => {
    expect(normaliseerTelefoon(invoer)).toBe(verwacht);
  });

  it.each(['12345', '06-1234', 'abc'])('rejects %s', (invoer) => {
    expect(normaliseerTelefoon(invoer)).toBeUndefined();
  });
});

describe('names', () => {
  it('folds accents, case and punctuation', () => {
    expect(normaliseerNaam('  Béamont-De Wít ')).toBe('beamont de wit');
    expect(normaliseerNaam("'s-Gravenhage")).toBe('s gravenhage');
  });
});

describe('the one search box recognises the key', () => {
  it.each([
    ['999993653', { soort: 'bsn', bsn: '999993653', geldig: true }],
    ['999 99 3654', { soort: 'bsn', bsn: '999993654', geldig: false }],
    ['12345678', { soort: 'kvk', kvkNummer: '12345678' }],
    ['000012345678', { soort: 'vestiging', vestigingsnummer: '000012345678' }],
    ['3077 aw 31-b', { soort: 'adres', adres: { postcode: '3077AW', huisnummer: 31, toevoeging: 'B' } }],
    ['06-12345678', { soort: 'telefoon', telefoon: '+31612345678' }],
    ['Jan.Jansen@Example.NL', { soort: 'email', email: 'jan.jansen@example.nl' }],
    ['van der Meijden', { soort: 'naam', naam: 'van der meijden' }],
    ['Moulin 1-12-1985', { soort: 'naam', naam: 'moulin', geboortedatum: '1985-12-01' }],
    ['Bakkerij de Korenschoof', { soort: 'naam', naam: 'bakkerij de korenschoof' }],
  ])('%s', (invoer, verwacht) => {
    expect(herken(invoer)).toEqual(verwacht);
  });
});
