import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as {
    status: number;
    title: string;
    detail: string;
    errors?: { veld: string; melding: string }[];
  };
}

async function aantalTeams() {
  return ((await (await beheerder.get('/api/v1/teams')).json()) as { total: number }).total;
}

describe('bad input never gives 500 and writes nothing', () => {
  it('malformed JSON → 400', async () => {
    const voor = await aantalTeams();
    const res = await beheerder.post('/api/v1/teams', '{"naam": "Half');
    expect(res.status).toBe(400);
    expect((await problem(res)).detail).toBe('De body is geen geldige JSON.');
    expect(await aantalTeams()).toBe(voor);
  });

  it('wrong types → 400 with the field', async () => {
    const res = await beheerder.post('/api/v1/teams', { naam: 42 });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([
      { veld: 'naam', melding: expect.stringMatching(/verwacht/) },
    ]);
  });

  it('a too-long field says so in plain Dutch, with the name of the field', async () => {
    const kcc = await env.login('kcc');
    const zoek = await kcc.get(`/api/v1/partijen/zoeken?q=${'a'.repeat(255)}`);
    expect(zoek.status).toBe(400);
    expect((await problem(zoek)).errors).toEqual([
      { veld: 'q', melding: 'Zoektekst is te lang: maximaal 254 tekens' },
    ]);
    const team = await beheerder.post('/api/v1/teams', { naam: 'Sport', omschrijving: 'x'.repeat(501) });
    expect((await problem(team)).errors).toEqual([
      { veld: 'omschrijving', melding: 'Omschrijving is te lang: maximaal 500 tekens' },
    ]);
  });

  it('unknown fields → 400 naming each field', async () => {
    const res = await beheerder.post('/api/v1/teams', { naam: 'Sport', budget: 1 });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([{ veld: 'budget', melding: 'Dit veld is onbekend.' }]);
  });

  it('a NUL or a lone surrogate half in the body or the query → 400 naming the field, not a 500 (found by the fuzzer)', async () => {
    const voor = await aantalTeams();
    for (const naam of ['Sport\u0000', 'Sport\ud800']) {
      const res = await beheerder.post('/api/v1/teams', { naam });
      expect(res.status).toBe(400);
      expect((await problem(res)).errors).toEqual([
        { veld: 'naam', melding: expect.stringMatching(/nulteken/) },
      ]);
    }
    expect(await aantalTeams()).toBe(voor);
    const zoek = await beheerder.get('/api/v1/teams?q=Sport%00');
    expect(zoek.status).toBe(400);
    expect((await problem(zoek)).errors).toEqual([{ veld: 'q', melding: expect.stringMatching(/nulteken/) }]);
    expect((await beheerder.post('/api/v1/teams', { naam: 'Sport 🏅' })).status).toBe(201);
  });

  it('a version beyond what a version column holds → 400, not a 500 (found by the fuzzer)', async () => {
    const team = (await (await beheerder.post('/api/v1/teams', { naam: 'Versies' })).json()) as {
      id: string;
    };
    const res = await beheerder.patch(`/api/v1/teams/${team.id}`, {
      naam: 'Anders',
      versie: Number.MAX_SAFE_INTEGER,
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([{ veld: 'versie', melding: 'Deze versie bestaat niet.' }]);
  });

  it('a body over 1 MB → 413', async () => {
    const res = await beheerder.post('/api/v1/teams', { naam: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect((await problem(res)).detail).toBe('De body is groter dan 1 MB.');
  });

  it('impossible dates → 400', async () => {
    const res = await beheerder.post('/api/v1/kalender/sluitingsdagen', {
      datum: '2026-02-30',
      omschrijving: 'Bestaat niet',
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0].veld).toBe('datum');
  });

  it('unknown and malformed ids → 404 and 400', async () => {
    expect((await beheerder.get('/api/v1/teams/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const res = await beheerder.get('/api/v1/teams/abc');
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0].veld).toBe('id');
  });

  it('a missing body → 400, not 500', async () => {
    const res = await beheerder.request('POST', '/api/v1/teams', undefined, {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('pageSize above 100 → 400', async () => {
    const res = await beheerder.get('/api/v1/teams?pageSize=101');
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0].veld).toBe('pageSize');
  });

  it('an unknown API path → 404 problem', async () => {
    expect((await problem(await beheerder.get('/api/v1/bestaat-niet'))).status).toBe(404);
  });
});

describe('platform', () => {
  it('puts a request id on every response, also on errors', async () => {
    const ok = await beheerder.get('/api/v1/teams');
    const fout = await env.anoniem().get('/api/v1/teams');
    expect(ok.headers.get('x-request-id')).toMatch(/.{8,}/);
    expect(fout.headers.get('x-request-id')).toMatch(/.{8,}/);
    expect(ok.headers.get('x-request-id')).not.toBe(fout.headers.get('x-request-id'));
  });

  it('is ready when the database is reachable and migrations are current', async () => {
    const res = await env.anoniem().get('/health/ready');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { migraties: { toegepast: number; verwacht: number } };
    expect(body.migraties.toegepast).toBe(body.migraties.verwacht);
    expect((await env.anoniem().get('/health/live')).status).toBe(200);
  });

  it('publishes an OpenAPI 3.1 document with the access rule of every operation', async () => {
    const doc = (await (await env.anoniem().get('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { 'x-toegang'?: unknown }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/teams'].post['x-toegang']).toEqual(['functioneel-beheerder']);
    expect(doc.paths['/api/v1/kalender/termijn'].get['x-toegang']).toBe('publiek');
    const docs = await env.anoniem().get('/api/v1/docs');
    expect(await docs.text()).toContain('/api/v1/medewerkers/{id}/wachtwoord-reset');
  });
});
