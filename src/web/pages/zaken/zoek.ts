import type { Zoekvraag } from '../../api';

/**
 * The filters of the zaken werkvoorraad, kept in the URL: the query of GET /zaken, with teamId
 * "alle" for every team the employee may see (without it the employee's first team).
 */
export type ZakenZoek = Omit<Zoekvraag<'/zaken'>, 'pageSize'>;
export type Snelfilter = NonNullable<ZakenZoek['filter']>;

// Typed by the API's values, so tsc notices when one is renamed or dropped.
export const snelfilters: Snelfilter[] = [
  'mijn',
  'ongetoewezen',
  'binnenkort',
  'te-laat',
  'opgeschort',
  'afgesloten',
];
const teksten = ['teamId', 'q', 'sort', 'zaaktypeId', 'einddatumVanaf', 'einddatumTot'] as const;
const normen: NonNullable<ZakenZoek['norm']>[] = [
  'servicenorm-gehaald',
  'servicenorm-gemist',
  'termijn-gehaald',
  'termijn-gemist',
];

/** Keeps the known parameters with a valid value; anything else in the URL is dropped. */
export function leesZakenZoek(search: Record<string, unknown>): ZakenZoek {
  const zoek: ZakenZoek = {};
  for (const k of teksten) {
    const v = search[k];
    if (typeof v === 'string' && v) zoek[k] = v;
  }
  const filter = snelfilters.find((f) => f === search.filter);
  if (filter) zoek.filter = filter;
  const norm = normen.find((n) => n === search.norm);
  if (norm) zoek.norm = norm;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) zoek.page = page;
  return zoek;
}
