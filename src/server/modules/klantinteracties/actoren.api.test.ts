import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { alleOperaties, gedekt, type StandaardClient, standaardClient, velden } from './contract';

let env: TestOmgeving;
let kiss: StandaardClient;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

const contact = () => ({
  kanaal: 'telefoon',
  onderwerp: 'Bijstand',
  taal: 'nld',
  vertrouwelijk: false,
});

async function medewerker(gebruikersnaam: string) {
  const res = await beheerder.get(`/api/v1/medewerkers?q=${gebruikersnaam}`);
  return ((await res.json()) as { items: { id: string; naam: string; email: string }[] }).items[0];
}
async function team(naam: string) {
  const res = await beheerder.get(`/api/v1/teams?q=${naam}`);
  return ((await res.json()) as { items: { id: string; naam: string }[] }).items[0];
}

describe('actoren are Stadspunt employees and teams', () => {
  it('an employee is an actor of soort medewerker with the same uuid, found by e-mail', async () => {
    const mw = await medewerker('backoffice');
    const res = await kiss.get(`/actoren/${mw.id}`);
    expect(res.body).toMatchObject({
      uuid: mw.id,
      naam: mw.naam,
      soortActor: 'medewerker',
      indicatieActief: true,
    });
    const gevonden = await kiss.get(`/actoren?actoridentificatorObjectId=${encodeURIComponent(mw.email)}`);
    expect(gevonden.body.results.map((a: { uuid: string }) => a.uuid)).toEqual([mw.id]);
  });

  it('a team is an organisatorische eenheid with the same uuid', async () => {
    const t = await team('Belastingen');
    const res = await kiss.get(`/actoren?soortActor=organisatorische_eenheid&naam=belasting`);
    expect(res.body.results).toEqual([
      expect.objectContaining({ uuid: t.id, naam: 'Belastingen', soortActor: 'organisatorische_eenheid' }),
    ]);
  });

  it('employees and teams are managed in Stadspunt: changing them through the standard is refused', async () => {
    const mw = await medewerker('kcc');
    expect((await kiss.patch(`/actoren/${mw.id}`, { indicatieActief: false })).status).toBe(409);
    expect((await kiss.delete(`/actoren/${mw.id}`)).status).toBe(409);
    expect((await kiss.get(`/actoren/${mw.id}`)).body.indicatieActief).toBe(true);
  });

  it("an actor Stadspunt doesn't know (a system) is kept by the standard, with full CRUD", async () => {
    const nieuw = await kiss.post('/actoren', {
      naam: 'Chatbot Gem',
      soortActor: 'geautomatiseerde_actor',
      actoridentificator: {
        objectId: 'gem',
        codeObjecttype: 'bot',
        codeRegister: 'kiss',
        codeSoortObjectId: 'naam',
      },
      actorIdentificatie: { functie: 'chatbot' },
    });
    expect(nieuw.status).toBe(201);
    const put = await kiss.put(`/actoren/${nieuw.body.uuid}`, {
      naam: 'Chatbot Gem 2',
      soortActor: 'geautomatiseerde_actor',
    });
    expect(put.body).toMatchObject({ naam: 'Chatbot Gem 2', actorIdentificatie: { functie: 'chatbot' } });
    const patch = await kiss.patch(`/actoren/${nieuw.body.uuid}`, { indicatieActief: false });
    expect(patch.body.indicatieActief).toBe(false);
    expect(
      (await kiss.get('/actoren?indicatieActief=false&actoridentificatorCodeRegister=kiss')).body.count,
    ).toBe(1);
    expect((await kiss.delete(`/actoren/${nieuw.body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/actoren/${nieuw.body.uuid}`)).status).toBe(404);
  });

  it('validates soortActor, naam and the identificatie of its soort', async () => {
    expect(velden(await kiss.post('/actoren', { naam: 'X', soortActor: 'robot' }))).toEqual(['soortActor']);
    expect(velden(await kiss.post('/actoren', { soortActor: 'medewerker' }))).toEqual(['naam']);
    const telefoon = await kiss.post('/actoren', {
      naam: 'Extern',
      soortActor: 'medewerker',
      actorIdentificatie: { functie: 'adviseur', telefoonnummer: '12' },
    });
    expect(velden(telefoon)).toEqual(['actorIdentificatie.telefoonnummer']);
  });
});

