export const rollen = [
  {
    code: 'kcc-medewerker',
    naam: 'KCC-medewerker',
    omschrijving: 'Beantwoordt vragen via alle kanalen en registreert contacten.',
  },
  {
    code: 'backoffice-medewerker',
    naam: 'Backoffice-medewerker',
    omschrijving: 'Werkt de werkvoorraad van het team af.',
  },
  { code: 'key-user', naam: 'Key user', omschrijving: 'Bewaakt de werkvoorraad en termijnen van het team.' },
  { code: 'teamleider', naam: 'Teamleider', omschrijving: 'Stuurt op dashboards en managementrapportages.' },
  { code: 'redacteur', naam: 'Redacteur', omschrijving: 'Beheert producten en kennisbankartikelen.' },
  {
    code: 'verbetermanager',
    naam: 'Verbetermanager',
    omschrijving: 'Pakt contacten op die beter hadden gekund.',
  },
  {
    code: 'functioneel-beheerder',
    naam: 'Functioneel beheerder',
    omschrijving: 'Beheert teams, medewerkers, rollen en kalender.',
  },
] as const;

export type Rol = (typeof rollen)[number]['code'];
export const rolCodes = rollen.map((r) => r.code) as [Rol, ...Rol[]];

/** Who is calling: an employee (session) or a system client (API token). */
export interface Actor {
  soort: 'medewerker' | 'systeem';
  id: string | null;
  naam: string;
  rollen: readonly Rol[];
  teamIds: readonly string[];
  alleenLezen: boolean;
  requestId: string;
}

/** Who may call a route: roles, any logged-in caller, system tokens, or anyone. */
export type Toegang = readonly Rol[] | 'ingelogd' | 'publiek';

export function systeemActor(naam: string, requestId: string): Actor {
  return { soort: 'systeem', id: null, naam, rollen: [], teamIds: [], alleenLezen: false, requestId };
}
