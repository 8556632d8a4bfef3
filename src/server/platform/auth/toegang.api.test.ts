import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { createApiToken } from './api-tokens/create-api-token';
import { BLOKKADE_MINUTEN, MAX_POGINGEN, SESSIE_UREN } from './login';
import { systeemActor } from './rollen';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

describe('inloggen', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the employee with a CSRF token', async () => {
    const client = env.anoniem();
    const res = await client.post('/api/v1/sessie', {
      gebruikersnaam: 'KCC',
      wachtwoord: 'Voorbeeldstad-2026',
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^stadspunt_sessie=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const body = (await res.json()) as { medewerker: { naam: string; rollen: string[] }; csrfToken: string };
    expect(body.medewerker).toMatchObject({ naam: 'Sanne de Vries', rollen: ['kcc-medewerker'] });
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('marks the cookie Secure behind https', async () => {
    const https = await testOmgeving({ baseUrl: 'https://stadspunt.voorbeeldstad.nl' });
    try {
      const res = await https
        .anoniem()
        .post('/api/v1/sessie', { gebruikersnaam: 'kcc', wachtwoord: 'Voorbeeldstad-2026' });
      expect(res.headers.get('set-cookie')).toMatch(/Secure/i);
    } finally {
      await https.stop();
    }
  });

  it('answers a wrong password and an unknown user alike, in Dutch', async () => {
    const fout = await env.anoniem().post('/api/v1/sessie', { gebruikersnaam: 'kcc', wachtwoord: 'fout' });
    const onbekend = await env
      .anoniem()
      .post('/api/v1/sessie', { gebruikersnaam: 'niemand', wachtwoord: 'fout' });
    expect(fout.status).toBe(401);
    expect(onbekend.status).toBe(401);
    expect(((await fout.json()) as { detail: string }).detail).toBe(
      'Gebruikersnaam of wachtwoord klopt niet.',
    );
  });

  it(`locks the account for ${BLOKKADE_MINUTEN} minutes after ${MAX_POGINGEN} failed attempts`, async () => {
    for (let i = 0; i < MAX_POGINGEN; i++) {
      await env.anoniem().post('/api/v1/sessie', { gebruikersnaam: 'teamleider', wachtwoord: `fout-${i}` });
    }
    const geblokkeerd = await env
      .anoniem()
      .post('/api/v1/sessie', { gebruikersnaam: 'teamleider', wachtwoord: 'Voorbeeldstad-2026' });
    expect(geblokkeerd.status).toBe(429);
    expect(((await geblokkeerd.json()) as { detail: string }).detail).toMatch(
      /Probeer het over 15 minuten opnieuw/,
    );
    env.clock.now = new Date(env.clock.now.getTime() + (BLOKKADE_MINUTEN + 1) * 60_000);
    try {
      await env.login('teamleider');
    } finally {
      env.clock.now = new Date();
    }
    const audit = (await (await beheerder.get('/api/v1/audit?actie=inloggen.geblokkeerd')).json()) as {
      total: number;
    };
    expect(audit.total).toBe(1);
  });

  it('logs out: the cookie stops working', async () => {
    const client = await env.login('kcc');
    expect((await client.delete('/api/v1/sessie')).status).toBe(204);
    expect((await client.get('/api/v1/sessie')).status).toBe(401);
  });

  it('answers requests of the same moment each as their own caller', async () => {
    const [kcc, backoffice] = await Promise.all([env.login('kcc'), env.login('backoffice')]);
    const vreemde = env.anoniem();
    vreemde.cookie = 'stadspunt_sessie=bestaat-niet';
    const antwoorden = await Promise.all([kcc, vreemde, backoffice, kcc].map((c) => c.get('/api/v1/sessie')));
    expect(antwoorden.map((r) => r.status)).toEqual([200, 401, 200, 200]);
    const namen = await Promise.all(
      [antwoorden[0], antwoorden[2]].map(
        async (r) =>
          ((await r.json()) as { medewerker: { gebruikersnaam: string } }).medewerker.gebruikersnaam,
      ),
    );
    expect(namen).toEqual(['kcc', 'backoffice']);
  });

  it(`ends a session after ${SESSIE_UREN} hours, however active`, async () => {
    const client = await env.login('kcc');
    const begin = env.clock.now;
    try {
      // In use every 20 minutes, so the idle timeout never strikes.
      for (let minuut = 20; minuut < SESSIE_UREN * 60; minuut += 20) {
        env.clock.now = new Date(begin.getTime() + minuut * 60_000);
        expect((await client.get('/api/v1/sessie')).status).toBe(200);
      }
      env.clock.now = new Date(begin.getTime() + SESSIE_UREN * 3_600_000 - 60_000);
      expect((await client.get('/api/v1/sessie')).status).toBe(200);
      env.clock.now = new Date(begin.getTime() + SESSIE_UREN * 3_600_000 + 60_000);
      expect((await client.get('/api/v1/sessie')).status).toBe(401);
    } finally {
      env.clock.now = begin;
    }
  });

  it('lets an employee change their own password', async () => {
    const client = await env.login('backoffice');
    const fout = await client.put('/api/v1/sessie/wachtwoord', {
      huidig: 'onjuist',
      nieuw: 'nieuw-en-lang-genoeg',
    });
    expect(fout.status).toBe(400);
    expect(
      (
        await client.put('/api/v1/sessie/wachtwoord', {
          huidig: 'Voorbeeldstad-2026',
          nieuw: 'nieuw-en-lang-genoeg',
        })
      ).status,
    ).toBe(204);
    await env.login('backoffice', 'nieuw-en-lang-genoeg');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await env.login('beheerder');
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const res = await client.post('/api/v1/teams', { naam: 'Zonder token' });
    expect(res.status).toBe(403);
    client.csrfToken = 'verkeerd';
    expect((await client.post('/api/v1/teams', { naam: 'Verkeerd token' })).status).toBe(403);
    client.csrfToken = token;
    expect((await client.post('/api/v1/teams', { naam: 'Met token' })).status).toBe(201);
  });
});

describe('API-tokens', () => {
  const cli = systeemActor('Beheer-CLI', 'test');
  it('authenticates system clients on routes open to them, and only there', async () => {
    const { token } = await createApiToken(env.runtime, cli, {
      naam: 'kiss',
      scopes: ['lezen', 'klantinteracties', 'persoonsgegevens'],
    });
    const client = env.anoniem();
    client.headers.authorization = `Token ${token}`;
    expect((await client.get('/api/v1/teams')).status).toBe(200);
    expect((await client.get('/api/v1/audit')).status).toBe(403);
    expect((await client.post('/api/v1/teams', { naam: 'Via token' })).status).toBe(403);
    client.headers.authorization = 'Token onzin';
    expect((await client.get('/api/v1/teams')).status).toBe(401);
  });

  it('refuses a second token with the same name', async () => {
    await createApiToken(env.runtime, cli, { naam: 'dubbel', scopes: ['lezen'] });
    await expect(createApiToken(env.runtime, cli, { naam: 'dubbel', scopes: ['lezen'] })).rejects.toThrow(
      /bestaat al/,
    );
  });
});
