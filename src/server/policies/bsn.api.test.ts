import { inflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standaardClient } from '../modules/klantinteracties/contract';
import { rijen } from '../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../testing/harness';
import { type Omgeving, voorbeelden } from '../testing/routevoorbeelden';

/**
 * Privacy by default: no answer to an employee carries a full BSN, except the audited reveal.
 * Walks every GET route of the internal API and the Klantinteracties API with demo data, as
 * every kind of employee, and scans the bodies (spreadsheets and PDFs unpacked) for any BSN
 * of the basisregistratie.
 */
let env: TestOmgeving;
let o: Omgeving;
let bsns: Set<string>;
const medewerkers: { naam: string; client: TestClient; id: string }[] = [];

beforeAll(async () => {
  env = await testOmgeving();
  const beheerder = await env.login('beheerder');
  const teams = await teamsOpNaam(beheerder);
  o = { env, teams: { A: teams.Belastingen, B: teams.Vergunningen, KCC: teams.KCC } };
  bsns = new Set(
    (await rijen<{ bsn: string }>(env.runtime.db, sql`select bsn from brp_persoonslijst`)).map((r) => r.bsn),
  );
  for (const naam of ['kcc', 'backoffice', 'keyuser', 'teamleider', 'beheerder']) {
    const [{ id }] = await rijen<{ id: string }>(
      env.runtime.db,
      sql`select id from medewerker where gebruikersnaam = ${naam}`,
    );
    medewerkers.push({ naam, client: await env.login(naam), id });
  }
}, 120_000);
afterAll(() => env?.stop());

/** The text of a body: JSON and HTML as they are, spreadsheets cell by cell, PDFs stream by stream. */
async function tekstVan(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await res.arrayBuffer());
  if (type.includes('spreadsheetml')) {
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(bytes as never);
    const cellen: string[] = [];
    boek.eachSheet((blad) => blad.eachRow((rij) => rij.eachCell((cel) => cellen.push(String(cel.text)))));
    return cellen.join('\n');
  }
  if (type.includes('pdf')) {
    const stukken = bytes
      .toString('latin1')
      .split(/stream\r?\n/)
      .slice(1);
    return stukken
      .map((stuk) => {
        try {
          return inflateSync(Buffer.from(stuk.split('endstream')[0], 'latin1')).toString('latin1');
        } catch {
          return stuk;
        }
      })
      .join('\n');
  }
  return bytes.toString('utf8');
}

const gevondenIn = (tekst: string) =>
  [...tekst.matchAll(/\d{9}/g)].map((m) => m[0]).filter((n) => bsns.has(n));

async function getRoutes(): Promise<string[]> {
  const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(
    env.anoniem().get('/api/v1/openapi.json'),
  );
  return Object.entries(doc.paths).flatMap(([pad, ops]) => ('get' in ops ? [`GET ${pad}`] : []));
}

const zoekvragen = ['999993653', '3077AW 31', 'Moulin 1-12-1985', 'Moulin', 'Bakker'];
const kiPaden = [
  '/partijen?expand=digitaleAdressen,betrokkenen',
  '/partij-identificatoren',
  '/partijen?partijIdentificator__objectId=999993653',
  '/klantcontacten?expand=hadBetrokkenen,leiddeTotInterneTaken',
  '/betrokkenen?expand=hadKlantcontact',
  '/internetaken',
  '/actoren',
];

describe('the BSN leaves the server masked', () => {
  it('the scan itself finds a BSN where one is sent: the reveal and a token with the personal-data scope', async () => {
    const kcc = medewerkers[0].client;
    const zoek = await json<{ items: { partijId: string | null; sleutel: string | null }[] }>(
      kcc.get('/api/v1/partijen/zoeken?q=999993653'),
    );
    const [gevonden] = zoek.items;
    const id =
      gevonden.partijId ??
      (await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { sleutel: gevonden.sleutel }))).id;
    const inzage = await kcc.post(`/api/v1/partijen/${id}/bsn-inzage`, { reden: 'Controle van de scan' });
    expect(gevondenIn(await tekstVan(inzage))).toEqual(['999993653']);
    const kiss = await standaardClient(env, 'kiss-persoonsgegevens');
    const ki = await kiss.get('/partijen?partijIdentificator__objectId=999993653');
    expect(JSON.stringify(ki.body)).toContain('999993653');
  });

  it('no GET route of the internal API or the Klantinteracties API sends one to an employee', async () => {
    // The card of a person with contactverzoeken is open for the agent: the widest view it has.
    const kcc = medewerkers[0].client;
    const [kaart] = await rijen<{ id: string }>(
      env.runtime.db,
      sql`select p.id from partij p join contactverzoek c on c.partij_id = p.id where p.bsn is not null limit 1`,
    );
    await kcc.get(`/api/v1/partijen/${kaart.id}`);
    const routes = await getRoutes();
    const lekken: string[] = [];
    let bekeken = 0;
    for (const route of routes) {
      const voorbeeld = voorbeelden[route];
      expect(voorbeeld, `geen voorbeeld voor ${route}`).toBeDefined();
      for (const mw of medewerkers) {
        const urls = [
          (await voorbeeld.maak(o, 'eigen', mw)).url,
          ...(route === 'GET /api/v1/partijen/zoeken'
            ? zoekvragen.map((q) => `/api/v1/partijen/zoeken?q=${encodeURIComponent(q)}`)
            : []),
          ...(route === 'GET /api/v1/partijen/{id}' ? [`/api/v1/partijen/${kaart.id}`] : []),
          ...(route === 'GET /api/v1/contactverzoeken'
            ? [`/api/v1/contactverzoeken?partijId=${kaart.id}`]
            : []),
        ];
        for (const url of urls) {
          const res = await mw.client.get(url);
          bekeken++;
          const gevonden = gevondenIn(await tekstVan(res));
          if (gevonden.length) lekken.push(`${mw.naam} ${url}: ${gevonden.slice(0, 3).join(', ')}`);
        }
      }
    }
    for (const mw of medewerkers)
      for (const pad of kiPaden) {
        const res = await mw.client.get(`/klantinteracties/api/v1${pad}`);
        bekeken++;
        const gevonden = gevondenIn(await tekstVan(res));
        if (gevonden.length) lekken.push(`${mw.naam} KI ${pad}: ${gevonden.slice(0, 3).join(', ')}`);
      }
    const kiss = await standaardClient(env, 'kiss-zonder-persoonsgegevens', true);
    for (const pad of kiPaden) {
      const res = await kiss.get(pad);
      const gevonden = gevondenIn(JSON.stringify(res.body));
      if (gevonden.length) lekken.push(`API-token zonder scope persoonsgegevens KI ${pad}: ${gevonden[0]}`);
    }
    expect(lekken).toEqual([]);
    expect(bekeken).toBeGreaterThan(routes.length * medewerkers.length);
  }, 300_000);
});
