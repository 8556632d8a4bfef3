import type { Antwoord, Schema } from '../../api';
import type { Optie } from '../../components/velden';

export type Zoekresultaat = Schema<'Zoekresultaat'>;
export type Partij = Schema<'Partij'>;
export type Zoeksoort = Antwoord<'/partijen/zoeken'>['zoeksoort'];
export type Klantcontact = Schema<'Klantcontact'>;
export type Kanaal = Klantcontact['kanaal'];
export type Uitkomst = Klantcontact['vragen'][number]['uitkomst'];

export { kanalen } from '../../../server/modules/klantcontacten/waarden';
export const uitkomsten: Optie<Uitkomst>[] = [
  { waarde: 'afgehandeld', tekst: 'Afgehandeld (eerste lijn)' },
  { waarde: 'doorverbonden-gelukt', tekst: 'Doorverbonden, gelukt' },
  { waarde: 'doorverbonden-niet-gelukt', tekst: 'Doorverbonden, niet gelukt' },
  { waarde: 'contactverzoek', tekst: 'Contactverzoek' },
  { waarde: 'zaak', tekst: 'Zaak' },
  { waarde: 'doorverwezen', tekst: 'Doorverwezen naar andere organisatie' },
];
