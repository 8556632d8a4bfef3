import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { alleOperaties, gedekt, type StandaardClient, standaardClient, velden } from './contract';

let env: TestOmgeving;
let kiss: StandaardClient;
let beheerder: TestClient;
let backoffice: TestClient;
/** Member of Belastingen and Vergunningen: reads the requests of both teams. */
let keyuser: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  beheerder = await env.login('beheerder');
  backoffice = await env.login('backoffice');
  keyuser = await env.login('keyuser');
});
afterAll(() => env?.stop());

async function team(naam: string) {
  const res = await beheerder.get(`/api/v1/teams?q=${naam}`);
  return ((await res.json()) as { items: { id: string; naam: string }[] }).items[0];
}
async function medewerker(gebruikersnaam: string) {
  const res = await beheerder.get(`/api/v1/medewerkers?q=${gebruikersnaam}`);
  return ((await res.json()) as { items: { id: string }[] }).items[0];
}

const contact = (onderwerp = 'Aanslag afvalstoffenheffing') => ({
  kanaal: 'telefoon',
  onderwerp,
  inhoud: 'De inwoner begrijpt de aanslag niet.',
  taal: 'nld',
  vertrouwelijk: false,
});

async function contactverzoek(id: string) {
  const res = await keyuser.get(`/api/v1/contactverzoeken/${id}`);
  return (await res.json()) as {
    status: string;
    teamNaam: string;
    medewerkerId: string | null;
    telefoon: string;
  };
}

describe("KISS's main flow", () => {
  it('finds a person by BSN, registers a contact, hands it to a team, lists the contacts and closes the task', async () => {
    // 1. Find the person by BSN.
    const bsn = '999993653';
    const gevonden = await kiss.get(
      `/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=${bsn}`,
    );
    let partijUuid = gevonden.body.results[0]?.uuid as string | undefined;
    if (!partijUuid) {
      const nieuw = await kiss.post('/partijen', {
        soortPartij: 'persoon',
        indicatieActief: true,
        partijIdentificatoren: [
          {
            partijIdentificator: {
              codeObjecttype: 'natuurlijk_persoon',
              codeSoortObjectId: 'bsn',
              objectId: bsn,
              codeRegister: 'brp',
            },
          },
        ],
      });
      partijUuid = nieuw.body.uuid as string;
    }
    const { body: persoon } = await kiss.get(`/partijen/${partijUuid}?expand=digitaleAdressen`);
    expect(persoon.partijIdentificatoren[0].partijIdentificator.objectId).toBe(bsn);
    // 2. Register the contact with maak-klantcontact.
    const gemaakt = await kiss.post('/maak-klantcontact', {
      klantcontact: contact(),
      betrokkene: { wasPartij: { uuid: partijUuid }, rol: 'klant', initiator: true },
    });
    expect(gemaakt.status).toBe(201);
    const kcUuid = gemaakt.body.klantcontact.uuid as string;
    await kiss.post('/digitaleadressen', {
      verstrektDoorBetrokkene: { uuid: gemaakt.body.betrokkene.uuid },
      adres: '0612345678',
      soortDigitaalAdres: 'telefoonnummer',
    });
    // 3. An internetaak for a team actor: a contactverzoek in the team's queue in Stadspunt.
    const belastingen = await team('Belastingen');
    const taak = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'Terugbellen over de aanslag',
      aanleidinggevendKlantcontact: { uuid: kcUuid },
      toegewezenAanActoren: [{ uuid: belastingen.id }],
      toelichting: 'Bel na 14:00',
      status: 'te_verwerken',
    });
    expect(taak.status).toBe(201);
    expect(taak.body.toegewezenAanActoren.map((a: { uuid: string }) => a.uuid)).toEqual([belastingen.id]);
    const cv = await contactverzoek(taak.body.uuid);
    expect(cv).toMatchObject({ status: 'open', teamNaam: 'Belastingen' });
    const wachtrij = (await (
      await backoffice.get(`/api/v1/contactverzoeken?teamId=${belastingen.id}`)
    ).json()) as {
      items: { id: string }[];
    };
    expect(wachtrij.items.map((i) => i.id)).toContain(taak.body.uuid);
    // 4. The person's klantcontacten, with the task.
    const lijst = await kiss.get(
      `/klantcontacten?hadBetrokkene__wasPartij__uuid=${partijUuid}&expand=leiddeTotInterneTaken`,
    );
    const kc = lijst.body.results.find((k: { uuid: string }) => k.uuid === kcUuid);
    expect(kc._expand.leiddeTotInterneTaken[0]).toMatchObject({
      uuid: taak.body.uuid,
      status: 'te_verwerken',
    });
    // 5. Close the task.
    const dicht = await kiss.patch(`/internetaken/${taak.body.uuid}`, { status: 'verwerkt' });
    expect(dicht.body.status).toBe('verwerkt');
    expect(dicht.body.afgehandeldOp).not.toBeNull();
    expect((await contactverzoek(taak.body.uuid)).status).toBe('afgehandeld');
  });
});

