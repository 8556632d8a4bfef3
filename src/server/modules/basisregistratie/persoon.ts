import type { Actor } from '../../platform/auth/rollen';
import { bsnVoor } from '../../policies';
import type { Persoonslijst } from './brp-testset';
import { categorie, type Elementen } from './gba';

export interface Naam {
  bsn: string | null;
  voornamen: string | null;
  voorvoegsel: string | null;
  geslachtsnaam: string | null;
  geboortedatum: string | null;
}

export interface Adres {
  straat: string | null;
  huisnummer: string | null;
  huisletter: string | null;
  toevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
}

export interface Persoon extends Naam {
  bsn: string;
  geslacht: string | null;
  geheimhouding: boolean;
  overlijdensdatum: string | null;
  adres: Adres | null;
  partners: (Naam & { soortVerbintenis: string | null; ontbonden: boolean })[];
  kinderen: Naam[];
  reisdocumenten: {
    soort: string | null;
    nummer: string | null;
    uitgifte: string | null;
    eindeGeldigheid: string | null;
  }[];
}

/** GBA dates are yyyymmdd with 00 for unknown parts; only full dates become ISO dates. */
export function gbaDatum(waarde: string | null | undefined): string | null {
  const m = waarde?.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m || m[2] === '00' || m[3] === '00') return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const v = (e: Elementen | undefined, code: string) => e?.[code] ?? null;

function naam(e: Elementen): Naam {
  return {
    bsn: v(e, '01.20'),
    voornamen: v(e, '02.10'),
    voorvoegsel: v(e, '02.30'),
    geslachtsnaam: v(e, '02.40'),
    geboortedatum: gbaDatum(e['03.10']),
  };
}

function adres(e: Elementen | undefined): Adres | null {
  if (!e?.['11.60']) return null;
  return {
    straat: v(e, '11.10'),
    huisnummer: v(e, '11.20'),
    huisletter: v(e, '11.30'),
    toevoeging: v(e, '11.40'),
    postcode: v(e, '11.60'),
    woonplaats: v(e, '11.70'),
  };
}

/** The current state of a persoonslijst, as the KCC needs it. */
export function persoonVan(lijst: Pick<Persoonslijst, 'rijen'> & { bsn: string }): Persoon {
  const actueel = (nummer: number) => categorie(lijst, nummer).map((c) => c.actueel);
  const [persoon = {}] = actueel(1);
  const [inschrijving] = actueel(7);
  return {
    ...naam(persoon),
    bsn: lijst.bsn,
    geslacht: v(persoon, '04.10'),
    geheimhouding: Number(inschrijving?.['70.10'] ?? 0) > 0,
    overlijdensdatum: gbaDatum(actueel(6)[0]?.['08.10']),
    adres: adres(actueel(8)[0]),
    partners: actueel(5).map((p) => ({
      ...naam(p),
      soortVerbintenis: v(p, '15.10'),
      ontbonden: Boolean(p['07.10']),
    })),
    kinderen: actueel(9).map(naam),
    reisdocumenten: actueel(12).map((r) => ({
      soort: v(r, '35.10'),
      nummer: v(r, '35.20'),
      uitgifte: gbaDatum(r['35.30']),
      eindeGeldigheid: gbaDatum(r['35.50']),
    })),
  };
}

/** A person as this actor may see it: the BSNs of the person, partners and children masked. */
export function persoonVoor<P extends Persoon>(actor: Actor, p: P): P {
  return {
    ...p,
    bsn: bsnVoor(actor, p.bsn),
    partners: p.partners.map((x) => ({ ...x, bsn: bsnVoor(actor, x.bsn) })),
    kinderen: p.kinderen.map((x) => ({ ...x, bsn: bsnVoor(actor, x.bsn) })),
  };
}
