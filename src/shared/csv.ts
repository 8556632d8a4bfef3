/**
 * CSV as Excel in Dutch opens it: semicolons, CRLF and a BOM. The one place the audit export and
 * the screens' table downloads write it.
 */

/** A field for a spreadsheet: quoted when needed, and never a formula (CSV injection). */
export const csvVeld = (waarde: string | number | null) => {
  const tekst = String(waarde ?? '').replace(/^[=+\-@\t\r]/, "'$&");
  return /[";\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
};

export const csv = (kolommen: readonly string[], rijen: readonly (readonly (string | number | null)[])[]) =>
  `\uFEFF${[kolommen, ...rijen].map((r) => r.map(csvVeld).join(';')).join('\r\n')}\r\n`;
