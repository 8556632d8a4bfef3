/**
 * The pages of the web app. The router builds its routes on these paths and the server answers
 * 404 for any other path outside the API, so both know the same list. `$id` is one segment.
 */
export const webPaden = [
  '/',
  '/inloggen',
  '/kto/$token',
  '/wachtwoord',
  '/werkplek',
  '/werkvoorraad',
  '/contactverzoeken/$id',
  '/zaken',
  '/zaken/$id',
  '/dashboard',
  '/sturing',
  '/rapporten',
  '/meldingen',
  '/beheer/teams',
  '/beheer/producten',
  '/beheer/servicenormen',
  '/beheer/medewerkers',
  '/beheer/api-tokens',
  '/beheer/audit',
  '/beheer/mailbox',
  '/beheer/mailbox/$id',
  '/beheer/sluitingsdagen',
  '/beheer/zaaktypen',
  '/beheer/zaaktypen/$id',
] as const;

export type WebPad = (typeof webPaden)[number];

const patronen = webPaden.map(
  (pad) => new RegExp(`^${pad.replace(/\$[a-zA-Z]+/g, '[^/]+').replace(/\/$/, '')}/?$`),
);

/** Whether the web app has a page at this path (a trailing slash is the same page). */
export const isWebPad = (pad: string): boolean => patronen.some((p) => p.test(pad));
