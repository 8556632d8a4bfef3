import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rol, rolCodes, type Scope } from '../../platform/auth/rollen';
import { rijen } from '../../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';
import { alleOperaties, apiTokenVoor, type StandaardClient, standaardClient } from './contract';
import { BASIS } from './routes';

/**
 * The Klantinteracties API under the policy layer: every operation of the spec × every role ×
 * API tokens per scope, and an internetaak as the contactverzoek it is (own team / other team).
 */
let env: TestOmgeving;
let kiss: StandaardClient;
let beheerder: TestClient;
let teams: Record<string, string>;

const BEHANDELAARS: Rol[] = ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'];
const NEP = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  beheerder = await env.login('beheerder');
  teams = await teamsOpNaam(beheerder);
});
afterAll(() => env?.stop());

let teller = 0;
async function medewerkerIn(rol: Rol, teamIds: string[]) {
  const gebruikersnaam = `ki-${rol}-${teller++}`;
  const res = await beheerder.post('/api/v1/medewerkers', {
    naam: `KI ${rol}`,
    gebruikersnaam,
    email: `${gebruikersnaam}@voorbeeldstad.nl`,
    rollen: [rol],
    teamIds,
    wachtwoord: 'ki-rol-wachtwoord',
  });
  const { id } = await json<{ id: string }>(res);
  await env.runtime.db.execute(sql`update medewerker set wachtwoord_tijdelijk = false where id = ${id}`);
  return { id, client: await env.login(gebruikersnaam, 'ki-rol-wachtwoord') };
}

async function tokenMet(scope: Scope) {
  const client = env.anoniem();
  client.headers.authorization = `Token ${await apiTokenVoor(env, `ki-${scope}`, [scope])}`;
  return client;
}

/** A klantcontact of someone with a phone number: what KISS registers before it hands a question over. */
async function contactMetBereik() {
  const kc = await kiss.post('/maak-klantcontact', {
    klantcontact: {
      kanaal: 'telefoon',
      onderwerp: 'Taak',
      inhoud: 'Graag terugbellen.',
      taal: 'nld',
      vertrouwelijk: false,
    },
  });
  const kcId = kc.body.klantcontact.uuid as string;
  await kiss.post('/betrokkenen', {
    hadKlantcontact: { uuid: kcId },
    rol: 'klant',
    initiator: true,
    organisatienaam: '',
    contactnaam: { voornaam: 'Iris', voorvoegselAchternaam: '', achternaam: 'Smit', voorletters: 'I' },
  });
  const betrokkene = (await kiss.get(`/betrokkenen?hadKlantcontact__uuid=${kcId}`)).body.results[0].uuid;
  await kiss.post('/digitaleadressen', {
    verstrektDoorBetrokkene: { uuid: betrokkene },
    adres: '0612345678',
    soortDigitaalAdres: 'telefoonnummer',
  });
  return kcId;
}

/** A klantcontact with a task for the team. */
async function taakVoor(teamId: string) {
  const kcId = await contactMetBereik();
  const taak = await kiss.post('/internetaken', {
    gevraagdeHandeling: 'Terugbellen',
    aanleidinggevendKlantcontact: { uuid: kcId },
    toegewezenAanActoren: [{ uuid: teamId }],
    status: 'te_verwerken',
  });
  expect(taak.status).toBe(201);
  return { uuid: taak.body.uuid as string, kcId };
}

describe('every operation of the Klantinteracties API × every role and token', () => {
  it('reads for the KCC and back office and tokens that read; writes for them and klantinteracties tokens', async () => {
    const wie: { label: string; client: TestClient; lezen: boolean; schrijven: boolean }[] = [];
    for (const rol of rolCodes) {
      const { client } = await medewerkerIn(rol, []);
      const mag = BEHANDELAARS.includes(rol);
      wie.push({ label: rol, client, lezen: mag, schrijven: mag });
    }
    for (const [scope, lezen, schrijven] of [
      ['lezen', true, false],
      ['klantinteracties', true, true],
      ['beheer', false, false],
    ] as const)
      wie.push({ label: `token ${scope}`, client: await tokenMet(scope), lezen, schrijven });
    wie.push({ label: 'anoniem', client: env.anoniem(), lezen: false, schrijven: false });
    const afwijkingen: string[] = [];
    for (const operatie of alleOperaties) {
      const [methode, pad] = operatie.split(' ');
      const schrijft = methode !== 'GET';
      for (const w of wie) {
        const res = await w.client.request(
          methode,
          `${BASIS}${pad.replace(/\{[^}]+\}/g, NEP)}`,
          schrijft && methode !== 'DELETE' ? {} : undefined,
        );
        const verwacht =
          w.label === 'anoniem' ? 401 : (schrijft ? w.schrijven : w.lezen) ? 'toegelaten' : 403;
        const kreeg = res.status === 401 || res.status === 403 ? res.status : 'toegelaten';
        if (kreeg !== verwacht)
          afwijkingen.push(`${operatie} · ${w.label}: ${res.status}, verwacht ${verwacht}`);
        if (res.status === 403)
          expect((await res.json()) as { code: string }).toMatchObject({ code: 'permission_denied' });
      }
    }
    expect(afwijkingen).toEqual([]);
    expect(alleOperaties.length).toBeGreaterThan(60);
  }, 120_000);
});