describe('internetaken are contactverzoeken', () => {
  async function nieuwContact(onderwerp?: string) {
    const { body } = await kiss.post('/maak-klantcontact', {
      klantcontact: contact(onderwerp),
      betrokkene: { rol: 'klant', initiator: true, contactnaam: { achternaam: 'Visser' } },
    });
    await kiss.post('/digitaleadressen', {
      verstrektDoorBetrokkene: { uuid: body.betrokkene.uuid },
      adres: 'visser@example.nl',
      soortDigitaalAdres: 'email',
    });
    return body.klantcontact.uuid as string;
  }

  it('a task for an employee goes to their team and to them; reassigning and forwarding go through Stadspunt', async () => {
    const pieter = await medewerker('backoffice');
    const kc = await nieuwContact();
    const taak = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'Contact opnemen',
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActor: { uuid: pieter.id },
      status: 'te_verwerken',
    });
    expect(taak.status).toBe(201);
    expect((await contactverzoek(taak.body.uuid)).medewerkerId).toBe(pieter.id);
    const vergunningen = await team('Vergunningen');
    const door = await kiss.put(`/internetaken/${taak.body.uuid}`, {
      gevraagdeHandeling: 'Contact opnemen',
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActoren: [{ uuid: vergunningen.id }],
      status: 'te_verwerken',
    });
    expect(door.body.toegewezenAanActoren).toEqual([expect.objectContaining({ uuid: vergunningen.id })]);
    expect((await contactverzoek(taak.body.uuid)).teamNaam).toBe('Vergunningen');
    const lijst = await kiss.get(
      `/internetaken?toegewezenAanActor__uuid=${vergunningen.id}&status=te_verwerken`,
    );
    expect(lijst.body.results.map((t: { uuid: string }) => t.uuid)).toContain(taak.body.uuid);
    expect((await kiss.get(`/internetaken/${taak.body.uuid}`)).body.gevraagdeHandeling).toBe(
      'Contact opnemen',
    );
  });

  it("Stadspunt's rules: one team, its own employee, a known actor; a closed task stays closed and is kept", async () => {
    const kc = await nieuwContact();
    const [belastingen, vergunningen] = [await team('Belastingen'), await team('Vergunningen')];
    const twee = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'x',
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActoren: [{ uuid: belastingen.id }, { uuid: vergunningen.id }],
      status: 'te_verwerken',
    });
    expect(velden(twee)).toEqual(['toegewezenAanActoren']);
    const kcc = await medewerker('kcc');
    const vreemd = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'x',
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActoren: [{ uuid: belastingen.id }, { uuid: kcc.id }],
      status: 'te_verwerken',
    });
    expect(velden(vreemd)).toEqual(['toegewezenAanActoren']);
    expect(
      velden(
        await kiss.post('/internetaken', {
          gevraagdeHandeling: 'x',
          aanleidinggevendKlantcontact: { uuid: '00000000-0000-4000-8000-000000000000' },
          toegewezenAanActoren: [{ uuid: belastingen.id }],
          status: 'te_verwerken',
        }),
      ),
    ).toEqual(['aanleidinggevendKlantcontact.uuid']);
    expect(velden(await kiss.post('/internetaken', { status: 'open' })).sort()).toEqual([
      'aanleidinggevendKlantcontact',
      'gevraagdeHandeling',
      'status',
    ]);
    const taak = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'Direct verwerkt',
      aanleidinggevendKlantcontact: { uuid: kc },
      toegewezenAanActoren: [{ uuid: belastingen.id }],
      status: 'verwerkt',
    });
    expect(taak.body.status).toBe('verwerkt');
    expect((await kiss.patch(`/internetaken/${taak.body.uuid}`, { status: 'te_verwerken' })).status).toBe(
      409,
    );
    expect(
      (await kiss.patch(`/internetaken/${taak.body.uuid}`, { gevraagdeHandeling: 'anders' })).status,
    ).toBe(409);
    expect((await kiss.delete(`/internetaken/${taak.body.uuid}`)).status).toBe(409);
    expect(
      (await kiss.get(`/internetaken?status=verwerkt&aanleidinggevendKlantcontact__uuid=${kc}`)).body.count,
    ).toBe(1);
  });

  it('a contact without any way to reach the resident gets no task, naming the contact', async () => {
    const { body } = await kiss.post('/klantcontacten', contact());
    const res = await kiss.post('/internetaken', {
      gevraagdeHandeling: 'Bellen',
      aanleidinggevendKlantcontact: { uuid: body.uuid },
      toegewezenAanActoren: [{ uuid: (await team('Belastingen')).id }],
      status: 'te_verwerken',
    });
    expect(velden(res)).toEqual(['aanleidinggevendKlantcontact']);
  });
});

it('covers every method of internetaken against the spec', () => {
  const hier = alleOperaties.filter((o) => /\/internetaken/.test(o));
  // A contactverzoek is kept: DELETE answers 409 (tested above), never the spec's 204.
  expect(hier.filter((o) => !gedekt.has(o))).toEqual(['DELETE /internetaken/{uuid}']);
});
