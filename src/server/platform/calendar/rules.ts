import { plusDagen } from '../../../shared/dagen';
import { feestdagen, isFeestdag } from './holidays';

export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type Openingstijden = Record<Weekdag, { open: string; sluit: string } | null>;

const werkdag = { open: '09:00', sluit: '17:00' };
export const standaardOpeningstijden: Openingstijden = {
  1: werkdag,
  2: werkdag,
  3: werkdag,
  4: werkdag,
  5: werkdag,
  6: null,
  7: null,
};

export interface Kalender {
  openingstijden: Openingstijden;
  /** The municipality's own closing days, YYYY-MM-DD. */
  sluitingsdagen: ReadonlySet<string>;
}

export type Termijn = { werkdagen: number } | { kalenderdagen: number };

const lokaal = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Date and HH:MM of an instant in Europe/Amsterdam. */
export function lokaleTijd(tijdstip: Date): { datum: string; tijd: string } {
  const d = Object.fromEntries(lokaal.formatToParts(tijdstip).map((p) => [p.type, p.value]));
  return { datum: `${d.year}-${d.month}-${d.day}`, tijd: `${d.hour}:${d.minute}` };
}

/** Calendar arithmetic on YYYY-MM-DD lives with the screens' (they count days too). */
export { plusDagen };

function weekdag(datum: string): Weekdag {
  const dag = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return (dag === 0 ? 7 : dag) as Weekdag;
}

export function isWerkdag(datum: string, kalender: Kalender): boolean {
  return (
    Boolean(kalender.openingstijden[weekdag(datum)]) &&
    !isFeestdag(datum) &&
    !kalender.sluitingsdagen.has(datum)
  );
}

export function volgendeWerkdag(datum: string, kalender: Kalender): string {
  if (!Object.values(kalender.openingstijden).some(Boolean))
    throw new RangeError('De openingstijden hebben geen enkele open dag.');
  let dag = plusDagen(datum, 1);
  while (!isWerkdag(dag, kalender)) dag = plusDagen(dag, 1);
  return dag;
}

const dagenVan = (datum: string) => Date.parse(`${datum}T00:00:00Z`) / 86_400_000;

/** Holidays and the municipality's closing days in (begin, einde] that fall on an open weekday. */
function uitzonderingen(begin: string, einde: string, kalender: Kalender): number {
  const dagen = new Set<string>();
  for (let jaar = Number(begin.slice(0, 4)); jaar <= Number(einde.slice(0, 4)); jaar++)
    for (const f of feestdagen(jaar)) dagen.add(f.datum);
  for (const d of kalender.sluitingsdagen) dagen.add(d);
  let n = 0;
  for (const d of dagen) if (d > begin && d <= einde && kalender.openingstijden[weekdag(d)]) n++;
  return n;
}

/**
 * Working days after `van` up to and including `tot`; negative when `tot` lies before `van`.
 * Counted by whole weeks, not day by day: a case open for years is still counted at once.
 */
export function werkdagenTussen(van: string, tot: string, kalender: Kalender): number {
  const [begin, einde, teken] = van <= tot ? [van, tot, 1] : [tot, van, -1];
  const weken = Math.floor((dagenVan(einde) - dagenVan(begin)) / 7);
  const openPerWeek = ([1, 2, 3, 4, 5, 6, 7] as const).filter((d) => kalender.openingstijden[d]).length;
  let aantal = weken * openPerWeek;
  for (let dag = plusDagen(begin, weken * 7 + 1); dag <= einde; dag = plusDagen(dag, 1))
    if (kalender.openingstijden[weekdag(dag)]) aantal++;
  return (aantal - uitzonderingen(begin, einde, kalender)) * teken;
}

function controleer(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 3650)
    throw new RangeError('Een termijn is een geheel aantal dagen van 0 tot en met 3650.');
}

/**
 * End date of a term (Algemene termijnenwet).
 * werkdagen: day 0 is the day of receipt when that is a working day and receipt is before
 * closing time, else the next working day; the term ends at the end of the n-th working day after day 0.
 * kalenderdagen: receipt date plus n days, moved to the next working day when it is not one (art. 1).
 */
export function termijnEinde(
  start: Date,
  termijn: Termijn,
  kalender: Kalender,
): { einde: string; dag0?: string } {
  const { datum, tijd } = lokaleTijd(start);
  if ('kalenderdagen' in termijn) {
    controleer(termijn.kalenderdagen);
    const einde = plusDagen(datum, termijn.kalenderdagen);
    return { einde: isWerkdag(einde, kalender) ? einde : volgendeWerkdag(einde, kalender) };
  }
  controleer(termijn.werkdagen);
  const open = kalender.openingstijden[weekdag(datum)];
  const dag0 =
    isWerkdag(datum, kalender) && open && tijd < open.sluit ? datum : volgendeWerkdag(datum, kalender);
  let einde = dag0;
  for (let i = 0; i < termijn.werkdagen; i++) einde = volgendeWerkdag(einde, kalender);
  return { einde, dag0 };
}
