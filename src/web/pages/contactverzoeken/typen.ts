import type { Schema } from '../../api';
import { datum } from '../../datum';

export {
  pogingUitkomsten,
  resultaten,
  voorkeurstijden,
} from '../../../server/modules/contactverzoeken/waarden';

export type Contactverzoek = Schema<'Contactverzoek'>;
export type ContactverzoekDetail = Schema<'ContactverzoekMetLogboek'>;
export type Logboekregel = ContactverzoekDetail['logboek'][number];
type PogingUitkomst = NonNullable<Logboekregel['uitkomst']>;
type Resultaat = NonNullable<Contactverzoek['resultaat']>;
export type Voorkeurstijd = Contactverzoek['voorkeurstijd'];

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

export const voorkeurstijdTekst: Record<Voorkeurstijd, string> = {
  geen: 'Geen voorkeur',
  ochtend: "'s Ochtends",
  middag: "'s Middags",
  avond: "'s Avonds",
};

export const soortTekst: Record<Logboekregel['soort'], string> = {
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
