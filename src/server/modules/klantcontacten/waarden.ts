/** The channels and outcomes of a contact; plain values, shared by the server and the screens. */
export const kanalen = [
  'telefoon',
  'balie',
  'e-mail',
  'post',
  'webformulier',
  'chat',
  'social media',
] as const;
export const uitkomsten = [
  'afgehandeld',
  'doorverbonden-gelukt',
  'doorverbonden-niet-gelukt',
  'contactverzoek',
  'zaak',
  'doorverwezen',
] as const;

export type Kanaal = (typeof kanalen)[number];
export type Uitkomst = (typeof uitkomsten)[number];
