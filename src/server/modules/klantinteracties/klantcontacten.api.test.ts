import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { alleOperaties, gedekt, type StandaardClient, standaardClient, velden } from './contract';

let env: TestOmgeving;
let kiss: StandaardClient;
let kcc: TestClient;
let partijId: string;

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  kcc = await env.login('kcc');
  partijId = (
    (await (await kcc.post('/api/v1/partijen/personen', { bsn: '999993653' })).json()) as { id: string }
  ).id;
});
afterAll(() => env?.stop());

const contact = (extra: Record<string, unknown> = {}) => ({
  kanaal: 'telefoon',
  onderwerp: 'Afvalpas kwijt',
  inhoud: 'Mijn afvalpas is gestolen.',
  reactie: 'Nieuwe pas aangevraagd.',
  taal: 'nld',
  vertrouwelijk: false,
  plaatsgevondenOp: new Date(Date.now() - 60_000).toISOString(),
  ...extra,
});

async function tijdlijn(id: string) {
  const res = await kcc.get(`/api/v1/partijen/${id}/tijdlijn?pageSize=100`);
  return ((await res.json()) as { items: { id: string; titel: string }[] }).items;
}

describe('klantcontacten are Stadspunt contacts with one question', () => {
  it('a klantcontact of the standard is a registered contact in Stadspunt with subject, question and answer', async () => {
    const res = await kiss.post(
      '/klantcontacten',
      contact({ referentienummer: 'KC-1', metadata: { bron: 'kiss' } }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kanaal: 'telefoon',
      onderwerp: 'Afvalpas kwijt',
      referentienummer: 'KC-1',
    });
    const eigen = (await (await kcc.get(`/api/v1/klantcontacten/${res.body.uuid}`)).json()) as {
      status: string;
      vragen: { onderwerp: string; vraag: string; antwoord: string; uitkomst: string }[];
    };
    expect(eigen.status).toBe('afgerond');
    expect(eigen.vragen).toEqual([
      expect.objectContaining({
        onderwerp: 'Afvalpas kwijt',
        vraag: 'Mijn afvalpas is gestolen.',
        antwoord: 'Nieuwe pas aangevraagd.',
        uitkomst: 'afgehandeld',
      }),
    ]);
    expect((await kiss.get(`/klantcontacten?referentienummer=KC-1`)).body.count).toBe(1);
  });

  it("a contact registered at the KCC desk is in the standard's list of the party's klantcontacten", async () => {
    const eigen = (await (
      await kcc.post('/api/v1/klantcontacten', {
        kanaal: 'balie',
        partijId,
        vragen: [
          { onderwerp: 'Parkeervergunning', vraag: 'Kosten?', antwoord: '€ 80', uitkomst: 'afgehandeld' },
        ],
      })
    ).json()) as { id: string };
    const res = await kiss.get(
      `/klantcontacten?hadBetrokkene__wasPartij__uuid=${partijId}&expand=hadBetrokkenen`,
    );
    const gevonden = res.body.results.find((k: { uuid: string }) => k.uuid === eigen.id);
    expect(gevonden).toMatchObject({ kanaal: 'balie', onderwerp: 'Parkeervergunning', reactie: '€ 80' });
    expect(gevonden._expand.hadBetrokkenen[0].wasPartij.uuid).toBe(partijId);
    expect(gevonden.hadBetrokkenActoren[0]).toMatchObject({
      soortActor: 'medewerker',
      naam: 'Sanne de Vries',
    });
  });

  it("Stadspunt's rules hold: a known kanaal and a start not in the future, named as the standard's fields", async () => {
    expect(velden(await kiss.post('/klantcontacten', contact({ kanaal: 'fax' })))).toEqual(['kanaal']);
    const toekomst = await kiss.post(
      '/klantcontacten',
      contact({ plaatsgevondenOp: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(velden(toekomst)).toEqual(['plaatsgevondenOp']);
    expect(velden(await kiss.post('/klantcontacten', { kanaal: 'telefoon' })).sort()).toEqual([
      'onderwerp',
      'taal',
      'vertrouwelijk',
    ]);
    expect(velden(await kiss.post('/klantcontacten', contact({ onderwerp: 'x'.repeat(201) })))).toEqual([
      'onderwerp',
    ]);
    expect((await kiss.post('/klantcontacten', contact({ kanaal: 'E-mail' }))).body.kanaal).toBe('e-mail');
  });

  it('the extra fields change; what was registered does not, and a contact is not deleted', async () => {
    const { body } = await kiss.post('/klantcontacten', contact());
    const patch = await kiss.patch(`/klantcontacten/${body.uuid}`, {
      indicatieContactGelukt: true,
      vertrouwelijk: true,
    });
    expect(patch.body).toMatchObject({
      indicatieContactGelukt: true,
      vertrouwelijk: true,
      onderwerp: 'Afvalpas kwijt',
    });
    const put = await kiss.put(`/klantcontacten/${body.uuid}`, {
      ...contact(),
      plaatsgevondenOp: body.plaatsgevondenOp,
    });
    expect(put.status).toBe(200);
    expect(put.body.vertrouwelijk).toBe(false);
    expect((await kiss.patch(`/klantcontacten/${body.uuid}`, { onderwerp: 'Iets anders' })).status).toBe(409);
    expect((await kiss.delete(`/klantcontacten/${body.uuid}`)).status).toBe(409);
    expect(
      (await kiss.get(`/klantcontacten?vertrouwelijk=false&kanaal=telefoon`)).body.count,
    ).toBeGreaterThan(0);
  });

  it('expands onderwerpobjecten and bijlagen; filters on them and on plaatsgevondenOp', async () => {
    const { body } = await kiss.post('/klantcontacten', contact());
    const ow = await kiss.post('/onderwerpobjecten', {
      klantcontact: { uuid: body.uuid },
      onderwerpobjectidentificator: {
        objectId: 'ZAAK-2026-1',
        codeObjecttype: 'zaak',
        codeRegister: 'openzaak',
        codeSoortObjectId: 'identificatie',
      },
    });
    const bijlage = await kiss.post('/bijlagen', {
      wasBijlageVanKlantcontact: { uuid: body.uuid },
      bijlageidentificator: {
        objectId: 'doc-1',
        codeObjecttype: 'DOCUMENT',
        codeRegister: 'drc',
        codeSoortObjectId: 'uuid',
      },
    });
    const res = await kiss.get(
      `/klantcontacten/${body.uuid}?expand=gingOverOnderwerpobjecten,omvatteBijlagen`,
    );
    expect(res.body._expand.gingOverOnderwerpobjecten[0].uuid).toBe(ow.body.uuid);
    expect(res.body._expand.omvatteBijlagen[0].uuid).toBe(bijlage.body.uuid);
    const zaak = await kiss.get(
      '/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=ZAAK-2026-1',
    );
    expect(zaak.body.results.map((k: { uuid: string }) => k.uuid)).toEqual([body.uuid]);
    const tijd = await kiss.get(
      `/klantcontacten?plaatsgevondenOp=${encodeURIComponent(body.plaatsgevondenOp)}`,
    );
    expect(tijd.body.results.map((k: { uuid: string }) => k.uuid)).toContain(body.uuid);
    expect(velden(await kiss.get('/klantcontacten?plaatsgevondenOp=gisteren'))).toEqual(['plaatsgevondenOp']);
  });
});

describe('betrokkenen link a klantcontact to a partij', () => {
  it("a betrokkene with a partij puts the contact on the party's timeline in Stadspunt", async () => {
    const { body: kc } = await kiss.post('/klantcontacten', contact({ onderwerp: 'Rijbewijs verlengen' }));
    const res = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      wasPartij: { uuid: partijId },
      rol: 'klant',
      initiator: true,
      contactnaam: { voornaam: 'Jan', achternaam: 'Moullin' },
    });
    expect(res.status).toBe(201);
    expect(res.body.volledigeNaam).toBe('Jan Moullin');
    expect((await tijdlijn(partijId)).map((i) => i.id)).toContain(kc.uuid);
    expect(
      (await kiss.get(`/betrokkenen?contactnaamAchternaam=Moullin&hadKlantcontact__uuid=${kc.uuid}`)).body
        .count,
    ).toBe(1);
  });

  it('the party of a completed contact does not change or go; other betrokkenen can', async () => {
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const hoofd = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      wasPartij: { uuid: partijId },
      rol: 'klant',
      initiator: true,
    });
    const ander = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      rol: 'vertegenwoordiger',
      initiator: false,
      organisatienaam: 'Buurtteam',
    });
    expect((await kiss.patch(`/betrokkenen/${hoofd.body.uuid}`, { wasPartij: null })).status).toBe(409);
    expect((await kiss.delete(`/betrokkenen/${hoofd.body.uuid}`)).status).toBe(409);
    const put = await kiss.put(`/betrokkenen/${ander.body.uuid}`, {
      hadKlantcontact: { uuid: kc.uuid },
      rol: 'klant',
      initiator: false,
    });
    expect(put.body).toMatchObject({ rol: 'klant', organisatienaam: 'Buurtteam' });
    const patch = await kiss.patch(`/betrokkenen/${ander.body.uuid}`, {
      bezoekadres: { adresregel1: 'Postbus 1' },
    });
    expect(patch.body.bezoekadres).toEqual({ adresregel1: 'Postbus 1' });
    expect((await kiss.delete(`/betrokkenen/${ander.body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/betrokkenen?organisatienaam=Buurtteam`)).body.count).toBe(0);
  });

  it('a betrokkene takes digital addresses of its own and expands them', async () => {
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const { body: b } = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      rol: 'klant',
      initiator: true,
      contactnaam: { achternaam: 'Anoniem' },
    });
    const da = await kiss.post('/digitaleadressen', {
      verstrektDoorBetrokkene: { uuid: b.uuid },
      adres: '0612345678',
      soortDigitaalAdres: 'telefoonnummer',
    });
    const res = await kiss.get(`/betrokkenen/${b.uuid}?expand=digitaleAdressen`);
    expect(res.body._expand.digitaleAdressen[0].uuid).toBe(da.body.uuid);
    const via = await kiss.get(
      `/digitaleadressen/${da.body.uuid}?expand=verstrektDoorBetrokkene.hadKlantcontact`,
    );
    expect(via.body._expand.verstrektDoorBetrokkene._expand.hadKlantcontact.uuid).toBe(kc.uuid);
    const zoek = await kiss.get(`/klantcontacten?hadBetrokkene__digitaaladres__adres__icontains=0612345678`);
    expect(zoek.body.results.map((k: { uuid: string }) => k.uuid)).toContain(kc.uuid);
  });

  it('deleting a betrokkene deletes the address only it gave and keeps the one a partij also gave (found by the fuzzer)', async () => {
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const { body: b } = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      rol: 'klant',
      initiator: true,
    });
    const { body: p } = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatie: { naam: 'Adresgever BV' },
    });
    const eigen = await kiss.post('/digitaleadressen', {
      verstrektDoorBetrokkene: { uuid: b.uuid },
      adres: 'alleen@betrokkene.nl',
      soortDigitaalAdres: 'overig',
    });
    const gedeeld = await kiss.post('/digitaleadressen', {
      verstrektDoorBetrokkene: { uuid: b.uuid },
      verstrektDoorPartij: { uuid: p.uuid },
      adres: '0201234567',
      soortDigitaalAdres: 'overig',
    });
    expect((await kiss.delete(`/betrokkenen/${b.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/digitaleadressen/${eigen.body.uuid}`)).status).toBe(404);
    const blijft = await kiss.get(`/digitaleadressen/${gedeeld.body.uuid}`);
    expect(blijft.body).toMatchObject({
      verstrektDoorBetrokkene: null,
      verstrektDoorPartij: { uuid: p.uuid },
    });
  });

  it('refuses an unknown klantcontact or partij, naming the field', async () => {
    const geen = '00000000-0000-4000-8000-000000000000';
    const res = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: geen },
      rol: 'klant',
      initiator: true,
    });
    expect(velden(res)).toEqual(['hadKlantcontact.uuid']);
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const partij = await kiss.post('/betrokkenen', {
      hadKlantcontact: { uuid: kc.uuid },
      wasPartij: { uuid: geen },
      rol: 'klant',
      initiator: true,
    });
    expect(velden(partij)).toEqual(['wasPartij.uuid']);
    expect(
      velden(await kiss.post('/betrokkenen', { hadKlantcontact: { uuid: kc.uuid }, rol: 'buur' })),
    ).toEqual(['rol', 'initiator']);
  });
});

