/** Dates and moments as the Dutch read them, always in Amsterdam time. */

/** A calendar date (YYYY-MM-DD), or the day of a moment in Amsterdam, as the Dutch read it: "vr 27 nov 2026". */
export const datum = (iso: string) =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

export const tijdstip = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
