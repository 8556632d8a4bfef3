import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContactverzoek } from '../modules/contactverzoeken/operations/create-contactverzoek';
import { openPersoon } from '../modules/partijen/operations/open-partij';
import { systeemActor } from '../platform/auth/rollen';
import { rijen } from '../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../testing/harness';

/** The rules of a contactverzoek beyond the role: who reads how much, and who may do what. */
let env: TestOmgeving;
let teams: Record<string, string>;
let kcc: TestClient;
let backoffice: TestClient;
let keyuser: TestClient;
let teamleider: TestClient;
let beheerder: TestClient;
const SYSTEEM = systeemActor('Test', 'test');

interface Detail {
  id: string;
  niveau: 'volledig' | 'status';
  mag: { behandelen: boolean; toewijzen: boolean };
  logboek: { soort: string; tekst: string }[];
}

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
  teams = await teamsOpNaam(beheerder);
  [kcc, backoffice, keyuser, teamleider] = await Promise.all(
    ['kcc', 'backoffice', 'keyuser', 'teamleider'].map((n) => env.login(n)),
  );
});
afterAll(() => env?.stop());

const verzoek = async (team: string, partijId: string | null = null) =>
  (
    await createContactverzoek(env.runtime, SYSTEEM, {
      teamId: teams[team],
      partijId,
      onderwerp: 'Kwijtschelding',
      vraag: 'Hoe vraag ik kwijtschelding aan?',
      telefoon: '0612345678',
      voorkeurstijd: 'geen',
      urgent: false,
    })
  ).id;

describe('who reads a contactverzoek, and how much', () => {
  it('the agent reads the status of a request it made for another team, without that team’s notes, and the read is audited', async () => {
    const gemaakt = await json<Detail>(
      kcc.post('/api/v1/contactverzoeken', {
        teamId: teams.Belastingen,
        onderwerp: 'Aanslag',
        vraag: 'Klopt mijn aanslag?',
        telefoon: '0612345678',
      }),
    );
    await backoffice.post(`/api/v1/contactverzoeken/${gemaakt.id}/notities`, {
      tekst: 'Intern: dossier bij de jurist.',
    });
    await backoffice.post(`/api/v1/contactverzoeken/${gemaakt.id}/pogingen`, {
      uitkomst: 'niet-bereikt',
      tekst: 'Intern: voicemail vol.',
    });
    const team = await json<Detail>(backoffice.get(`/api/v1/contactverzoeken/${gemaakt.id}`));
    expect(team.niveau).toBe('volledig');
    expect(team.logboek.map((r) => r.tekst).join(' ')).toContain('Intern:');
    const agent = await json<Detail>(kcc.get(`/api/v1/contactverzoeken/${gemaakt.id}`));
    expect(agent).toMatchObject({ niveau: 'status', mag: { behandelen: false, toewijzen: false } });
    expect(agent.logboek.map((r) => r.soort)).not.toContain('notitie');
    expect(agent.logboek.map((r) => r.tekst).join(' ')).not.toContain('Intern:');
    expect(agent.logboek.map((r) => r.soort)).toContain('poging');
    const audit = await json<{ total: number }>(
      beheerder.get(`/api/v1/audit?actie=contactverzoek.ingezien&objectId=${gemaakt.id}`),
    );
    expect(audit.total).toBe(1);
  });

  it('the agent reads the requests of the party whose card it has open, and only while it is open', async () => {
    const moulin = await openPersoon(env.runtime, SYSTEEM, { bsn: '999993653' });
    const ander = await openPersoon(env.runtime, SYSTEEM, { bsn: '999993872' });
    const id = await verzoek('Vergunningen', moulin);
    expect((await kcc.get(`/api/v1/contactverzoeken/${id}`)).status).toBe(404);
    await kcc.get(`/api/v1/partijen/${moulin}`);
    expect((await json<Detail>(kcc.get(`/api/v1/contactverzoeken/${id}`))).niveau).toBe('status');
    const vanKaart = await json<{ items: { id: string }[] }>(
      kcc.get(`/api/v1/contactverzoeken?partijId=${moulin}&status=alle`),
    );
    expect(vanKaart.items.map((i) => i.id)).toContain(id);
    await kcc.get(`/api/v1/partijen/${ander}`);
    expect((await kcc.get(`/api/v1/contactverzoeken/${id}`)).status).toBe(404);
  });

  it('the KCC’s teamleider keeps regie: reads every team’s requests in full, but acts only in its own teams', async () => {
    const id = await verzoek('Vergunningen');
    expect(await json<Detail>(teamleider.get(`/api/v1/contactverzoeken/${id}`))).toMatchObject({
      niveau: 'volledig',
      mag: { behandelen: false, toewijzen: false },
    });
    expect(
      (await teamleider.post(`/api/v1/contactverzoeken/${id}/afhandelen`, { resultaat: 'beantwoord' }))
        .status,
    ).toBe(403);
    const lijst = await teamleider.get(`/api/v1/contactverzoeken?teamId=${teams.Vergunningen}`);
    expect(lijst.status).toBe(200);
  });
});

