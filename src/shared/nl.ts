/**
 * Dates, moments and numbers as the Dutch read them, always in Amsterdam time: the one place the
 * screens, the charts, the PDF and the spreadsheet take them from.
 */
const tijdzone = 'Europe/Amsterdam';

/** A calendar date (YYYY-MM-DD) is read at noon, so no time zone moves it to another day. */
const alsMoment = (t: string | Date) =>
  typeof t !== 'string' ? t : new Date(t.length === 10 ? `${t}T12:00:00Z` : t);

const kortFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: tijdzone,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const langFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: tijdzone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const maandFormaat = new Intl.DateTimeFormat('nl-NL', { timeZone: tijdzone, month: 'long', year: 'numeric' });
const momentFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: tijdzone,
  dateStyle: 'medium',
  timeStyle: 'short',
});
const klokFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: tijdzone,
  hour: '2-digit',
  minute: '2-digit',
});

/** "vr 27 nov 2026": a date, or the Amsterdam day of a moment. */
export const datum = (t: string | Date) => kortFormaat.format(alsMoment(t));

/** "27 november 2026". */
export const datumLang = (t: string | Date) => langFormaat.format(alsMoment(t));

/** "november 2026". */
export const maandNaam = (t: string | Date) => maandFormaat.format(alsMoment(t));

/** "27 nov 2026, 14:05" in Amsterdam time. */
export const tijdstip = (t: string | Date) => momentFormaat.format(alsMoment(t));

/** "1 december 2026 20:02" in Amsterdam time, as a document states when it was made. */
export const tijdstipLang = (t: string | Date) => `${datumLang(t)} ${klokFormaat.format(alsMoment(t))}`;

/** "14:05" in Amsterdam time. */
export const klok = (t: string | Date) => klokFormaat.format(alsMoment(t));

/** "12.345,6": thousands with a dot, a decimal comma; a dash for no figure. */
export const getal = (n: number | null | undefined, decimalen = 1) =>
  n === null || n === undefined ? '–' : n.toLocaleString('nl-NL', { maximumFractionDigits: decimalen });

/** A share 0..1 as "77,4 %" (with a non-breaking space, so it never wraps). */
export const procent = (aandeel: number | null | undefined, decimalen = 1) =>
  aandeel === null || aandeel === undefined ? '–' : `${getal(aandeel * 100, decimalen)}\u00a0%`;

/** The spreadsheet formats of the same figures (Excel shows them with the reader's separators). */
export const xlsxFormaat = {
  aantal: '#,##0',
  decimaal: '#,##0.0',
  procent: '0.0%',
  tijdstip: 'dd-mm-yyyy hh:mm',
};

const delenFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: tijdzone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as a date-and-time field holds it, in Amsterdam wall-clock time: "2026-12-01T20:02". */
export function invoertijd(t: string | Date): string {
  const d = Object.fromEntries(delenFormaat.formatToParts(alsMoment(t)).map((p) => [p.type, p.value]));
  return `${d.year}-${d.month}-${d.day}T${d.hour}:${d.minute}`;
}

/**
 * The moment of an Amsterdam wall-clock time from a date-and-time field ("2026-12-01T20:02"),
 * whatever time zone the browser is in.
 */
export function uitInvoertijd(lokaal: string): Date {
  const alsUtc = Date.parse(`${lokaal}:00Z`);
  // The offset at that moment (one or two hours); checked once more around the change of clocks.
  const verschil = (ms: number) => Date.parse(`${invoertijd(new Date(ms))}:00Z`) - ms;
  const gok = alsUtc - verschil(alsUtc);
  return new Date(alsUtc - verschil(gok));
}

/** An ISO week "2026-W48" as "week 48". */
export const weeknaam = (week: string) => week.replace(/^\d{4}-W0?/, 'week ');
