import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrpMock } from '../../testing/brp-mock';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let brp: Awaited<ReturnType<typeof startBrpMock>>;
let env: TestOmgeving;
let kcc: TestClient;

beforeAll(async () => {
  brp = await startBrpMock('sleutel-voor-de-test');
  env = await testOmgeving({ brpApi: { url: brp.url, apiKey: 'sleutel-voor-de-test', cacheMinuten: 15 } });
  kcc = await env.login('kcc');
});
afterAll(async () => {
  await env?.stop();
  await brp?.stop();
});

const zoek = async (q: string) =>
  (
    (await (await kcc.get(`/api/v1/partijen/zoeken?q=${encodeURIComponent(q)}`)).json()) as {
      items: { naam: string; bsn: string }[];
    }
  ).items;

describe('Haal Centraal BRP Personen bevragen adapter', () => {
  it('searches by BSN, by postcode and house number, and by surname with birth date', async () => {
    expect((await zoek('999993653')).map((r) => r.naam)).toEqual(['Suzanne Moulin']);
    expect((await zoek('3077AW 31')).map((r) => r.bsn)).toContain('*****3653');
    expect((await zoek('Moulin 01-12-1985')).map((r) => r.bsn)).toEqual(['*****3653']);
    const soorten = brp.verzoeken.map((v) => v.type);
    expect(soorten).toEqual(
      expect.arrayContaining([
        'RaadpleegMetBurgerservicenummer',
        'ZoekMetPostcodeEnHuisnummer',
        'ZoekMetGeslachtsnaamEnGeboortedatum',
      ]),
    );
  });

  it('shows the card from the API, says so, and serves it from the cache until it is too old', async () => {
    const { id } = (await (await kcc.post('/api/v1/partijen/personen', { bsn: '999993653' })).json()) as {
      id: string;
    };
    const raadplegingen = () =>
      brp.verzoeken.filter((v) => v.type === 'RaadpleegMetBurgerservicenummer').length;
    const voor = raadplegingen();
    const kaart = (await (await kcc.get(`/api/v1/partijen/${id}`)).json()) as {
      bron: { naam: string };
      persoon: { adres: { postcode: string } };
    };
    expect(kaart.bron.naam).toContain('Haal Centraal');
    expect(kaart.persoon.adres.postcode).toBe('3077AW');
    await kcc.get(`/api/v1/partijen/${id}`);
    expect(raadplegingen()).toBe(voor);
    env.clock.now = new Date(Date.now() + 16 * 60_000);
    try {
      await (await env.login('kcc')).get(`/api/v1/partijen/${id}`);
      expect(raadplegingen()).toBe(voor + 1);
    } finally {
      env.clock.now = new Date();
    }
  });

  it('answers 502 in Dutch when the BRP is down, never 500', async () => {
    await brp.stop();
    const res = await kcc.get('/api/v1/partijen/zoeken?q=999990639');
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ detail: expect.stringContaining('niet bereikbaar') });
  });
});
