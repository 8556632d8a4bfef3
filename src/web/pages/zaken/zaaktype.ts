import { queryOptions } from '@tanstack/react-query';
import { api, get } from '../../api';

/**
 * What the zaak screens need of a zaaktype version, as GET /zaaktypen/{id} answers it.
 * Written by hand: that route belongs to the zaaktypen catalogue, whose screens are built
 * alongside these; once it is in the OpenAPI document this is `Schema<'Zaaktype'>`.
 */
export interface ZaaktypeKeuzes {
  id: string;
  omschrijving: string;
  opschortingMogelijk: boolean;
  verlengingMogelijk: boolean;
  verlengingstermijn: string | null;
  statustypen: { id: string; volgnummer: number; omschrijving: string; informeren: boolean }[];
  resultaattypen: { id: string; omschrijving: string; afleidingswijze: string; datumkenmerk: string }[];
  eigenschappen: {
    id: string;
    naam: string;
    formaat: 'tekst' | 'getal' | 'datum' | 'datum_tijd';
    waardenverzameling: string[];
  }[];
  besluittypen: { id: string; omschrijving: string }[];
}

type Los = (
  methode: 'GET',
  pad: string,
  verzoek: { path?: Record<string, string>; query?: Record<string, string | number> },
) => Promise<unknown>;
// The same client as every screen (session, errors), for routes not yet in the typed document.
const los = api as unknown as Los;

export const zaaktypeQuery = (id: string) =>
  queryOptions({
    queryKey: ['zaaktype', id],
    queryFn: () => los('GET', '/zaaktypen/{id}', { path: { id } }) as Promise<ZaaktypeKeuzes>,
    staleTime: 5 * 60_000,
  });

/** Today in Amsterdam, as the API writes a date. */
export const vandaag = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * The zaaktypen a zaak can be made of today (published and valid on that date); with a
 * product, only those that deliver it: what the desk offers for a question about it.
 */
export const geldigeZaaktypenQuery = (productId?: string) =>
  queryOptions({
    queryKey: ['zaaktypen', 'geldig', vandaag(), productId ?? 'alle'],
    queryFn: async () =>
      (await get('/zaaktypen', { query: { geldigOp: vandaag(), productId, pageSize: 100 } })).items,
    staleTime: 5 * 60_000,
  });

/** The statuses one can set: every statustype but the last, which closing the zaak sets. */
export const zetbareStatussen = (zt: ZaaktypeKeuzes) => zt.statustypen.slice(0, -1);

/**
 * How many whole weeks fit in the verlengingstermijn (an ISO 8601 duration such as P6W, P42D
 * or P2M; a month counts as four weeks, so the choice never exceeds the term).
 */
export function wekenIn(duur: string | null): number {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duur ?? '');
  if (!m) return 0;
  const [jaren, maanden, weken, dagen] = m.slice(1).map((d) => Number(d ?? 0));
  return jaren * 52 + maanden * 4 + weken + Math.floor(dagen / 7);
}

export const wekenTekst = (weken: number) => (weken === 1 ? '1 week' : `${weken} weken`);

/** An extension as the employee chose it ("2 weken"); another duration as the API gives it. */
export function duurTekst(duur: string): string {
  const weken = /^P(\d+)W$/.exec(duur)?.[1];
  return weken ? wekenTekst(Number(weken)) : duur;
}
