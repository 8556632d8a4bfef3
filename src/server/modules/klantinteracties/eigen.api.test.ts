import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { partij } from '../partijen/schema';
import { isGeldigeIban } from './bronnen/rekeningnummers';
import {
  alleOperaties,
  apiTokenVoor,
  gedekt,
  type StandaardClient,
  standaardClient,
  velden,
} from './contract';

let env: TestOmgeving;
let kiss: StandaardClient;
let personen: string[];

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  personen = (
    await env.runtime.db.select({ id: partij.id }).from(partij).where(eq(partij.soort, 'persoon')).limit(3)
  ).map((p) => p.id);
});
afterAll(() => env?.stop());

describe("what Stadspunt has no place for is kept by the standard's own tables", () => {
  it('categorieen: CRUD, with a unique name', async () => {
    const nieuw = await kiss.post('/categorieen', { naam: 'Ondernemer' });
    expect(nieuw.status).toBe(201);
    expect(velden(await kiss.post('/categorieen', { naam: 'ondernemer' }))).toEqual(['naam']);
    expect(velden(await kiss.post('/categorieen', { naam: 'x'.repeat(81) }))).toEqual(['naam']);
    expect((await kiss.get(`/categorieen/${nieuw.body.uuid}`)).body.naam).toBe('Ondernemer');
    expect((await kiss.put(`/categorieen/${nieuw.body.uuid}`, { naam: 'Ondernemers' })).body.naam).toBe(
      'Ondernemers',
    );
    expect((await kiss.patch(`/categorieen/${nieuw.body.uuid}`, { naam: 'ZZP' })).body.naam).toBe('ZZP');
    expect((await kiss.get('/categorieen')).body.count).toBe(1);
    expect((await kiss.delete(`/categorieen/${nieuw.body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/categorieen/${nieuw.body.uuid}`)).status).toBe(404);
  });

  it('categorie-relaties link a partij to a categorie for a period and show on the partij', async () => {
    const { body: cat } = await kiss.post('/categorieen', { naam: 'Mantelzorger' });
    const rel = await kiss.post('/categorie-relaties', {
      partij: { uuid: personen[0] },
      categorie: { uuid: cat.uuid },
      beginDatum: '2026-01-01',
    });
    expect(rel.status).toBe(201);
    expect(rel.body.categorie).toMatchObject({ uuid: cat.uuid, naam: 'Mantelzorger' });
    const p = await kiss.get(`/partijen/${personen[0]}?expand=categorieRelaties`);
    expect(p.body.categorieRelaties[0]).toMatchObject({ uuid: rel.body.uuid, categorieNaam: 'Mantelzorger' });
    expect(p.body._expand.categorieRelaties[0].uuid).toBe(rel.body.uuid);
    expect((await kiss.get('/partijen?categorierelatie__categorie__naam=Mantelzorger')).body.count).toBe(1);
    expect(
      (await kiss.get(`/categorie-relaties?categorie__naam=Mantelzorger&partij__uuid=${personen[0]}`)).body
        .count,
    ).toBe(1);
    expect((await kiss.get(`/categorie-relaties/${rel.body.uuid}`)).status).toBe(200);
    const eind = await kiss.patch(`/categorie-relaties/${rel.body.uuid}`, { eindDatum: '2025-12-31' });
    expect(velden(eind)).toEqual(['eindDatum']);
    const put = await kiss.put(`/categorie-relaties/${rel.body.uuid}`, {
      partij: { uuid: personen[0] },
      categorie: { uuid: cat.uuid },
      beginDatum: '2026-01-01',
      eindDatum: '2026-12-31',
    });
    expect(put.body.eindDatum).toBe('2026-12-31');
    expect(
      (await kiss.patch(`/categorie-relaties/${rel.body.uuid}`, { beginDatum: '2026-02-01' })).body,
    ).toMatchObject({
      beginDatum: '2026-02-01',
      eindDatum: '2026-12-31',
    });
    expect((await kiss.get('/categorie-relaties?eindDatum=2026-12-31')).body.count).toBe(1);
    expect(velden(await kiss.post('/categorie-relaties', { categorie: { uuid: personen[0] } }))).toEqual([
      'categorie.uuid',
    ]);
    expect((await kiss.delete(`/categorie-relaties/${rel.body.uuid}`)).status).toBe(204);
  });

  it('vertegenwoordigingen: one partij represents another, not itself', async () => {
    const [a, b] = personen;
    const res = await kiss.post('/vertegenwoordigingen', {
      vertegenwoordigendePartij: { uuid: a },
      vertegenwoordigdePartij: { uuid: b },
    });
    expect(res.status).toBe(201);
    expect((await kiss.get(`/partijen/${a}`)).body.vertegenwoordigden).toEqual([
      expect.objectContaining({ uuid: b }),
    ]);
    expect(
      (await kiss.get(`/partijen?vertegenwoordigdePartij__uuid=${b}`)).body.results.map(
        (p: { uuid: string }) => p.uuid,
      ),
    ).toEqual([a]);
    expect((await kiss.get(`/vertegenwoordigingen?vertegenwoordigendePartij__uuid=${a}`)).body.count).toBe(1);
    expect((await kiss.get(`/vertegenwoordigingen/${res.body.uuid}`)).status).toBe(200);
    const zelf = await kiss.post('/vertegenwoordigingen', {
      vertegenwoordigendePartij: { uuid: a },
      vertegenwoordigdePartij: { uuid: a },
    });
    expect(velden(zelf)).toEqual(['vertegenwoordigdePartij']);
    expect(
      velden(await kiss.post('/vertegenwoordigingen', { vertegenwoordigdePartij: { uuid: b } })),
    ).toEqual(['vertegenwoordigendePartij']);
    const put = await kiss.put(`/vertegenwoordigingen/${res.body.uuid}`, {
      vertegenwoordigendePartij: { uuid: b },
      vertegenwoordigdePartij: { uuid: a },
    });
    expect(put.body.vertegenwoordigdePartij.uuid).toBe(a);
    const patch = await kiss.patch(`/vertegenwoordigingen/${res.body.uuid}`, {
      vertegenwoordigdePartij: { uuid: personen[2] },
    });
    expect(patch.body.vertegenwoordigdePartij.uuid).toBe(personen[2]);
    expect((await kiss.delete(`/vertegenwoordigingen/${res.body.uuid}`)).status).toBe(204);
  });

  it('rekeningnummers: an IBAN with a correct check number, shown on the partij', async () => {
    expect(isGeldigeIban('NL91ABNA0417164300')).toBe(true);
    expect(isGeldigeIban('NL92ABNA0417164300')).toBe(false);
    const res = await kiss.post('/rekeningnummers', {
      partij: { uuid: personen[1] },
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
    });
    expect(res.status).toBe(201);
    expect((await kiss.get(`/partijen/${personen[1]}`)).body.rekeningnummers).toEqual([
      expect.objectContaining({ uuid: res.body.uuid }),
    ]);
    const voorkeur = await kiss.patch(`/partijen/${personen[1]}`, {
      voorkeursRekeningnummer: { uuid: res.body.uuid },
    });
    expect(voorkeur.body.voorkeursRekeningnummer.uuid).toBe(res.body.uuid);
    const vreemd = await kiss.patch(`/partijen/${personen[2]}`, {
      voorkeursRekeningnummer: { uuid: res.body.uuid },
    });
    expect(velden(vreemd)).toEqual(['voorkeursRekeningnummer']);
    expect(
      velden(await kiss.patch(`/partijen/${personen[2]}`, { rekeningnummers: [{ uuid: res.body.uuid }] })),
    ).toEqual(['rekeningnummers']);
    expect(velden(await kiss.post('/rekeningnummers', { iban: 'NL92ABNA0417164300' }))).toEqual(['iban']);
    expect(velden(await kiss.post('/rekeningnummers', { iban: 'NL91ABNA0417164300', bic: 'AB' }))).toEqual([
      'bic',
    ]);
    expect((await kiss.get('/rekeningnummers?iban=NL91ABNA0417164300')).body.count).toBe(1);
    expect((await kiss.get(`/rekeningnummers/${res.body.uuid}`)).body.bic).toBe('ABNANL2A');
    expect(
      (await kiss.put(`/rekeningnummers/${res.body.uuid}`, { iban: 'NL02ABNA0123456789' })).body.iban,
    ).toBe('NL02ABNA0123456789');
    expect((await kiss.patch(`/rekeningnummers/${res.body.uuid}`, { bic: 'RABONL2U' })).body.bic).toBe(
      'RABONL2U',
    );
    expect((await kiss.delete(`/rekeningnummers/${res.body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/partijen/${personen[1]}`)).body.voorkeursRekeningnummer).toBeNull();
  });

  it('bijlagen belong to a klantcontact', async () => {
    const { body: kc } = await kiss.post('/klantcontacten', {
      kanaal: 'e-mail',
      onderwerp: 'Bezwaar',
      taal: 'nld',
      vertrouwelijk: true,
    });
    const identificator = {
      objectId: 'd1',
      codeObjecttype: 'DOCUMENT',
      codeRegister: 'drc',
      codeSoortObjectId: 'uuid',
    };
    const res = await kiss.post('/bijlagen', {
      wasBijlageVanKlantcontact: { uuid: kc.uuid },
      bijlageidentificator: identificator,
    });
    expect(res.status).toBe(201);
    expect(
      (await kiss.get(`/bijlagen?klantcontact__uuid=${kc.uuid}&bijlageidentificatorObjectId=d1`)).body.count,
    ).toBe(1);
    expect((await kiss.get(`/bijlagen/${res.body.uuid}`)).body.wasBijlageVanKlantcontact.uuid).toBe(kc.uuid);
    const put = await kiss.put(`/bijlagen/${res.body.uuid}`, {
      bijlageidentificator: { ...identificator, objectId: 'd2' },
    });
    expect(put.body).toMatchObject({
      bijlageidentificator: { objectId: 'd2' },
      wasBijlageVanKlantcontact: { uuid: kc.uuid },
    });
    expect(
      (await kiss.patch(`/bijlagen/${res.body.uuid}`, { wasBijlageVanKlantcontact: null })).body
        .wasBijlageVanKlantcontact,
    ).toBeNull();
    expect(
      velden(await kiss.post('/bijlagen', { wasBijlageVanKlantcontact: { uuid: personen[0] } })),
    ).toEqual(['wasBijlageVanKlantcontact.uuid']);
    expect((await kiss.delete(`/bijlagen/${res.body.uuid}`)).status).toBe(204);
  });

  it('an unknown path under the API is a 404 in the standard format', async () => {
    const token = await apiTokenVoor(env, 'los', ['lezen']);
    const res = await env
      .anoniem()
      .get('/klantinteracties/api/v1/bestaat-niet', { authorization: `Token ${token}` });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, code: 'not_found' });
  });
});

it('covers every method of bijlagen, categorieen, categorie-relaties, vertegenwoordigingen and rekeningnummers', () => {
  const hier = alleOperaties.filter((o) =>
    /\/(bijlagen|categorieen|categorie-relaties|vertegenwoordigingen|rekeningnummers)/.test(o),
  );
  expect(hier.filter((o) => !gedekt.has(o))).toEqual([]);
});