describe('onderwerpobjecten', () => {
  it('are read, changed and deleted; with cascade every klantcontact is kept', async () => {
    const { body: kc } = await kiss.post('/klantcontacten', contact());
    const { body: ow } = await kiss.post('/onderwerpobjecten', { klantcontact: { uuid: kc.uuid } });
    expect((await kiss.get(`/onderwerpobjecten?klantcontact__uuid=${kc.uuid}`)).body.count).toBe(1);
    expect((await kiss.get(`/onderwerpobjecten/${ow.uuid}`)).body.klantcontact.uuid).toBe(kc.uuid);
    const put = await kiss.put(`/onderwerpobjecten/${ow.uuid}`, {
      klantcontact: { uuid: kc.uuid },
      wasKlantcontact: { uuid: kc.uuid },
    });
    expect(put.body.wasKlantcontact.uuid).toBe(kc.uuid);
    const patch = await kiss.patch(`/onderwerpobjecten/${ow.uuid}`, {
      onderwerpobjectidentificator: {
        objectId: 'x',
        codeObjecttype: 'zaak',
        codeRegister: 'r',
        codeSoortObjectId: 's',
      },
    });
    expect(patch.body.onderwerpobjectidentificator.objectId).toBe('x');
    const weg = await kiss.delete(`/onderwerpobjecten/${ow.uuid}?cascade=true`);
    expect(weg.status).toBe(200);
    expect(weg.body.behouden).toEqual([expect.stringContaining(kc.uuid)]);
    expect((await kiss.get(`/klantcontacten/${kc.uuid}`)).status).toBe(200);
    const { body: ow2 } = await kiss.post('/onderwerpobjecten', { klantcontact: { uuid: kc.uuid } });
    expect((await kiss.delete(`/onderwerpobjecten/${ow2.uuid}`)).status).toBe(204);
    expect(velden(await kiss.post('/onderwerpobjecten', { klantcontact: { uuid: 'nee' } }))).toEqual([
      'klantcontact.uuid',
    ]);
  });
});

