import type { Schema } from '../../api';

export type Zaak = Schema<'Zaak'>;
export type ZaakDetail = Schema<'ZaakMetHistorie'>;
export type Logboekregel = ZaakDetail['logboek'][number];

export const soortTekst: Record<Logboekregel['soort'], string> = {
  aangemaakt: 'Aangemaakt',
  status: 'Status',
  opgepakt: 'Opgepakt',
  toegewezen: 'Toegewezen',
  eigenschap: 'Eigenschap',
  notitie: 'Notitie',
  document: 'Document',
  besluit: 'Besluit',
  opgeschort: 'Opgeschort',
  hervat: 'Hervat',
  verlengd: 'Verlengd',
  gerelateerd: 'Gerelateerd',
  afgesloten: 'Afgesloten',
  herinnering: 'Herinnering',
  escalatie: 'Escalatie',
};

export const archiefnominatieTekst: Record<NonNullable<Zaak['archiefnominatie']>, string> = {
  blijvend_bewaren: 'Blijvend bewaren',
  vernietigen: 'Vernietigen',
};

/** Where the zaak stands in one line, as the agent tells the caller. */
export const standVan = (z: Zaak) =>
  z.einddatum
    ? `Afgesloten${z.resultaatOmschrijving ? `: ${z.resultaatOmschrijving}` : ''}`
    : (z.statusOmschrijving ?? 'Zonder status');
