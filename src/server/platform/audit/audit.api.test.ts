import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { DEMO_WACHTWOORD } from '../../modules/organisatie/demo';
import { json, TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { lokaleTijd } from '../calendar/rules';
import type { Config } from '../config';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

describe('audit trail', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const db = env.runtime.db;
    await expect(db.execute(sql`update audit_regel set actie = 'vervalst'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_regel`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_regel`)).rejects.toThrow();
    const res = await beheerder.get('/api/v1/audit?actie=vervalst');
    expect(((await res.json()) as { total: number }).total).toBe(0);
  });

  it('records who, role, action, object and request id, searchable by text and date', async () => {
    const team = await beheerder.post('/api/v1/teams', { naam: 'Archief' });
    const requestId = team.headers.get('x-request-id');
    const { id } = (await team.json()) as { id: string };
    // The search is by Amsterdam date, which between 23:00 and 24:00 UTC is already tomorrow.
    const vandaag = lokaleTijd(new Date()).datum;
    const res = await beheerder.get(`/api/v1/audit?q=team.aangemaakt&van=${vandaag}&tot=${vandaag}`);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    expect(items.find((r) => r.objectId === id)).toMatchObject({
      medewerkerNaam: 'Fatima el Amrani',
      rol: 'functioneel-beheerder',
      actie: 'team.aangemaakt',
      objectType: 'team',
      persoonsgegevens: false,
      requestId,
    });
    const gisteren = await beheerder.get('/api/v1/audit?q=team.aangemaakt&tot=2020-01-01');
    expect(((await gisteren.json()) as { total: number }).total).toBe(0);
  });

  it('rejects an impossible date in the search', async () => {
    expect((await beheerder.get('/api/v1/audit?van=2026-13-01')).status).toBe(400);
  });

  it('is only for the functioneel beheerder', async () => {
    const kcc = await env.login('kcc');
    expect((await kcc.get('/api/v1/audit')).status).toBe(403);
  });
});

interface Regel {
  actie: string;
  objectId: string | null;
  requestId: string | null;
  correlatieId: string | null;
  adres: string | null;
  userAgent: string | null;
}

const auditVan = (query: string) =>
  json<{ items: Regel[]; total: number }>(beheerder.get(`/api/v1/audit?${query}`));

/** A client of this runtime on a TCP connection from `peer`, the way the Node server hands it to the app. */
function vanAdres(peer: string, config: Partial<Config> = {}) {
  const app = createApp({ ...env.runtime, config: { ...env.config, ...config } });
  const socket = {
    remoteAddress: peer,
    remotePort: 50_000,
    remoteFamily: peer.includes(':') ? 'IPv6' : 'IPv4',
  };
  return new TestClient({ request: (pad, init) => app.request(pad, init, { incoming: { socket } }) });
}

const inloggen = (client: TestClient, headers: Record<string, string>) =>
  client.post('/api/v1/sessie', { gebruikersnaam: 'kcc', wachtwoord: DEMO_WACHTWOORD }, headers);

describe('origin of an audit line', () => {
  it("is under a request id of the server, with the caller's X-Request-Id as correlation id", async () => {
    const res = await beheerder.post(
      '/api/v1/teams',
      { naam: 'Correlatie' },
      { 'x-request-id': 'kiss-4711:a.b_c' },
    );
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-correlation-id')).toBe('kiss-4711:a.b_c');
    const { id } = await json<{ id: string }>(res);
    const { items } = await auditVan('actie=team.aangemaakt');
    // The harness calls the app in-process: no socket, so no address.
    expect(items.find((r) => r.objectId === id)).toMatchObject({
      requestId,
      correlatieId: 'kiss-4711:a.b_c',
      adres: null,
    });
    const opId = await auditVan(`q=${requestId}`);
    expect(opId.items.map((r) => r.objectId)).toEqual([id]);
  });

  it.each([
    ['spaces and markup', 'x <script>'],
    ['more than 100 characters', 'a'.repeat(101)],
  ])('drops a malformed X-Request-Id (%s)', async (_, kwaad) => {
    const res = await beheerder.post(
      '/api/v1/teams',
      { naam: `Kwaad ${kwaad.length}` },
      { 'x-request-id': kwaad },
    );
    expect(res.headers.get('x-request-id')).not.toBe(kwaad);
    expect(res.headers.has('x-correlation-id')).toBe(false);
    const { id } = await json<{ id: string }>(res);
    const { items } = await auditVan('actie=team.aangemaakt');
    expect(items.find((r) => r.objectId === id)).toMatchObject({ correlatieId: null });
  });

  it('records the user agent of a login, cut to 300 characters', async () => {
    const userAgent = `Mozilla/5.0 (X11; Linux x86_64) Stadspunt-test ${'x'.repeat(400)}`;
    const res = await inloggen(vanAdres('192.0.2.10'), { 'user-agent': userAgent });
    expect(res.status).toBe(200);
    const { items } = await auditVan('actie=inloggen&adres=192.0.2.10');
    expect(items).toEqual([
      expect.objectContaining({ adres: '192.0.2.10', userAgent: userAgent.slice(0, 300) }),
    ]);
  });

  it('records the TCP peer and ignores X-Forwarded-For when no proxy is trusted', async () => {
    await inloggen(vanAdres('::ffff:192.0.2.20'), { 'x-forwarded-for': '203.0.113.66' });
    expect((await auditVan('actie=inloggen&adres=192.0.2.20')).total).toBe(1);
    expect((await auditVan('adres=203.0.113.66')).total).toBe(0);
  });

  it('records the first address of X-Forwarded-For behind a trusted proxy', async () => {
    const achterProxy = vanAdres('10.0.0.2', { trustProxy: true });
    await inloggen(achterProxy, { 'x-forwarded-for': '203.0.113.77, 10.0.0.1' });
    const { items } = await auditVan('adres=203.0.113.77');
    expect(items.map((r) => r.actie)).toEqual(['inloggen']);
    expect((await auditVan('adres=10.0.0.2')).total).toBe(0);
  });
});

describe('export', () => {
  const BSN = '999993653';

  it('is a CSV of the filter with readable object names and no BSN', async () => {
    const team = await json<{ id: string }>(beheerder.post('/api/v1/teams', { naam: 'Exportteam' }));
    const kcc = await env.login('kcc');
    expect((await kcc.get(`/api/v1/basisregistratie/personen/${BSN}`)).status).toBe(200);
    const persoon = await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { bsn: BSN }));
    await kcc.post(`/api/v1/partijen/${persoon.id}/bsn-inzage`, { reden: `Gebeld, BSN ${BSN} genoemd` });

    const res = await beheerder.get('/api/v1/audit/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="auditlog-.*\.csv"/);
    const tekst = await res.text();
    expect(tekst).not.toContain(BSN);
    const [kop, ...regels] = parse(tekst, { delimiter: ';', bom: true }) as string[][];
    expect(kop).toEqual([
      'Tijdstip',
      'Medewerker',
      'Rol',
      'Actie',
      'Objecttype',
      'Object',
      'Object-id',
      'Persoonsgegevens',
      'Reden',
      'IP-adres',
      'Request-id',
    ]);
    const rij = (actie: string, objectId: string) =>
      regels.find((r) => r[kop.indexOf('Actie')] === actie && r[kop.indexOf('Object-id')] === objectId);
    expect(rij('team.aangemaakt', team.id)?.[kop.indexOf('Object')]).toBe('Exportteam');
    const inzage = rij('partij.bsn-getoond', persoon.id);
    // The person of this BSN in the BRP test set.
    expect(inzage?.[kop.indexOf('Object')]).toBe('Suzanne Moulin');
    expect(inzage?.[kop.indexOf('Reden')]).toBe('Gebeld, BSN *****3653 genoemd');
    expect(regels.some((r) => r[kop.indexOf('Object-id')] === '*****3653')).toBe(true);
    expect(regels[0][kop.indexOf('Tijdstip')]).toMatch(/^\d{2}-\d{2}-\d{4},? \d{2}:\d{2}:\d{2}$/);
  });

  it('names the objects in the screen too, and records the export itself', async () => {
    const { items } = await json<{ items: { actie: string; objectNaam: string | null }[] }>(
      beheerder.get('/api/v1/audit?actie=team.aangemaakt&q=team.aangemaakt'),
    );
    expect(items.map((r) => r.objectNaam)).toContain('Exportteam');
    const export_ = await auditVan('actie=audit.geexporteerd');
    expect(export_.total).toBe(1);
  });

  it('is only for the functioneel beheerder', async () => {
    const kcc = await env.login('kcc');
    expect((await kcc.get('/api/v1/audit/export')).status).toBe(403);
  });
});
