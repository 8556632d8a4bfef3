import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { parsePersoonslijsten } from '../modules/basisregistratie/brp-testset';
import type { HcPersoon } from '../modules/basisregistratie/haal-centraal';
import { type Naam, type Persoon, persoonVan } from '../modules/basisregistratie/persoon';

const hcNaam = (n: Naam) => ({
  burgerservicenummer: n.bsn ?? undefined,
  naam: {
    voornamen: n.voornamen ?? undefined,
    voorvoegsel: n.voorvoegsel ?? undefined,
    geslachtsnaam: n.geslachtsnaam ?? undefined,
  },
  geboorte: n.geboortedatum ? { datum: { type: 'Datum', datum: n.geboortedatum } } : undefined,
});

function hcPersoon(p: Persoon): HcPersoon {
  return {
    ...hcNaam(p),
    geslacht: p.geslacht ? { code: p.geslacht } : undefined,
    geheimhoudingPersoonsgegevens: p.geheimhouding || undefined,
    verblijfplaats: p.adres
      ? {
          verblijfadres: {
            officieleStraatnaam: p.adres.straat ?? undefined,
            huisnummer: p.adres.huisnummer ? Number(p.adres.huisnummer) : undefined,
            huisletter: p.adres.huisletter ?? undefined,
            huisnummertoevoeging: p.adres.toevoeging ?? undefined,
            postcode: p.adres.postcode ?? undefined,
            woonplaats: p.adres.woonplaats ?? undefined,
          },
        }
      : undefined,
    partners: p.partners.map((x) => ({
      ...hcNaam(x),
      soortVerbintenis: x.soortVerbintenis ? { code: x.soortVerbintenis } : undefined,
    })),
    kinderen: p.kinderen.map(hcNaam),
  };
}

/**
 * A stand-in for Haal Centraal BRP Personen bevragen over the RvIG test set, on loopback:
 * the four query types Stadspunt uses, with API-key check and a call counter.
 */
export async function startBrpMock(apiKey: string) {
  const csv = readFileSync(
    new URL('../modules/basisregistratie/testset/brp-testset-gba-v-20220502.csv', import.meta.url),
    'utf8',
  );
  const personen = parsePersoonslijsten(csv).flatMap((l) =>
    l.bsn ? [persoonVan({ ...l, bsn: l.bsn })] : [],
  );
  const verzoeken: { type: string }[] = [];
  const app = new Hono();
  app.post('/personen', async (c) => {
    if (c.req.header('x-api-key') !== apiKey) return c.json({ title: 'Niet geautoriseerd' }, 401);
    const v = (await c.req.json()) as Record<string, unknown> & { type: string };
    verzoeken.push(v);
    const treffers = personen.filter((p) => {
      if (v.type === 'RaadpleegMetBurgerservicenummer')
        return (v.burgerservicenummer as string[]).includes(p.bsn);
      if (v.type === 'ZoekMetPostcodeEnHuisnummer')
        return p.adres?.postcode === v.postcode && Number(p.adres?.huisnummer) === v.huisnummer;
      if (v.type === 'ZoekMetGeslachtsnaamEnGeboortedatum') {
        return (
          p.geslachtsnaam?.toLowerCase() === String(v.geslachtsnaam).toLowerCase() &&
          p.geboortedatum === v.geboortedatum
        );
      }
      return false;
    });
    return c.json({ type: v.type, personen: treffers.map(hcPersoon) });
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    verzoeken,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