describe('an internetaak follows the rules of its contactverzoek', () => {
  it("another team's task is not found by a back-office employee, and cannot be closed by it; its own team's can", async () => {
    const { client: backoffice } = await medewerkerIn('backoffice-medewerker', [teams.Belastingen]);
    const eigen = await taakVoor(teams.Belastingen);
    const ander = await taakVoor(teams.Vergunningen);
    expect((await backoffice.get(`${BASIS}/internetaken/${eigen.uuid}`)).status).toBe(200);
    expect((await backoffice.get(`${BASIS}/internetaken/${ander.uuid}`)).status).toBe(404);
    const lijst = await json<{ results: { uuid: string }[] }>(
      backoffice.get(`${BASIS}/internetaken?pageSize=500`),
    );
    expect(lijst.results.map((t) => t.uuid)).toContain(eigen.uuid);
    expect(lijst.results.map((t) => t.uuid)).not.toContain(ander.uuid);
    const dicht = await backoffice.patch(`${BASIS}/internetaken/${ander.uuid}`, { status: 'verwerkt' });
    expect(dicht.status).toBe(403);
    expect(((await dicht.json()) as { code: string }).code).toBe('permission_denied');
    expect(
      (await backoffice.patch(`${BASIS}/internetaken/${eigen.uuid}`, { status: 'verwerkt' })).status,
    ).toBe(200);
  });

  it('assigning through the standard needs a key user or teamleider of the team, as in Stadspunt itself', async () => {
    const { client: backoffice } = await medewerkerIn('backoffice-medewerker', [teams.Belastingen]);
    const collega = await medewerkerIn('backoffice-medewerker', [teams.Belastingen]);
    const { client: keyuser } = await medewerkerIn('key-user', [teams.Belastingen]);
    const taak = await taakVoor(teams.Belastingen);
    const actoren = [{ uuid: teams.Belastingen }, { uuid: collega.id }];
    expect(
      (await backoffice.patch(`${BASIS}/internetaken/${taak.uuid}`, { toegewezenAanActoren: actoren }))
        .status,
    ).toBe(403);
    const toegewezen = await keyuser.patch(`${BASIS}/internetaken/${taak.uuid}`, {
      toegewezenAanActoren: actoren,
    });
    expect(toegewezen.status).toBe(200);
  });

  it('a PATCH that forwards and assigns is one transaction: an assignee outside the new team changes nothing', async () => {
    const taak = await taakVoor(teams.Belastingen);
    const [kcc] = await rijen<{ id: string }>(
      env.runtime.db,
      sql`select id from medewerker where gebruikersnaam = 'kcc'`,
    );
    const res = await kiss.patch(`/internetaken/${taak.uuid}`, {
      toegewezenAanActoren: [{ uuid: teams.Vergunningen }, { uuid: kcc.id }],
    });
    expect(res.status).toBe(400);
    const [cv] = await rijen<{ team_id: string; versie: number }>(
      env.runtime.db,
      sql`select team_id, versie from contactverzoek where id = ${taak.uuid}`,
    );
    expect(cv).toEqual({ team_id: teams.Belastingen, versie: 1 });
  });
});

