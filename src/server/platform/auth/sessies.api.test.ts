import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { medewerker } from '../../modules/organisatie/schema';
import { json, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { auditRegel } from '../audit/schema';
import { telMislukt } from './inlogpogingen';
import { inlogpoging, oidcAanvraag, sessie } from './schema';
import { ruimAuthOp } from './sessies';
import { hashToken } from './tokens';

let env: TestOmgeving;

beforeAll(async () => {
  env = await testOmgeving();
});
afterEach(() => {
  env.clock.now = new Date();
});
afterAll(() => env?.stop());

const MINUUT = 60_000;
const tokenHashVan = (client: TestClient) => hashToken((client.cookie as string).split('=')[1]);

/** Sets the harness clock to this many minutes after `begin`. */
const naMinuten = (begin: Date, minuten: number) => {
  env.clock.now = new Date(begin.getTime() + minuten * MINUUT);
};

async function auditRegels(actie: string, objectId: string) {
  return env.runtime.db
    .select()
    .from(auditRegel)
    .where(and(eq(auditRegel.actie, actie), eq(auditRegel.objectId, objectId)));
}

async function idVan(gebruikersnaam: string) {
  const [mw] = await env.runtime.db
    .select({ id: medewerker.id })
    .from(medewerker)
    .where(eq(medewerker.gebruikersnaam, gebruikersnaam));
  return mw.id;
}

describe('idle timeout', () => {
  it('ends a session idle for 30 minutes by default, while activity keeps it alive', async () => {
    expect(env.config.sessieInactiefMinuten).toBe(30);
    const begin = env.clock.now;
    const client = await env.login('kcc');
    naMinuten(begin, 29);
    expect((await client.get('/api/v1/sessie')).status).toBe(200);
    naMinuten(begin, 58);
    expect((await client.get('/api/v1/sessie')).status).toBe(200);
    naMinuten(begin, 58 + 31);
    const verlopen = await client.get('/api/v1/sessie');
    expect(verlopen.status).toBe(401);
    expect(verlopen.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('does not count what the screen asks by itself (a notification poll) as activity', async () => {
    const begin = env.clock.now;
    const client = await env.login('kcc');
    for (let minuut = 5; minuut < 30; minuut += 5) {
      naMinuten(begin, minuut);
      expect((await client.get('/api/v1/meldingen', { 'x-stadspunt-achtergrond': '1' })).status).toBe(200);
    }
    naMinuten(begin, 30);
    expect((await client.get('/api/v1/meldingen', { 'x-stadspunt-achtergrond': '1' })).status).toBe(401);
  });

  it('moves the last activity forward at most once a minute per session', async () => {
    const begin = env.clock.now;
    const client = await env.login('kcc');
    const laatstActief = async () => {
      const [rij] = await env.runtime.db
        .select({ laatstActief: sessie.laatstActief })
        .from(sessie)
        .where(eq(sessie.tokenHash, tokenHashVan(client)));
      return rij.laatstActief.getTime();
    };
    naMinuten(begin, 0.5);
    await client.get('/api/v1/sessie');
    expect(await laatstActief()).toBe(begin.getTime());
    naMinuten(begin, 1.5);
    await Promise.all([client.get('/api/v1/sessie'), client.get('/api/v1/teams')]);
    expect(await laatstActief()).toBe(begin.getTime() + 1.5 * MINUUT);
    naMinuten(begin, 2);
    await client.get('/api/v1/sessie');
    expect(await laatstActief()).toBe(begin.getTime() + 1.5 * MINUUT);
  });
});

describe('ending sessions', () => {
  it("changing one's own password ends one's other sessions and keeps this one", async () => {
    const hier = await env.login('verbetermanager');
    const elders = await env.login('verbetermanager');
    const collega = await env.login('kcc');
    const res = await hier.put('/api/v1/sessie/wachtwoord', {
      huidig: 'Voorbeeldstad-2026',
      nieuw: 'een-nieuw-eigen-wachtwoord',
    });
    expect(res.status).toBe(204);
    expect((await hier.get('/api/v1/sessie')).status).toBe(200);
    expect((await elders.get('/api/v1/sessie')).status).toBe(401);
    expect((await collega.get('/api/v1/sessie')).status).toBe(200);
    const [regel] = await auditRegels('medewerker.wachtwoord-gewijzigd', await idVan('verbetermanager'));
    expect(regel.details).toEqual({ andereSessiesBeeindigd: 1 });
  });

  it('"log overal uit" ends every session of the employee, this one too, and no one else\'s', async () => {
    const hier = await env.login('teamleider');
    const elders = await env.login('teamleider');
    const collega = await env.login('kcc');
    const res = await hier.delete('/api/v1/sessie/alle');
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()).toContainEqual(expect.stringMatching(/^stadspunt_sessie=;/));
    expect((await hier.get('/api/v1/sessie')).status).toBe(401);
    expect((await elders.get('/api/v1/sessie')).status).toBe(401);
    expect((await collega.get('/api/v1/sessie')).status).toBe(200);
    const [regel] = await auditRegels('uitloggen.overal', await idVan('teamleider'));
    expect(regel).toMatchObject({ medewerkerNaam: 'Willem van den Berg', details: { sessies: 2 } });
  });

  it('logging out ends only this session and leaves a line in the audit trail', async () => {
    const hier = await env.login('keyuser');
    const elders = await env.login('keyuser');
    expect((await hier.delete('/api/v1/sessie')).status).toBe(204);
    expect((await hier.get('/api/v1/sessie')).status).toBe(401);
    expect((await elders.get('/api/v1/sessie')).status).toBe(200);
    const regels = await auditRegels('uitloggen', await idVan('keyuser'));
    expect(regels).toHaveLength(1);
  });

  it('"log overal uit" needs the CSRF token like every other write', async () => {
    const client = await env.login('keyuser');
    client.csrfToken = undefined;
    expect((await client.delete('/api/v1/sessie/alle')).status).toBe(403);
    expect((await client.get('/api/v1/sessie')).status).toBe(200);
  });
});

describe('forced password change', () => {
  const TIJDELIJK = 'tijdelijk-wachtwoord-van-de-beheerder';

  it('answers every other call 403 until the new employee has chosen an own password', async () => {
    const beheerder = await env.login('beheerder');
    const aangemaakt = await beheerder.post('/api/v1/medewerkers', {
      naam: 'Eva Nieuw',
      gebruikersnaam: 'enieuw',
      email: 'e.nieuw@voorbeeldstad.nl',
      rollen: ['kcc-medewerker'],
      teamIds: [],
      wachtwoord: TIJDELIJK,
    });
    expect(aangemaakt.status).toBe(201);
    const { id } = await json<{ id: string }>(aangemaakt);
    const eva = await env.login('enieuw', TIJDELIJK);

    expect(await json(eva.get('/api/v1/sessie'))).toMatchObject({ wachtwoordWijzigen: true });
    for (const res of [
      await eva.get('/api/v1/teams'),
      await eva.get('/api/v1/meldingen'),
      await eva.get('/api/v1/sessie/opties'),
      await eva.post('/api/v1/klantcontacten', {}),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await res.json()) as { detail: string }).detail).toBe(
        'U moet eerst een eigen wachtwoord kiezen. Wijzig uw tijdelijke wachtwoord.',
      );
    }

    const gewijzigd = await eva.put('/api/v1/sessie/wachtwoord', {
      huidig: TIJDELIJK,
      nieuw: 'evas-eigen-wachtwoord',
    });
    expect(gewijzigd.status).toBe(204);
    expect((await eva.get('/api/v1/teams')).status).toBe(200);
    expect((await eva.get('/api/v1/meldingen')).status).toBe(200);
    expect(await json(eva.get('/api/v1/sessie'))).toMatchObject({ wachtwoordWijzigen: false });

    // A reset by the beheerder makes the password temporary again.
    const reset = await beheerder.post(`/api/v1/medewerkers/${id}/wachtwoord-reset`);
    const { tijdelijkWachtwoord } = await json<{ tijdelijkWachtwoord: string }>(reset);
    const weer = await env.login('enieuw', tijdelijkWachtwoord);
    expect((await weer.get('/api/v1/teams')).status).toBe(403);
    expect((await weer.delete('/api/v1/sessie')).status).toBe(204);
  });
});

describe('cleanup job', () => {
  it('removes expired and idle sessions, unfinished OIDC logins and decayed login failures, and keeps the rest', async () => {
    const nu = env.clock.now;
    const voor = (minuten: number) => new Date(nu.getTime() - minuten * MINUUT);
    const na = (minuten: number) => new Date(nu.getTime() + minuten * MINUUT);
    const medewerkerId = await idVan('kcc');
    const db = env.runtime.db;
    const sessies = {
      verlopen: { verloopt: voor(1), laatstActief: voor(2) },
      stil: { verloopt: na(300), laatstActief: voor(30) },
      levend: { verloopt: na(300), laatstActief: voor(29) },
    };
    await db.insert(sessie).values(
      Object.entries(sessies).map(([naam, tijden]) => ({
        tokenHash: `opruimen-${naam}`,
        medewerkerId,
        csrfToken: 'x',
        aangemaakt: voor(60),
        ...tijden,
      })),
    );
    await db.insert(oidcAanvraag).values([
      { state: 'opruimen-oud', codeVerifier: 'v', nonce: 'n', browserHash: 'h', aangemaakt: voor(10) },
      { state: 'opruimen-vers', codeVerifier: 'v', nonce: 'n', browserHash: 'h', aangemaakt: voor(9) },
    ]);
    await telMislukt(db, { account: 'opruimen-gisteren' }, voor(24 * 60));
    await telMislukt(db, { account: 'opruimen-net' }, voor(5));

    const uitkomst = await ruimAuthOp(env.runtime);

    const overSessies = await db
      .select({ tokenHash: sessie.tokenHash })
      .from(sessie)
      .where(
        inArray(
          sessie.tokenHash,
          Object.keys(sessies).map((n) => `opruimen-${n}`),
        ),
      );
    expect(overSessies.map((s) => s.tokenHash)).toEqual(['opruimen-levend']);
    const overAanvragen = await db
      .select({ state: oidcAanvraag.state })
      .from(oidcAanvraag)
      .where(inArray(oidcAanvraag.state, ['opruimen-oud', 'opruimen-vers']));
    expect(overAanvragen.map((a) => a.state)).toEqual(['opruimen-vers']);
    const overPogingen = await db
      .select({ sleutel: inlogpoging.sleutel })
      .from(inlogpoging)
      .where(inArray(inlogpoging.sleutel, ['account:opruimen-gisteren', 'account:opruimen-net']));
    expect(overPogingen.map((p) => p.sleutel)).toEqual(['account:opruimen-net']);
    expect(uitkomst.sessies).toBeGreaterThanOrEqual(2);
    expect(uitkomst.oidcAanvragen).toBeGreaterThanOrEqual(1);
    expect(uitkomst.inlogpogingen).toBeGreaterThanOrEqual(1);
  });
});
