import { DateTime, Duration } from 'luxon';
import { isWerkdag, type Kalender, volgendeWerkdag } from '../../platform/calendar/rules';

/** A date (YYYY-MM-DD) plus an ISO 8601 duration, by the calendar (P1M from 31 January is 28/29 February). */
export function plusDuur(datum: string, duur: string): string {
  const d = Duration.fromISO(duur);
  if (!d.isValid) throw new RangeError(`Geen geldige duur: ${duur}`);
  return DateTime.fromISO(datum, { zone: 'utc' }).plus(d).toISODate() as string;
}

/** Algemene termijnenwet art. 1: a term that ends on a Saturday, Sunday or holiday ends on the next working day. */
export function opWerkdag(datum: string, kalender: Kalender): string {
  return isWerkdag(datum, kalender) ? datum : volgendeWerkdag(datum, kalender);
}

export interface Termijnen {
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string;
}

/**
 * The deadlines of a new zaak, as Open Zaak derives them when not supplied: the servicenorm and
 * the doorlooptijd counted from the startdatum, each moved to a working day.
 */
export function termijnenBijStart(
  startdatum: string,
  zaaktype: { doorlooptijd: string; servicenorm: string | null },
  kalender: Kalender,
): Termijnen {
  return {
    einddatumGepland: zaaktype.servicenorm
      ? opWerkdag(plusDuur(startdatum, zaaktype.servicenorm), kalender)
      : null,
    uiterlijkeEinddatumAfdoening: opWerkdag(plusDuur(startdatum, zaaktype.doorlooptijd), kalender),
  };
}

/** Calendar days from suspension to resumption: what resuming adds to both deadlines. */
export function dagenOpgeschort(sinds: string, hervat: string): number {
  return Math.max(
    0,
    DateTime.fromISO(hervat, { zone: 'utc' }).diff(DateTime.fromISO(sinds, { zone: 'utc' }), 'days').days,
  );
}

/** Both deadlines moved by a duration (suspension days or an extension), each kept on a working day. */
export function verschuif(t: Termijnen, duur: string, kalender: Kalender): Termijnen {
  return {
    einddatumGepland: t.einddatumGepland ? opWerkdag(plusDuur(t.einddatumGepland, duur), kalender) : null,
    uiterlijkeEinddatumAfdoening: opWerkdag(plusDuur(t.uiterlijkeEinddatumAfdoening, duur), kalender),
  };
}

/** Whether an extension stays within the zaaktype's verlengingstermijn (compared on the same start date). */
export function binnenVerlengingstermijn(duur: string, verlengingstermijn: string, start: string): boolean {
  return plusDuur(start, duur) <= plusDuur(start, verlengingstermijn);
}