describe('actorklantcontacten', () => {
  it('the employee of a contact registered in Stadspunt is its actorklantcontact', async () => {
    const kcc = await env.login('kcc');
    const kc = (await (
      await kcc.post('/api/v1/klantcontacten', {
        kanaal: 'telefoon',
        partijId: null,
        vragen: [{ onderwerp: 'Afval', vraag: '?', uitkomst: 'afgehandeld' }],
      })
    ).json()) as { id: string; medewerkerId: string };
    const res = await kiss.get(`/actorklantcontacten?klantcontact__uuid=${kc.id}`);
    expect(res.body.results).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ uuid: kc.medewerkerId }) }),
    ]);
    expect((await kiss.get(`/actorklantcontacten/${res.body.results[0].uuid}`)).status).toBe(200);
  });

  it('linking an employee to a contact made with a token makes it their contact in Stadspunt', async () => {
    const mw = await medewerker('backoffice');
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    expect(kc.hadBetrokkenActoren).toEqual([]);
    const link = await kiss.post('/actorklantcontacten', {
      actor: { uuid: mw.id },
      klantcontact: { uuid: kc.uuid },
    });
    expect(link.status).toBe(201);
    const eigen = (await (
      await (await env.login('kcc')).get(`/api/v1/klantcontacten/${kc.uuid}`)
    ).json()) as {
      medewerkerId: string;
    };
    expect(eigen.medewerkerId).toBe(mw.id);
    const nu = await kiss.get(`/klantcontacten/${kc.uuid}`);
    expect(nu.body.hadBetrokkenActoren.map((a: { uuid: string }) => a.uuid)).toEqual([mw.id]);
    expect((await kiss.get(`/actorklantcontacten?actor__uuid=${mw.id}`)).body.count).toBeGreaterThan(0);
    const dubbel = await kiss.post('/actorklantcontacten', {
      actor: { uuid: mw.id },
      klantcontact: { uuid: kc.uuid },
    });
    expect(dubbel.status).toBe(400);
    expect((await kiss.delete(`/actorklantcontacten/${link.body.uuid}`)).status).toBe(409);
  });

  it('a team or system actor is linked without changing the contact; PUT, PATCH and DELETE work', async () => {
    const t = await team('Vergunningen');
    const { body: bot } = await kiss.post('/actoren', {
      naam: 'Robot',
      soortActor: 'geautomatiseerde_actor',
    });
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const link = await kiss.post('/actorklantcontacten', {
      actor: { uuid: t.id },
      klantcontact: { uuid: kc.uuid },
    });
    const put = await kiss.put(`/actorklantcontacten/${link.body.uuid}`, {
      actor: { uuid: bot.uuid },
      klantcontact: { uuid: kc.uuid },
    });
    expect(put.body.actor.uuid).toBe(bot.uuid);
    const patch = await kiss.patch(`/actorklantcontacten/${link.body.uuid}`, { actor: { uuid: t.id } });
    expect(patch.body.actor.uuid).toBe(t.id);
    expect((await kiss.delete(`/actorklantcontacten/${link.body.uuid}`)).status).toBe(204);
    const onbekend = await kiss.post('/actorklantcontacten', {
      actor: { uuid: '00000000-0000-4000-8000-000000000000' },
      klantcontact: { uuid: kc.uuid },
    });
    expect(velden(onbekend)).toEqual(['actor.uuid']);
  });
});

it('covers every method of actoren and actorklantcontacten against the spec', () => {
  const hier = alleOperaties.filter((o) => /\/(actoren|actorklantcontacten)/.test(o));
  expect(hier.filter((o) => !gedekt.has(o))).toEqual([]);
});