describe('maak-klantcontact', () => {
  it('makes klantcontact, betrokkene and onderwerpobject together', async () => {
    const res = await kiss.post('/maak-klantcontact', {
      klantcontact: contact({ onderwerp: 'Verhuizing doorgeven' }),
      betrokkene: { wasPartij: { uuid: partijId }, rol: 'klant', initiator: true },
      onderwerpobject: {
        onderwerpobjectidentificator: {
          objectId: 'Z-9',
          codeObjecttype: 'zaak',
          codeRegister: 'oz',
          codeSoortObjectId: 'id',
        },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.betrokkene.hadKlantcontact.uuid).toBe(res.body.klantcontact.uuid);
    expect(res.body.onderwerpobject.klantcontact.uuid).toBe(res.body.klantcontact.uuid);
    expect((await tijdlijn(partijId)).map((i) => i.id)).toContain(res.body.klantcontact.uuid);
  });

  it('writes nothing when a part is wrong, and names the field with its part', async () => {
    const voor = (await kiss.get('/klantcontacten?pageSize=1')).body.count;
    const res = await kiss.post('/maak-klantcontact', {
      klantcontact: contact(),
      betrokkene: {
        wasPartij: { uuid: '00000000-0000-4000-8000-000000000000' },
        rol: 'klant',
        initiator: true,
      },
    });
    expect(velden(res)).toEqual(['betrokkene.wasPartij.uuid']);
    expect((await kiss.get('/klantcontacten?pageSize=1')).body.count).toBe(voor);
    expect(
      velden(await kiss.post('/maak-klantcontact', { klantcontact: contact({ kanaal: 'duif' }) })),
    ).toEqual(['klantcontact.kanaal']);
    expect(velden(await kiss.post('/maak-klantcontact', {}))).toEqual(['klantcontact']);
    const kapot = await kiss.post('/maak-klantcontact', '{"klantcontact": ');
    expect(kapot.status).toBe(400);
    expect(kapot.body.invalidParams).toEqual([expect.objectContaining({ code: 'parse_error' })]);
  });
});

it('covers every method of klantcontacten, betrokkenen, onderwerpobjecten and maak-klantcontact against the spec', () => {
  const hier = alleOperaties.filter((o) =>
    /\/(klantcontacten|betrokkenen|onderwerpobjecten|maak-klantcontact)/.test(o),
  );
  // A registered contact is kept: DELETE answers 409 (tested above), never the spec's 204.
  expect(hier.filter((o) => !gedekt.has(o))).toEqual(['DELETE /klantcontacten/{uuid}']);
});
