export interface Zoekresultaat {
  soort: 'persoon' | 'organisatie' | 'contactpersoon';
  partijId: string | null;
  naam: string;
  bsn: string | null;
  kvkNummer: string | null;
  vestigingsnummer: string | null;
  geboortedatum: string | null;
  adres: string | null;
  geheimhouding: boolean;
  bron: string;
  /** Sealed BSN of a person who is no partij yet: opens the card without the number. */
  sleutel: string | null;
}

export interface Contactgegeven {
  id: string;
  soort: 'telefoon' | 'email';
  waarde: string;
  omschrijving: string | null;
}

export interface Partij {
  id: string;
  soort: Zoekresultaat['soort'];
  naam: string;
  bsn: string | null;
  kvkNummer: string | null;
  vestigingsnummer: string | null;
  voorkeurskanaal: string | null;
  versie: number;
  persoon: {
    geboortedatum: string | null;
    geheimhouding: boolean;
    overlijdensdatum: string | null;
    adres: {
      straat: string | null;
      huisnummer: string | null;
      huisletter: string | null;
      toevoeging: string | null;
      postcode: string | null;
      woonplaats: string | null;
    } | null;
  } | null;
  vestiging: {
    handelsnamen: string[];
    straat: string | null;
    huisnummer: number | null;
    postcode: string | null;
    woonplaats: string | null;
  } | null;
  bron: { naam: string; opgehaald: string } | null;
  contactgegevens: Contactgegeven[];
  organisatie: { id: string; naam: string } | null;
  contactpersonen: { id: string; naam: string; contactgegevens: Contactgegeven[] }[];
}

export interface TijdlijnItem {
  type: string;
  id: string;
  tijdstip: string;
  kanaal: string | null;
  titel: string;
  omschrijving: string;
  status: string | null;
  door: string | null;
}

export { kanalen } from '../../../server/modules/klantcontacten/waarden';
export const uitkomsten: { waarde: string; tekst: string }[] = [
  { waarde: 'afgehandeld', tekst: 'Afgehandeld (eerste lijn)' },
  { waarde: 'doorverbonden-gelukt', tekst: 'Doorverbonden, gelukt' },
  { waarde: 'doorverbonden-niet-gelukt', tekst: 'Doorverbonden, niet gelukt' },
  { waarde: 'contactverzoek', tekst: 'Contactverzoek' },
  { waarde: 'zaak', tekst: 'Zaak' },
  { waarde: 'doorverwezen', tekst: 'Doorverwezen naar andere organisatie' },
];
