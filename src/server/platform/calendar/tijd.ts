const datumFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Europe/Amsterdam. */
export const amsterdamseDatum = (tijdstip: Date): string => datumFormaat.format(tijdstip);
