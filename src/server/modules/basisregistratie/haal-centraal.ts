import { eq } from 'drizzle-orm';
import type { BrpApiConfig } from '../../platform/config';
import type { Queryable } from '../../platform/db/client';
import { ProblemError } from '../../platform/http/problem';
import type { AdresSleutel } from '../partijen/sleutels';
import { adresRegel, type BrpBron, type PersoonKort } from './bronnen';
import type { Naam, Persoon } from './persoon';
import { brpCache } from './schema';

export const HAAL_CENTRAAL_BRON = 'BRP (Haal Centraal BRP Personen bevragen)';

/** The parts of a Haal Centraal persoon that Stadspunt reads. */
interface HcNaam {
  burgerservicenummer?: string;
  naam?: { voornamen?: string; voorvoegsel?: string; geslachtsnaam?: string };
  geboorte?: { datum?: { datum?: string } };
}
export interface HcPersoon extends HcNaam {
  geslacht?: { code?: string };
  geheimhoudingPersoonsgegevens?: boolean;
  overlijden?: { datum?: { datum?: string } };
  verblijfplaats?: {
    verblijfadres?: {
      officieleStraatnaam?: string;
      huisnummer?: number;
      huisletter?: string;
      huisnummertoevoeging?: string;
      postcode?: string;
      woonplaats?: string;
    };
  };
  partners?: (HcNaam & { soortVerbintenis?: { code?: string }; ontbindingHuwelijkPartnerschap?: unknown })[];
  kinderen?: HcNaam[];
}

const KORT = ['burgerservicenummer', 'naam', 'geboorte', 'verblijfplaats', 'geheimhoudingPersoonsgegevens'];
const VOLLEDIG = [...KORT, 'geslacht', 'overlijden', 'partners', 'kinderen'];

function naamVan(p: HcNaam): Naam {
  return {
    bsn: p.burgerservicenummer ?? null,
    voornamen: p.naam?.voornamen ?? null,
    voorvoegsel: p.naam?.voorvoegsel ?? null,
    geslachtsnaam: p.naam?.geslachtsnaam ?? null,
    geboortedatum: p.geboorte?.datum?.datum ?? null,
  };
}

export function persoonUitHc(p: HcPersoon): Persoon {
  const a = p.verblijfplaats?.verblijfadres;
  return {
    ...naamVan(p),
    bsn: p.burgerservicenummer ?? '',
    geslacht: p.geslacht?.code ?? null,
    geheimhouding: p.geheimhoudingPersoonsgegevens ?? false,
    overlijdensdatum: p.overlijden?.datum?.datum ?? null,
    adres: a
      ? {
          straat: a.officieleStraatnaam ?? null,
          huisnummer: a.huisnummer === undefined ? null : String(a.huisnummer),
          huisletter: a.huisletter ?? null,
          toevoeging: a.huisnummertoevoeging ?? null,
          postcode: a.postcode ?? null,
          woonplaats: a.woonplaats ?? null,
        }
      : null,
    partners: (p.partners ?? []).map((x) => ({
      ...naamVan(x),
      soortVerbintenis: x.soortVerbintenis?.code ?? null,
      ontbonden: Boolean(x.ontbindingHuwelijkPartnerschap),
    })),
    kinderen: (p.kinderen ?? []).map(naamVan),
    // Travel documents come from a separate API (Reisdocumenten bevragen), not from Personen.
    reisdocumenten: [],
  };
}

function kort(p: HcPersoon): PersoonKort {
  const persoon = persoonUitHc(p);
  return { ...persoon, adres: persoon.adres ? adresRegel(persoon.adres) : null };
}

/** Haal Centraal BRP Personen bevragen (v2) over HTTP, with a read-through cache for full persons. */
export function haalCentraalBrp(config: BrpApiConfig, db: Queryable, nu: () => Date): BrpBron {
  async function vraag(body: Record<string, unknown>): Promise<HcPersoon[]> {
    let res: Response;
    try {
      res = await fetch(`${config.url}/personen`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(config.apiKey ? { 'x-api-key': config.apiKey } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new ProblemError(
        502,
        'BRP niet bereikbaar',
        'De BRP is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
      );
    }
    if (!res.ok)
      throw new ProblemError(502, 'BRP gaf een fout', `De BRP antwoordde met status ${res.status}.`);
    return ((await res.json()) as { personen?: HcPersoon[] }).personen ?? [];
  }

  return {
    zoekOpBsn: async (bsn) =>
      (
        await vraag({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: KORT })
      ).map(kort),
    zoekOpAdres: async (a: AdresSleutel) => {
      const letter =
        a.toevoeging && /^[A-Z]$/.test(a.toevoeging)
          ? { huisletter: a.toevoeging }
          : a.toevoeging
            ? { huisnummertoevoeging: a.toevoeging }
            : {};
      return (
        await vraag({
          type: 'ZoekMetPostcodeEnHuisnummer',
          postcode: a.postcode,
          huisnummer: a.huisnummer,
          ...letter,
          fields: KORT,
        })
      ).map(kort);
    },
    // The BRP only searches a surname together with a birth date (or first names and municipality).
    zoekOpNaam: async (achternaam, geboortedatum) =>
      geboortedatum
        ? (
            await vraag({
              type: 'ZoekMetGeslachtsnaamEnGeboortedatum',
              geslachtsnaam: achternaam,
              geboortedatum,
              fields: KORT,
            })
          ).map(kort)
        : [],
    async leesPersoon(bsn) {
      const [cache] = await db.select().from(brpCache).where(eq(brpCache.bsn, bsn));
      const vers = cache && nu().getTime() - cache.opgehaald.getTime() < config.cacheMinuten * 60_000;
      if (vers)
        return {
          gegevens: persoonUitHc(cache.gegevens as HcPersoon),
          bron: HAAL_CENTRAAL_BRON,
          opgehaald: cache.opgehaald,
        };
      const [p] = await vraag({
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: [bsn],
        fields: VOLLEDIG,
      });
      if (!p) return undefined;
      const opgehaald = nu();
      await db
        .insert(brpCache)
        .values({ bsn, gegevens: p, opgehaald })
        .onConflictDoUpdate({ target: brpCache.bsn, set: { gegevens: p, opgehaald } });
      return { gegevens: persoonUitHc(p), bron: HAAL_CENTRAAL_BRON, opgehaald };
    },
  };
}
