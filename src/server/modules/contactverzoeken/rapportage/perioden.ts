import { eersteVanMaand, maandagVan, plusDagen } from '../../../../shared/dagen';

export { maandagVan };

/** The periods a schedule makes a report of. */
export type Soort = 'week' | 'maand';
/** Any report: a week, a month, or a period of days of the reader's choice. */
export type Rapportsoort = Soort | 'periode';

/** A period of whole Amsterdam days; `tot` is the last day, inclusive. */
export interface Periode {
  van: string;
  tot: string;
}

/** ISO 8601 week label: 'YYYY-Www' (the year is that of the week's Thursday). */
export function isoWeek(datum: string): string {
  const donderdag = plusDagen(maandagVan(datum), 3);
  const jaar = donderdag.slice(0, 4);
  const dagVanJaar =
    (Date.parse(`${donderdag}T00:00:00Z`) - Date.parse(`${jaar}-01-01T00:00:00Z`)) / 86_400_000;
  return `${jaar}-W${String(Math.floor(dagVanJaar / 7) + 1).padStart(2, '0')}`;
}

function volgendeMaand(datum: string): string {
  const [jaar, maand] = datum.split('-').map(Number);
  return maand === 12 ? `${jaar + 1}-01-01` : `${jaar}-${String(maand + 1).padStart(2, '0')}-01`;
}

/** The week or month that starts on `van`. */
export function periodeVanaf(soort: Soort, van: string): Periode {
  return { van, tot: plusDagen(soort === 'week' ? plusDagen(van, 7) : volgendeMaand(van), -1) };
}

/** Whether `van` is where a period of this kind starts (a Monday, or the first of a month). */
export const isBegin = (soort: Soort, van: string): boolean =>
  soort === 'week' ? maandagVan(van) === van : eersteVanMaand(van) === van;

/** The last full week or month before the day `vandaag`. */
export function vorigePeriode(soort: Soort, vandaag: string): Periode {
  const begin = soort === 'week' ? maandagVan(vandaag) : eersteVanMaand(vandaag);
  const vorige = soort === 'week' ? plusDagen(begin, -7) : eersteVanMaand(plusDagen(begin, -1));
  return periodeVanaf(soort, vorige);
}

/** The last `aantal` ISO weeks up to and including the one containing `vandaag`, oldest first. */
export function laatsteWeken(vandaag: string, aantal: number): (Periode & { week: string })[] {
  const deze = maandagVan(vandaag);
  return Array.from({ length: aantal }, (_, i) => {
    const van = plusDagen(deze, -7 * (aantal - 1 - i));
    return { week: isoWeek(van), ...periodeVanaf('week', van) };
  });
}

/** Every day of a period, in order. */
export function dagenVan(p: Periode): string[] {
  const dagen: string[] = [];
  for (let d = p.van; d <= p.tot; d = plusDagen(d, 1)) dagen.push(d);
  return dagen;
}
