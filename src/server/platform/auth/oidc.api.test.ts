import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medewerker } from '../../modules/organisatie/schema';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { startOidcProvider, type TestIdp } from '../../testing/oidc-provider';

const BASE = 'http://localhost:8080';
let idp: TestIdp;
let env: TestOmgeving;

beforeAll(async () => {
  idp = await startOidcProvider({
    redirectUri: `${BASE}/api/v1/oidc/callback`,
    accounts: {
      'entra-sanne': { email: 'KCC@voorbeeldstad.nl' },
      'entra-onbekend': { email: 'niemand@elders.nl' },
    },
  });
  env = await testOmgeving({
    baseUrl: BASE,
    oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
  });
});
afterAll(async () => {
  await env?.stop();
  await idp?.stop();
});

/** The browser's round trip: Stadspunt → provider (login) → Stadspunt callback. */
async function inloggenViaIdp(sub: string) {
  idp.loginAs(sub);
  const client = env.anoniem();
  const start = await client.get('/api/v1/oidc/login');
  expect(start.status).toBe(302);
  const terug = await idp.doorloop(start.headers.get('location') as string, `${BASE}/api/v1/oidc/callback`);
  const res = await client.get(`${terug.pathname}${terug.search}`);
  return { client, res };
}

describe('employee login through OpenID Connect', () => {
  it('links the account by e-mail at the first login and opens a session', async () => {
    const { client, res } = await inloggenViaIdp('entra-sanne');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    const sessie = await client.get('/api/v1/sessie');
    expect(sessie.status).toBe(200);
    expect(await sessie.json()).toMatchObject({ medewerker: { gebruikersnaam: 'kcc' } });
    const [mw] = await env.runtime.db.select().from(medewerker).where(eq(medewerker.gebruikersnaam, 'kcc'));
    expect(mw.oidcSubject).toBe('entra-sanne');
  });

  it('finds the employee by subject later, even after the e-mail address changed', async () => {
    await env.runtime.db
      .update(medewerker)
      .set({ email: 'sanne.devries@voorbeeldstad.nl' })
      .where(eq(medewerker.gebruikersnaam, 'kcc'));
    const { client, res } = await inloggenViaIdp('entra-sanne');
    expect(res.headers.get('location')).toBe('/');
    expect((await client.get('/api/v1/sessie')).status).toBe(200);
  });

  it('refuses a person who is not an employee, without a session', async () => {
    const { client, res } = await inloggenViaIdp('entra-onbekend');
    expect(res.headers.get('location')).toBe('/inloggen?fout=onbekend');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await client.get('/api/v1/sessie')).status).toBe(401);
  });

  it('refuses an unknown or replayed state', async () => {
    const res = await env.anoniem().get('/api/v1/oidc/callback?code=verzonnen&state=verzonnen');
    expect(res.headers.get('location')).toBe('/inloggen?fout=oidc');
  });

  it('offers OIDC only when configured', async () => {
    expect(await (await env.anoniem().get('/api/v1/sessie/opties')).json()).toEqual({ oidc: true });
    const zonder = await testOmgeving();
    try {
      expect(await (await zonder.anoniem().get('/api/v1/sessie/opties')).json()).toEqual({ oidc: false });
      expect((await zonder.anoniem().get('/api/v1/oidc/login')).status).toBe(404);
    } finally {
      await zonder.stop();
    }
  });
});