describe('the team queue', () => {
  it('another team’s queue is refused; without a team the list holds only the actor’s own teams and what it made', async () => {
    const vergunningen = await backoffice.get(`/api/v1/contactverzoeken?teamId=${teams.Vergunningen}`);
    expect(vergunningen.status).toBe(403);
    expect(((await vergunningen.json()) as { detail: string }).detail).toBe(
      'U hebt geen toegang tot de werkvoorraad van dit team.',
    );
    const alles = await json<{ items: { teamNaam: string }[]; total: number }>(
      backoffice.get('/api/v1/contactverzoeken?status=alle&pageSize=100'),
    );
    expect(alles.total).toBeGreaterThan(0);
    expect(new Set(alles.items.map((i) => i.teamNaam))).toEqual(new Set(['Belastingen']));
  });

  it('what the screens may offer comes with each request: working for the team, assigning for its key users', async () => {
    const id = await verzoek('Belastingen');
    expect((await json<Detail>(backoffice.get(`/api/v1/contactverzoeken/${id}`))).mag).toEqual({
      behandelen: true,
      toewijzen: false,
    });
    expect((await json<Detail>(keyuser.get(`/api/v1/contactverzoeken/${id}`))).mag).toEqual({
      behandelen: true,
      toewijzen: true,
    });
  });

  it('a key user assigns only within its own teams: one request of another team refuses the whole bulk assignment', async () => {
    const [eigen, ander] = [await verzoek('Belastingen'), await verzoek('Burgerzaken')];
    const res = await keyuser.post('/api/v1/contactverzoeken/toewijzing', {
      ids: [eigen, ander],
      medewerkerId: null,
    });
    expect(res.status).toBe(403);
    const versies = await rijen<{ versie: number }>(
      env.runtime.db,
      sql`select versie from contactverzoek where id in (${eigen}, ${ander})`,
    );
    expect(versies.map((v) => v.versie)).toEqual([1, 1]);
  });
});

describe('dashboards and reports', () => {
  it('a key user sees its own teams; the organisation is for the KCC’s teamleider and the beheerder', async () => {
    expect(
      (await keyuser.get(`/api/v1/contactverzoeken/dashboard?teamId=${teams.Vergunningen}`)).status,
    ).toBe(200);
    expect((await keyuser.get(`/api/v1/contactverzoeken/dashboard?teamId=${teams.Burgerzaken}`)).status).toBe(
      403,
    );
    expect((await keyuser.get('/api/v1/contactverzoeken/dashboard')).status).toBe(403);
    expect((await teamleider.get('/api/v1/contactverzoeken/dashboard')).status).toBe(200);
    expect((await beheerder.get('/api/v1/contactverzoeken/dashboard')).status).toBe(200);
    for (const [teamId, soort] of [
      [teams.Vergunningen, 'week'],
      [teams.Burgerzaken, 'week'],
    ])
      await teamleider.post('/api/v1/rapporten', { soort, teamId });
    const lijst = await json<{ items: { teamNaam: string | null }[] }>(
      keyuser.get('/api/v1/rapporten?pageSize=100'),
    );
    expect(lijst.items.length).toBeGreaterThan(0);
    expect(lijst.items.every((r) => r.teamNaam === 'Vergunningen' || r.teamNaam === 'Belastingen')).toBe(
      true,
    );
  });
});
