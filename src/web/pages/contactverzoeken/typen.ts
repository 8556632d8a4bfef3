import type {
  LogboekSoort,
  PogingUitkomst,
  Resultaat,
  Status,
} from '../../../server/modules/contactverzoeken/waarden';
import { datum } from '../../datum';

export {
  pogingUitkomsten,
  resultaten,
  voorkeurstijden,
} from '../../../server/modules/contactverzoeken/waarden';

export interface Contactverzoek {
  id: string;
  nummer: string;
  partijId: string | null;
  partijNaam: string | null;
  klantcontactId: string | null;
  teamId: string;
  teamNaam: string;
  medewerkerId: string | null;
  medewerkerNaam: string | null;
  productId: string | null;
  onderwerp: string;
  vraag: string;
  toelichting: string;
  naam: string | null;
  telefoon: string | null;
  email: string | null;
  voorkeurstijd: string;
  urgent: boolean;
  status: Status;
  ontvangen: string;
  deadline: string;
  termijn: string;
  teLaat: boolean;
  /** A task of another system for a department no team is linked to yet: waits in the KCC queue. */
  wachtOpKoppeling: boolean;
  /** volledig: with the team's notes; status: without (outside the team). */
  niveau: 'volledig' | 'status';
  /** What this employee may do with it; the screens offer only that. */
  mag: { behandelen: boolean; toewijzen: boolean };
  pogingen: number;
  mislukt: number;
  resultaat: Resultaat | null;
  afgehandeld: string | null;
  versie: number;
}

export interface Logboekregel {
  id: number;
  tijdstip: string;
  soort: LogboekSoort;
  medewerkerNaam: string;
  uitkomst: PogingUitkomst | null;
  tekst: string;
}

export interface ContactverzoekDetail extends Contactverzoek {
  logboek: Logboekregel[];
}

export const uitkomstTekst: Record<PogingUitkomst, string> = {
  bereikt: 'Bereikt',
  'niet-bereikt': 'Niet bereikt',
  'voicemail-ingesproken': 'Voicemail ingesproken',
  'verkeerd-nummer': 'Verkeerd nummer',
};

export const resultaatTekst: Record<Resultaat, string> = {
  beantwoord: 'Beantwoord',
  'zaak-aangemaakt': 'Zaak aangemaakt',
  doorverwezen: 'Doorverwezen',
  'niet-bereikbaar': 'Niet bereikbaar',
};

export const voorkeurstijdTekst: Record<string, string> = {
  geen: 'Geen voorkeur',
  ochtend: "'s Ochtends",
  middag: "'s Middags",
  avond: "'s Avonds",
};

export const soortTekst: Record<LogboekSoort, string> = {
  aangemaakt: 'Aangemaakt',
  geclaimd: 'Opgepakt',
  toegewezen: 'Toegewezen',
  poging: 'Belpoging',
  notitie: 'Notitie',
  doorgestuurd: 'Doorgestuurd',
  'termijn-gewijzigd': 'Termijn gewijzigd',
  afgehandeld: 'Afgehandeld',
  'bevestiging-verstuurd': 'Bevestiging verstuurd',
  'niet-bereikbaar-bericht': 'Bericht: niet bereikbaar',
  herinnering: 'Herinnering',
  escalatie: 'Escalatie',
};

/** The reference number and deadline, as the agent reads them to the resident. */
export const verzoekTekst = (c: Contactverzoek) =>
  `Contactverzoek ${c.nummer} voor ${c.teamNaam}, uiterlijk ${datum(c.deadline)} (${c.termijn}).`;
