import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../app';
import { StandaardClient } from '../../../modules/klantinteracties/contract';
import { json, TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../../testing/harness';
import { auditRegel } from '../../audit/schema';
import { plusDagen } from '../../calendar/rules';
import { amsterdamseDatum } from '../../calendar/tijd';
import { apiToken } from '../schema';
import { hashToken } from '../tokens';

interface Token {
  id: string;
  naam: string;
  scopes: string[];
  status: string;
  aangemaaktDoor: string;
  verloopt: string;
  laatstGebruikt: string | null;
  ingetrokken: string | null;
  ingetrokkenDoor: string | null;
}
interface Lijst {
  items: Token[];
  total: number;
}
type Fouten = { detail: string; errors: { veld: string; melding: string }[] };

let env: TestOmgeving;
let beheerder: TestClient;
let teams: Record<string, string>;
const echteTijd = new Date();

beforeAll(async () => {
  env = await testOmgeving();
  env.clock.now = echteTijd;
  beheerder = await env.login('beheerder');
  teams = await teamsOpNaam(beheerder);
});
afterAll(() => env?.stop());
afterEach(() => {
  env.clock.now = echteTijd;
});

const vandaag = () => amsterdamseDatum(env.clock.now);

async function maak(naam: string, scopes: string[], verloopt?: string) {
  const res = await beheerder.post('/api/v1/api-tokens', { naam, scopes, verloopt });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<Token & { token: string }>(res);
}

function systeem(token: string) {
  const client = env.anoniem();
  client.headers.authorization = `Token ${token}`;
  return client;
}

const lijst = (query = '', door = beheerder) => json<Lijst>(door.get(`/api/v1/api-tokens${query}`));

describe('who manages tokens', () => {
  it('only the functioneel beheerder lists, creates and revokes tokens; nobody else, no token and nobody anonymous', async () => {
    const { id, token } = await maak('beheer-koppeling', ['beheer']);
    const kcc = await env.login('kcc');
    const pogingen = (c: TestClient) => [
      c.get('/api/v1/api-tokens'),
      c.post('/api/v1/api-tokens', { naam: 'stiekem', scopes: ['lezen'] }),
      c.post(`/api/v1/api-tokens/${id}/intrekken`),
    ];
    for (const [client, status] of [
      [kcc, 403],
      [systeem(token), 403],
      [env.anoniem(), 401],
    ] as const) {
      expect((await Promise.all(pogingen(client))).map((r) => r.status)).toEqual([status, status, status]);
    }
    const tokenFout = await json<{ detail: string }>(systeem(token).get('/api/v1/api-tokens'));
    expect(tokenFout.detail).toBe('Deze functie is niet beschikbaar voor API-tokens.');
    expect((await lijst('?q=stiekem')).total).toBe(0);
    expect((await lijst('?q=beheer-koppeling')).items[0].status).toBe('actief');
  });
});

describe('creating a token', () => {
  it('returns the token once, keeps only its SHA-256, names the employee who made it, and is valid for one year by default', async () => {
    const res = await beheerder.post('/api/v1/api-tokens', {
      naam: 'kiss',
      scopes: ['klantinteracties', 'lezen'],
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const nieuw = await json<Token & { token: string }>(res);
    expect(nieuw.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(nieuw).toMatchObject({
      naam: 'kiss',
      scopes: ['lezen', 'klantinteracties'],
      status: 'actief',
      aangemaaktDoor: 'Fatima el Amrani',
      laatstGebruikt: null,
      ingetrokken: null,
    });
    const overEenJaar = `${Number(vandaag().slice(0, 4)) + 1}${vandaag().slice(4)}`;
    expect(amsterdamseDatum(new Date(nieuw.verloopt))).toBe(overEenJaar);
    const [rij] = await env.runtime.db.select().from(apiToken).where(eq(apiToken.id, nieuw.id));
    expect(rij.tokenHash).toBe(hashToken(nieuw.token));
    expect(JSON.stringify(rij)).not.toContain(nieuw.token);
  });

  it('writes an audit line with name, scopes and expiry, but never the token or its hash', async () => {
    const nieuw = await maak('audit-proef', ['lezen']);
    const regels = await env.runtime.db.select().from(auditRegel).where(eq(auditRegel.objectId, nieuw.id));
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({
      actie: 'api-token.aangemaakt',
      medewerkerNaam: 'Fatima el Amrani',
      details: { naam: 'audit-proef', scopes: ['lezen'] },
    });
    const tekst = JSON.stringify(regels);
    expect(tekst).not.toContain(nieuw.token);
    expect(tekst).not.toContain(hashToken(nieuw.token));
  });

  it('never writes the token into the log, when it is made nor when it is used', async () => {
    const regels: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (r: string) => void regels.push(r) });
    const app = createApp({ ...env.runtime, logger });
    const client = Object.assign(new TestClient(app), {
      cookie: beheerder.cookie,
      csrfToken: beheerder.csrfToken,
    });
    const { token } = await json<{ token: string }>(
      client.post('/api/v1/api-tokens', { naam: 'log-proef', scopes: ['lezen'] }),
    );
    expect(
      (await app.request('/api/v1/teams', { headers: { authorization: `Token ${token}` } })).status,
    ).toBe(200);
    expect(regels.length).toBeGreaterThanOrEqual(2);
    expect(regels.join('\n')).not.toContain(token);
  });

  it('explains every invalid choice in Dutch at its field', async () => {
    const fout = async (invoer: Record<string, unknown>) => {
      const res = await beheerder.post('/api/v1/api-tokens', {
        naam: 'ongeldig',
        scopes: ['lezen'],
        ...invoer,
      });
      expect(res.status).toBe(400);
      return (await json<Fouten>(res)).errors;
    };
    expect(await fout({ naam: 'x' })).toEqual([{ veld: 'naam', melding: 'Vul minstens 2 tekens in.' }]);
    expect(await fout({ scopes: [] })).toEqual([{ veld: 'scopes', melding: 'Kies minstens één scope.' }]);
    expect(await fout({ scopes: ['persoonsgegevens'] })).toEqual([
      { veld: 'scopes', melding: 'Persoonsgegevens kan alleen naast lezen, klantinteracties of beheer.' },
    ]);
    expect(await fout({ scopes: ['lezen', 'alles'] })).toEqual([
      { veld: 'scopes.1', melding: 'Kies uit: lezen, klantinteracties, persoonsgegevens, beheer.' },
    ]);
    expect(await fout({ verloopt: '2027-02-30' })).toEqual([
      { veld: 'verloopt', melding: 'Geef een bestaande datum als 2027-12-31.' },
    ]);
    expect(await fout({ verloopt: vandaag() })).toEqual([
      { veld: 'verloopt', melding: 'Kies een dag na vandaag: het token verloopt aan het begin van die dag.' },
    ]);
    const uiterlijk = `${Number(vandaag().slice(0, 4)) + 2}${vandaag().slice(4)}`;
    expect(await fout({ verloopt: plusDagen(uiterlijk, 1) })).toEqual([
      { veld: 'verloopt', melding: `Een API-token is hooguit 2 jaar geldig: kies uiterlijk ${uiterlijk}.` },
    ]);
    expect((await maak('twee-jaar', ['lezen'], uiterlijk)).status).toBe('actief');
    expect((await lijst('?q=ongeldig')).total).toBe(0);
  });

  it('refuses a name that is taken, also by a revoked token, with 409', async () => {
    const { id } = await maak('dubbel', ['lezen']);
    await beheerder.post(`/api/v1/api-tokens/${id}/intrekken`);
    const res = await beheerder.post('/api/v1/api-tokens', { naam: 'dubbel', scopes: ['lezen'] });
    expect(res.status).toBe(409);
    expect((await json<Fouten>(res)).detail).toContain('Er bestaat al een API-token met de naam "dubbel"');
  });
});

describe('scopes', () => {
  const contact = () => ({
    kanaal: 'telefoon',
    onderwerp: 'Afvalpas kwijt',
    inhoud: 'Mijn afvalpas is gestolen.',
    reactie: 'Nieuwe pas aangevraagd.',
    taal: 'nld',
    vertrouwelijk: false,
    plaatsgevondenOp: new Date(env.clock.now.getTime() - 60_000).toISOString(),
  });
  const verzoek = () => ({
    teamId: teams.Belastingen,
    onderwerp: 'WOZ-beschikking',
    vraag: 'Waarom is mijn WOZ-waarde zo hoog?',
    telefoon: '06 12345678',
  });

  it('a lezen token reads, internally and through Klantinteracties, but every write is 403', async () => {
    const { token } = await maak('alleen-lezen', ['lezen']);
    const client = systeem(token);
    const ki = new StandaardClient(env, token);
    expect((await client.get('/api/v1/teams')).status).toBe(200);
    expect((await ki.get('/klantcontacten')).status).toBe(200);
    const team = await client.post('/api/v1/teams', { naam: 'Via lezen' });
    expect(team.status).toBe(403);
    expect((await json<Fouten>(team)).detail).toBe('Dit API-token mag alleen lezen.');
    expect((await client.post('/api/v1/contactverzoeken', verzoek())).status).toBe(403);
    expect((await ki.post('/klantcontacten', contact())).status).toBe(403);
  });

  it('a klantinteracties token registers contacts through Klantinteracties and contactverzoeken internally, but manages nothing', async () => {
    const { token } = await maak('kiss-schrijft', ['klantinteracties']);
    const client = systeem(token);
    const ki = new StandaardClient(env, token);
    expect((await ki.post('/klantcontacten', contact())).status).toBe(201);
    const cv = await client.post('/api/v1/contactverzoeken', verzoek());
    expect(cv.status, await cv.clone().text()).toBe(201);
    expect((await client.post('/api/v1/teams', { naam: 'Via klantinteracties' })).status).toBe(403);
  });

  it('a beheer token creates a team, which a lezen token may not', async () => {
    const beheer = systeem((await maak('beheer-tool', ['beheer'])).token);
    const lezen = systeem((await maak('lees-tool', ['lezen'])).token);
    expect((await beheer.post('/api/v1/teams', { naam: 'Via beheer-token' })).status).toBe(201);
    expect((await lezen.post('/api/v1/teams', { naam: 'Via lees-token' })).status).toBe(403);
    expect((await beheer.get('/api/v1/teams?q=Via')).status).toBe(200);
    const namen = (await json<{ items: { naam: string }[] }>(beheerder.get('/api/v1/teams?q=Via'))).items;
    expect(namen.map((t) => t.naam)).toEqual(['Via beheer-token']);
  });
});

describe('revoking a token', () => {
  it('gives 401 from the very next request, on this instance and on another, internally and through Klantinteracties', async () => {
    const { id, token } = await maak('in-te-trekken', ['lezen', 'klantinteracties']);
    const client = systeem(token);
    const tweede = await env.tweedeInstantie();
    try {
      const anderApp = createApp(tweede);
      const opTweede = () =>
        anderApp.request('/api/v1/teams', { headers: { authorization: `Token ${token}` } });
      expect((await client.get('/api/v1/teams')).status).toBe(200);
      expect((await opTweede()).status).toBe(200);
      const res = await beheerder.post(`/api/v1/api-tokens/${id}/intrekken`);
      expect(res.status).toBe(200);
      expect(await json<Token>(res)).toMatchObject({
        status: 'ingetrokken',
        ingetrokken: env.clock.now.toISOString(),
        ingetrokkenDoor: 'Fatima el Amrani',
      });
      expect((await client.get('/api/v1/teams')).status).toBe(401);
      expect((await client.get('/api/v1/teams')).status).toBe(401);
      expect((await opTweede()).status).toBe(401);
      expect((await new StandaardClient(env, token).get('/klantcontacten')).status).toBe(401);
    } finally {
      await tweede.stop();
    }
    const audit = await env.runtime.db
      .select()
      .from(auditRegel)
      .where(eq(auditRegel.objectId, id))
      .orderBy(auditRegel.id);
    expect(audit.map((a) => a.actie)).toEqual(['api-token.aangemaakt', 'api-token.ingetrokken']);
  });

  it('a second revocation is a 409 that says when and by whom; an unknown token is 404', async () => {
    const { id } = await maak('twee-keer', ['lezen']);
    expect((await beheerder.post(`/api/v1/api-tokens/${id}/intrekken`)).status).toBe(200);
    const nogmaals = await beheerder.post(`/api/v1/api-tokens/${id}/intrekken`);
    expect(nogmaals.status).toBe(409);
    const body = await json<Fouten & { huidig: Token }>(nogmaals);
    expect(body.detail).toMatch(
      /^API-token twee-keer is al ingetrokken, op \w+dag \d+ \w+ \d{4} door Fatima el Amrani\.$/,
    );
    expect(body.huidig.status).toBe('ingetrokken');
    const onbekend = await beheerder.post(
      '/api/v1/api-tokens/00000000-0000-4000-8000-000000000000/intrekken',
    );
    expect(onbekend.status).toBe(404);
    expect((await json<Fouten>(onbekend)).detail).toBe('Dit API-token bestaat niet.');
  });
});

describe('expiry', () => {
  it('works until the start of its expiry day and gets 401 from then on, listed as verlopen', async () => {
    const { token, verloopt } = await maak('kort', ['lezen'], plusDagen(vandaag(), 1));
    const einde = new Date(verloopt);
    expect(amsterdamseDatum(einde)).toBe(plusDagen(vandaag(), 1));
    const client = systeem(token);
    env.clock.now = new Date(einde.getTime() - 1);
    expect((await client.get('/api/v1/teams')).status).toBe(200);
    env.clock.now = einde;
    expect((await client.get('/api/v1/teams')).status).toBe(401);
    // The morning's session may have ended by midnight.
    const later = await env.login('beheerder');
    expect((await lijst('?q=kort', later)).items[0].status).toBe('verlopen');
    expect((await lijst('?q=kort&status=actief', later)).total).toBe(0);
    expect((await lijst('?q=kort&status=verlopen', later)).total).toBe(1);
  });
});

describe('last used', () => {
  it('moves forward at most once a minute and shows in the list', async () => {
    const { token } = await maak('gebruik', ['lezen']);
    const client = systeem(token);
    const laatst = async () => (await lijst('?q=gebruik')).items[0].laatstGebruikt;
    expect(await laatst()).toBeNull();
    const start = env.clock.now.getTime();
    await client.get('/api/v1/teams');
    expect(await laatst()).toBe(new Date(start).toISOString());
    env.clock.now = new Date(start + 59_000);
    await client.get('/api/v1/teams');
    expect(await laatst()).toBe(new Date(start).toISOString());
    env.clock.now = new Date(start + 61_000);
    await client.get('/api/v1/teams');
    expect(await laatst()).toBe(new Date(start + 61_000).toISOString());
  });
});

describe('the list', () => {
  it('searches by name, filters by status, sorts and pages, and never holds the token or its hash', async () => {
    const gemaakt = [
      await maak('lijst-a', ['lezen']),
      await maak('lijst-b', ['beheer']),
      await maak('lijst-c', ['lezen']),
    ];
    await beheerder.post(`/api/v1/api-tokens/${gemaakt[1].id}/intrekken`);
    const alle = await lijst('?q=LIJST-&sort=-naam');
    expect(alle.items.map((t) => t.naam)).toEqual(['lijst-c', 'lijst-b', 'lijst-a']);
    expect((await lijst('?q=lijst-&status=ingetrokken')).items.map((t) => t.naam)).toEqual(['lijst-b']);
    expect((await lijst('?q=lijst-&status=actief')).items.map((t) => t.naam)).toEqual(['lijst-a', 'lijst-c']);
    const pagina2 = await lijst('?q=lijst-&pageSize=2&page=2');
    expect(pagina2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(pagina2.items.map((t) => t.naam)).toEqual(['lijst-c']);
    const tekst = JSON.stringify(await lijst('?pageSize=100'));
    for (const { token } of gemaakt) {
      expect(tekst).not.toContain(token);
      expect(tekst).not.toContain(hashToken(token));
    }
    expect(tekst).not.toMatch(/hash|"token"/i);
  });

  it('explains an unknown sort field and status in Dutch', async () => {
    const sort = await beheerder.get('/api/v1/api-tokens?sort=tokenHash');
    expect(sort.status).toBe(400);
    expect((await json<Fouten>(sort)).errors).toEqual([
      { veld: 'sort', melding: 'Sorteren kan op: naam, aangemaakt, verloopt, laatstGebruikt.' },
    ]);
    const status = await beheerder.get('/api/v1/api-tokens?status=kapot');
    expect((await json<Fouten>(status)).errors).toEqual([
      { veld: 'status', melding: 'Kies uit: actief, ingetrokken, verlopen.' },
    ]);
  });
});
