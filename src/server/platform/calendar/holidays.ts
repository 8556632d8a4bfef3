import Holidays from 'date-holidays';

/**
 * Algemene termijnenwet art. 3 plus Goede Vrijdag, keyed by date-holidays' rule; matched by rule because
 * the library's types do not follow the law (Goede Vrijdag is 'school').
 */
const uitBibliotheek: Record<string, string> = {
  '01-01': 'Nieuwjaarsdag',
  'easter -2': 'Goede Vrijdag',
  'easter 1': 'Tweede Paasdag',
  '04-27 if sunday then previous saturday since 2014': 'Koningsdag',
  'easter 39': 'Hemelvaartsdag',
  'easter 50': 'Tweede Pinksterdag',
  '12-25': 'Eerste Kerstdag',
  '12-26': 'Tweede Kerstdag',
};

export interface Feestdag {
  datum: string;
  naam: string;
}

const bibliotheek = new Holidays('NL');
const cache = new Map<number, Feestdag[]>();

/** The generally recognised holidays of a year, as the law counts them for deadlines. */
export function feestdagen(jaar: number): Feestdag[] {
  const bekend = cache.get(jaar);
  if (bekend) return bekend;
  const dagen = bibliotheek
    .getHolidays(jaar)
    .filter((h) => Object.hasOwn(uitBibliotheek, h.rule))
    .map((h) => ({ datum: h.date.slice(0, 10), naam: uitBibliotheek[h.rule] }))
    // The law counts 5 mei every year; date-holidays makes it a public holiday only every fifth year.
    .concat({ datum: `${jaar}-05-05`, naam: 'Bevrijdingsdag (5 mei)' })
    .sort((a, b) => a.datum.localeCompare(b.datum));
  cache.set(jaar, dagen);
  return dagen;
}

export function isFeestdag(datum: string): boolean {
  return feestdagen(Number(datum.slice(0, 4))).some((f) => f.datum === datum);
}
