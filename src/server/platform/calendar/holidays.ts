import Holidays from 'date-holidays';

/** Algemene termijnenwet art. 3 (with Goede Vrijdag and 5 mei every year), keyed by date-holidays' rule. */
const wettelijk: Record<string, string> = {
  '01-01': 'Nieuwjaarsdag',
  'easter -2': 'Goede Vrijdag',
  'easter 1': 'Tweede Paasdag',
  '04-27 if sunday then previous saturday since 2014': 'Koningsdag',
  '05-05': 'Bevrijdingsdag (5 mei)',
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
    .filter((h) => h.rule in wettelijk)
    .map((h) => ({ datum: h.date.slice(0, 10), naam: wettelijk[h.rule] }))
    .sort((a, b) => a.datum.localeCompare(b.datum));
  cache.set(jaar, dagen);
  return dagen;
}

export function isFeestdag(datum: string): boolean {
  return feestdagen(Number(datum.slice(0, 4))).some((f) => f.datum === datum);
}
