import { type SQL, sql } from 'drizzle-orm';
import { lokaleTijd } from './rules';

/** The calendar date (YYYY-MM-DD) of an instant in Europe/Amsterdam. */
export const amsterdamseDatum = (tijdstip: Date): string => lokaleTijd(tijdstip).datum;

const lang = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) as residents read it: "woensdag 4 november 2026". */
export const datumTekst = (datum: string): string => lang.format(new Date(`${datum}T00:00:00Z`));

/** The instant an Amsterdam day (YYYY-MM-DD) begins, in SQL: a day's figures count from it. */
export const dagBeginSql = (datum: string): SQL =>
  sql`(${datum}::date)::timestamp at time zone 'Europe/Amsterdam'`;
