import type { Zoekvraag } from '../../api';

/**
 * The filters of the werkvoorraad, kept in the URL so other screens (dashboard, mails) link
 * into it: the query of GET /contactverzoeken, with teamId "alle" for every team (without it
 * the employee's first team) and partijId for the requests of one resident or business.
 */
export type WerkvoorraadZoek = Omit<Zoekvraag<'/contactverzoeken'>, 'pageSize'>;

const sleutels = [
  'teamId',
  'filter',
  'status',
  'productId',
  'partijId',
  'q',
  'sort',
  'afgehandeldVanaf',
  'afgehandeldTot',
  'binnenNorm',
] as const;

// Typed by the API's values, so tsc notices when one is renamed or dropped.
const toegestaan: { [K in keyof WerkvoorraadZoek]?: readonly NonNullable<WerkvoorraadZoek[K]>[] } = {
  filter: ['mijn', 'ongetoewezen', 'vandaag', 'te-laat', 'wacht-op-koppeling'],
  status: ['open', 'afgehandeld', 'alle'],
  binnenNorm: ['ja', 'nee'],
};

/** Keeps the known parameters with a valid value; anything else in the URL is dropped. */
export function leesZoek(search: Record<string, unknown>): WerkvoorraadZoek {
  const zoek: Record<string, unknown> = {};
  for (const k of sleutels) {
    const v = search[k];
    if (typeof v !== 'string' || v === '') continue;
    const waarden: readonly string[] | undefined = toegestaan[k];
    if (waarden && !waarden.includes(v)) continue;
    zoek[k] = v;
  }
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) zoek.page = page;
  return zoek as WerkvoorraadZoek;
}

/**
 * A query string of GET /api/v1/contactverzoeken (as the dashboard sends its links) as the
 * werkvoorraad's search; without a team it means the whole organisation.
 */
export function zoekUitQuery(qs: string): WerkvoorraadZoek {
  const zoek = leesZoek(Object.fromEntries(new URLSearchParams(qs.replace(/^\?/, ''))));
  return { ...zoek, teamId: zoek.teamId ?? 'alle' };
}
