/** What the history of a zaak records; the zaak's timeline shows each line. */
export const logboekSoorten = [
  'aangemaakt',
  'status',
  'opgepakt',
  'toegewezen',
  'eigenschap',
  'notitie',
  'document',
  'besluit',
  'opgeschort',
  'hervat',
  'verlengd',
  'gerelateerd',
  'afgesloten',
  'herinnering',
  'escalatie',
] as const;
export type LogboekSoort = (typeof logboekSoorten)[number];

export const archiefstatussen = [
  'nog_te_archiveren',
  'gearchiveerd',
  'gearchiveerd_procestermijn_onbekend',
  'overgedragen',
] as const;

/** Zaak-to-zaak relations of the Zaken API. */
export const relatieAarden = ['vervolg', 'onderwerp', 'bijdrage'] as const;

/** How a closed zaak did against its promise: the servicenorm, or the legal limit. */
export const zaaknormen = [
  'servicenorm-gehaald',
  'servicenorm-gemist',
  'termijn-gehaald',
  'termijn-gemist',
] as const;
