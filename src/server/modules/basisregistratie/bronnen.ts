import type { AdresSleutel } from '../partijen/sleutels';
import type { Persoon } from './persoon';

/** What a search shows of a person, before anyone opens the full record. */
export interface PersoonKort {
  bsn: string;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  geboortedatum: string | null;
  adres: string | null;
  geheimhouding: boolean;
}

export interface Gelezen<T> {
  gegevens: T;
  bron: string;
  /** When the source delivered this data (a cache may serve older data). */
  opgehaald: Date;
}

/** A BRP behind an adapter: the embedded test set, or Haal Centraal BRP Personen bevragen. */
export interface BrpBron {
  zoekOpBsn(bsn: string): Promise<PersoonKort[]>;
  zoekOpAdres(adres: AdresSleutel): Promise<PersoonKort[]>;
  zoekOpNaam(achternaam: string, geboortedatum?: string): Promise<PersoonKort[]>;
  leesPersoon(bsn: string): Promise<Gelezen<Persoon> | undefined>;
}

export function volledigeNaam(p: Pick<PersoonKort, 'voornamen' | 'voorvoegsel' | 'geslachtsnaam'>): string {
  return [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' ');
}

export function adresRegel(a: {
  straat: string | null;
  huisnummer: string | number | null;
  huisletter: string | null;
  toevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
}): string {
  const nummer = [a.huisnummer, a.huisletter, a.toevoeging ? `-${a.toevoeging}` : '']
    .filter(Boolean)
    .join('');
  return `${[a.straat, nummer].filter(Boolean).join(' ')}, ${[a.postcode, a.woonplaats].filter(Boolean).join(' ')}`;
}
