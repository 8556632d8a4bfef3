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
      'entra-sanne': { email: 'KCC@voorbeeldstad.nl', emailGeverifieerd: true },
      'entra-onbekend': { email: 'niemand@elders.nl', emailGeverifieerd: true },
      'entra-ongeverifieerd': { email: 'keyuser@voorbeeldstad.nl', emailGeverifieerd: false },
      'entra-aanvaller': { email: 'aanvaller@voorbeeldstad.nl', emailGeverifieerd: true },
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

const CALLBACK = `${BASE}/api/v1/oidc/callback`;

/** A browser starts the login at Stadspunt and logs in at the provider; it holds the binding cookie. */
async function beginBijIdp(sub: string) {
  idp.loginAs(sub);
  const start = await env.anoniem().get('/api/v1/oidc/login');
  expect(start.status).toBe(302);
  const koekje = start.headers.getSetCookie().find((k) => k.startsWith('stadspunt_oidc=')) as string;
  const terug = await idp.doorloop(start.headers.get('location') as string, CALLBACK);
  return { koekje, browser: koekje.split(';')[0], callback: `${terug.pathname}${terug.search}` };
}

/** The browser arrives back at Stadspunt's callback, with the given cookie header or none. */
async function terugBijStadspunt(callback: string, cookie?: string) {
  const client = env.anoniem();
  const res = await client.get(callback, cookie ? { cookie } : {});
  return { client, res };
}

/** The browser's round trip: Stadspunt → provider (login) → Stadspunt callback. */
async function inloggenViaIdp(sub: string) {
  const { browser, callback } = await beginBijIdp(sub);
  return terugBijStadspunt(callback, browser);
}

const sessieKoekje = (res: Response) =>
  res.headers.getSetCookie().find((k) => k.startsWith('stadspunt_sessie='));

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
    expect(sessieKoekje(res)).toBeUndefined();
    expect((await client.get('/api/v1/sessie')).status).toBe(401);
  });

  it('binds the login to the browser with a short-lived HttpOnly cookie that the callback clears', async () => {
    const { koekje, browser, callback } = await beginBijIdp('entra-sanne');
    expect(koekje).toMatch(/HttpOnly/i);
    expect(koekje).toMatch(/SameSite=Lax/i);
    expect(koekje).toMatch(/Path=\/api\/v1\/oidc/);
    expect(koekje).toMatch(/Max-Age=600/);
    expect(koekje).not.toMatch(/Secure/i);
    const { res } = await terugBijStadspunt(callback, browser);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^stadspunt_oidc=;.*Max-Age=0/));
  });

  it('refuses login CSRF: a callback carrying a state started in another browser', async () => {
    // The attacker logs in with an own account and lures the victim's browser to the callback.
    const aanvaller = await beginBijIdp('entra-aanvaller');
    const slachtoffer = await beginBijIdp('entra-sanne');
    const zonderKoekje = await terugBijStadspunt(aanvaller.callback);
    const metEigenKoekje = await terugBijStadspunt(aanvaller.callback, slachtoffer.browser);
    for (const { client, res } of [zonderKoekje, metEigenKoekje]) {
      expect(res.headers.get('location')).toBe('/inloggen?fout=oidc');
      expect(sessieKoekje(res)).toBeUndefined();
      expect((await client.get('/api/v1/sessie')).status).toBe(401);
    }
    // The refusals did not use the attacker's login up: in its own browser it still finishes.
    const eigen = await terugBijStadspunt(aanvaller.callback, aanvaller.browser);
    expect(eigen.res.headers.get('location')).toBe('/inloggen?fout=onbekend');
  });

  it('does not link an account by an e-mail address the provider has not verified', async () => {
    const { client, res } = await inloggenViaIdp('entra-ongeverifieerd');
    expect(res.headers.get('location')).toBe('/inloggen?fout=onbekend');
    expect((await client.get('/api/v1/sessie')).status).toBe(401);
    const [mw] = await env.runtime.db
      .select()
      .from(medewerker)
      .where(eq(medewerker.gebruikersnaam, 'keyuser'));
    expect(mw.oidcSubject).toBeNull();
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