describe("KISS's contactverzoek to a department Stadspunt has not seen before", () => {
  it('looks the afdeling up, creates the actor, and the task waits visibly in the KCC queue until the beheerder links it; then it and later tasks go to the team', async () => {
    const idf = `afd-${Date.now()}`;
    expect((await kiss.get(`/actoren?actoridentificatorObjectId=${idf}`)).body.count).toBe(0);
    const actor = await kiss.post('/actoren', {
      naam: 'Afdeling Parkeren',
      soortActor: 'organisatorische_eenheid',
      indicatieActief: true,
      actoridentificator: {
        objectId: idf,
        codeObjecttype: 'afd',
        codeRegister: 'obj',
        codeSoortObjectId: 'idf',
      },
    });
    expect(actor.status).toBe(201);
    const kcId = await contactMetBereik();
    const nieuweTaak = () =>
      kiss.post('/internetaken', {
        gevraagdeHandeling: 'Terugbellen over parkeren',
        aanleidinggevendKlantcontact: { uuid: kcId },
        toegewezenAanActoren: [{ uuid: actor.body.uuid }],
        status: 'te_verwerken',
      });
    const taak = await nieuweTaak();
    expect(taak.status, JSON.stringify(taak.body)).toBe(201);
    expect(taak.body.toegewezenAanActoren.map((a: { uuid: string }) => a.uuid)).toEqual([actor.body.uuid]);
    const kccKeyuser = await medewerkerIn('key-user', [teams.KCC]);
    const wachtend = await json<{ items: { id: string; wachtOpKoppeling: boolean; teamNaam: string }[] }>(
      kccKeyuser.client.get(`/api/v1/contactverzoeken?teamId=${teams.KCC}&filter=wacht-op-koppeling`),
    );
    expect(wachtend.items.find((i) => i.id === taak.body.uuid)).toMatchObject({
      wachtOpKoppeling: true,
      teamNaam: 'KCC',
    });

    const team = await json<{ versie: number }>(beheerder.get(`/api/v1/teams/${teams.Vergunningen}`));
    const koppel = await beheerder.patch(`/api/v1/teams/${teams.Vergunningen}`, {
      versie: team.versie,
      identificatie: idf,
    });
    expect(koppel.status).toBe(200);
    const [cv] = await rijen<{ team_id: string; wacht_op_actor: string | null }>(
      env.runtime.db,
      sql`select team_id, wacht_op_actor from contactverzoek where id = ${taak.body.uuid}`,
    );
    expect(cv).toEqual({ team_id: teams.Vergunningen, wacht_op_actor: null });
    const logboek = await rijen<{ soort: string; tekst: string }>(
      env.runtime.db,
      sql`select soort, tekst from contactverzoek_logboek where contactverzoek_id = ${taak.body.uuid} order by id`,
    );
    expect(logboek.at(-1)).toMatchObject({
      soort: 'doorgestuurd',
      tekst: expect.stringContaining('Afdeling Parkeren'),
    });
    const later = await nieuweTaak();
    expect(later.body.toegewezenAanActoren.map((a: { uuid: string }) => a.uuid)).toEqual([
      teams.Vergunningen,
    ]);
    const gevonden = await kiss.get(`/actoren?actoridentificatorObjectId=${idf}`);
    expect(gevonden.body.results.map((a: { uuid: string }) => a.uuid)).toContain(teams.Vergunningen);
  });

  it('a medewerker actor by e-mail address is the employee with that address', async () => {
    const mw = await medewerkerIn('backoffice-medewerker', [teams.Belastingen]);
    const { email } = await json<{ email: string }>(beheerder.get(`/api/v1/medewerkers/${mw.id}`));
    const actor = await kiss.post('/actoren', {
      naam: 'Medewerker uit KISS',
      soortActor: 'medewerker',
      indicatieActief: true,
      actoridentificator: {
        objectId: email,
        codeObjecttype: 'mdw',
        codeRegister: 'handmatig',
        codeSoortObjectId: 'email',
      },
    });
    const kcId = await contactMetBereik();
    const taak = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'Terugbellen',
      aanleidinggevendKlantcontact: { uuid: kcId },
      toegewezenAanActoren: [{ uuid: actor.body.uuid }],
      status: 'te_verwerken',
    });
    expect(taak.status).toBe(201);
    const [cv] = await rijen<{ team_id: string; medewerker_id: string }>(
      env.runtime.db,
      sql`select team_id, medewerker_id from contactverzoek where id = ${taak.body.uuid}`,
    );
    expect(cv).toEqual({ team_id: teams.Belastingen, medewerker_id: mw.id });
  });
});
