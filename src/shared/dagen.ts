/** Calendar arithmetic on YYYY-MM-DD, for the server and the screens alike. */

/** In UTC, so that daylight saving never shifts a day. */
export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

const weekdagIndex = (datum: string) => (new Date(`${datum}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The Monday of the ISO week that contains the date. */
export const maandagVan = (datum: string): string => plusDagen(datum, -weekdagIndex(datum));

export const eersteVanMaand = (datum: string) => `${datum.slice(0, 7)}-01`;

/** The number of days from `van` to `tot`, both counted: 1 for a single day. */
export const dagenInPeriode = (van: string, tot: string) =>
  (Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000 + 1;
