/** The codes of the Catalogi API (ZGW), as the standard spells them. */
export const vertrouwelijkheden = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type Vertrouwelijkheid = (typeof vertrouwelijkheden)[number];

export const archiefnominaties = ['blijvend_bewaren', 'vernietigen'] as const;
export type Archiefnominatie = (typeof archiefnominaties)[number];

/** How the brondatum of the archive procedure is derived (Open Zaak's afleidingswijzen). */
export const afleidingswijzen = [
  'afgehandeld',
  'ander_datumkenmerk',
  'eigenschap',
  'gerelateerde_zaak',
  'hoofdzaak',
  'ingangsdatum_besluit',
  'termijn',
  'vervaldatum_besluit',
  'zaakobject',
] as const;
export type Afleidingswijze = (typeof afleidingswijzen)[number];

export const roltypenGeneriek = [
  'adviseur',
  'behandelaar',
  'belanghebbende',
  'beslisser',
  'initiator',
  'klantcontacter',
  'zaakcoordinator',
  'mede_initiator',
] as const;
export type RoltypeGeneriek = (typeof roltypenGeneriek)[number];

export const eigenschapFormaten = ['tekst', 'getal', 'datum', 'datum_tijd'] as const;
export type EigenschapFormaat = (typeof eigenschapFormaten)[number];

export const richtingen = ['inkomend', 'intern', 'uitgaand'] as const;
