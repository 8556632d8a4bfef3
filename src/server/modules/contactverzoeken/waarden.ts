/** The words of a contactverzoek, shared by server and screens. */
export const statussen = ['open', 'afgehandeld'] as const;
export const resultaten = ['beantwoord', 'zaak-aangemaakt', 'doorverwezen', 'niet-bereikbaar'] as const;
export const pogingUitkomsten = [
  'bereikt',
  'niet-bereikt',
  'voicemail-ingesproken',
  'verkeerd-nummer',
] as const;
export const voorkeurstijden = ['geen', 'ochtend', 'middag', 'avond'] as const;
export const logboekSoorten = [
  'aangemaakt',
  'geclaimd',
  'toegewezen',
  'poging',
  'notitie',
  'doorgestuurd',
  'termijn-gewijzigd',
  'afgehandeld',
  'bevestiging-verstuurd',
  'niet-bereikbaar-bericht',
  'herinnering',
  'escalatie',
] as const;

export type Status = (typeof statussen)[number];
export type Resultaat = (typeof resultaten)[number];
export type PogingUitkomst = (typeof pogingUitkomsten)[number];
export type LogboekSoort = (typeof logboekSoorten)[number];

/** A call attempt that did not reach the resident. */
export const isMislukt = (u: PogingUitkomst) => u !== 'bereikt';
