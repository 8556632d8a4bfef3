import { plusDagen } from '../../../shared/dagen';
import { isFeestdag } from './holidays';

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

/** Working days after `van` up to and including `tot`; negative when `tot` lies before `van`. */
export function werkdagenTussen(van: string, tot: string, kalender: Kalender): number {
  const [begin, einde, teken] = van <= tot ? [van, tot, 1] : [tot, van, -1];
  let aantal = 0;
  for (let dag = plusDagen(begin, 1); dag <= einde; dag = plusDagen(dag, 1))
    if (isWerkdag(dag, kalender)) aantal++;
  return aantal * teken;
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
