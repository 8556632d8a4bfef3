import { and, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { brpPersoon, hrVestiging } from '../basisregistratie/schema';
import { partij } from '../partijen/schema';
import { alleOperaties, gedekt, type StandaardClient, standaardClient, velden } from './contract';

let env: TestOmgeving;
let kiss: StandaardClient;
let kcc: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  kiss = await standaardClient(env);
  kcc = await env.login('kcc');
});
afterAll(() => env?.stop());

/** BRP persons and HR establishments that are no partij yet. */
async function nieuweBsn(n = 0) {
  const bekend = env.runtime.db
    .select({ bsn: partij.bsn })
    .from(partij)
    .where(and(eq(partij.soort, 'persoon'), isNotNull(partij.bsn)));
  const rijen = await env.runtime.db
    .select({ bsn: brpPersoon.bsn })
    .from(brpPersoon)
    .where(notInArray(brpPersoon.bsn, bekend as never))
    .orderBy(brpPersoon.bsn)
    .limit(n + 1);
  return rijen[n].bsn;
}
async function nieuweVestiging() {
  const bekend = env.runtime.db
    .select({ v: partij.vestigingsnummer })
    .from(partij)
    .where(and(eq(partij.soort, 'organisatie'), isNotNull(partij.vestigingsnummer)));
  const [v] = await env.runtime.db
    .select({ vestigingsnummer: hrVestiging.vestigingsnummer, kvkNummer: hrVestiging.kvkNummer })
    .from(hrVestiging)
    .where(notInArray(hrVestiging.vestigingsnummer, bekend as never))
    .limit(1);
  return v;
}

const bsnIdentificator = (objectId: string) => ({
  partijIdentificator: {
    codeObjecttype: 'natuurlijk_persoon',
    codeSoortObjectId: 'bsn',
    objectId,
    codeRegister: 'brp',
  },
});
const persoon = (bsn: string, extra: Record<string, unknown> = {}) => ({
  soortPartij: 'persoon',
  indicatieActief: true,
  partijIdentificatoren: [bsnIdentificator(bsn)],
  ...extra,
});

describe('partijen are Stadspunt parties', () => {
  it('creating a persoon by BSN makes the partij Stadspunt opens for that BSN, named from the BRP', async () => {
    const bsn = await nieuweBsn();
    const res = await kiss.post('/partijen', persoon(bsn, { interneNotitie: 'belt liever na 10 uur' }));
    expect(res.status).toBe(201);
    expect(res.body.partijIdentificatoren[0].partijIdentificator).toMatchObject({ objectId: bsn });
    const eigen = await kcc.post('/api/v1/partijen/personen', { bsn });
    expect(((await eigen.json()) as { id: string }).id).toBe(res.body.uuid);
    const kaart = (await (await kcc.get(`/api/v1/partijen/${res.body.uuid}`)).json()) as { naam: string };
    expect(res.body.partijIdentificatie.volledigeNaam).toBe(kaart.naam);
    expect(res.body.interneNotitie).toBe('belt liever na 10 uur');
  });

  it("a party opened at the KCC desk is found by the standard's BSN filter", async () => {
    const bsn = await nieuweBsn();
    const eigen = (await (await kcc.post('/api/v1/partijen/personen', { bsn })).json()) as { id: string };
    const res = await kiss.get(
      `/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=${bsn}`,
    );
    expect(res.body.count).toBe(1);
    expect(res.body.results[0].uuid).toBe(eigen.id);
    expect(res.body.results[0].soortPartij).toBe('persoon');
  });

  it('a BSN that fails the elfproef is refused with 400 naming the field', async () => {
    const res = await kiss.post('/partijen', persoon('123456789'));
    expect(res.status).toBe(400);
    expect(velden(res)).toEqual(['partijIdentificatoren.0.partijIdentificator.objectId']);
  });

  it('a KvK-nummer that is not 8 digits is refused with 400 naming the field', async () => {
    const res = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatie: { naam: 'Bakkerij De Korf' },
      partijIdentificatoren: [
        {
          partijIdentificator: {
            codeObjecttype: 'niet_natuurlijk_persoon',
            codeSoortObjectId: 'kvk_nummer',
            objectId: '1234',
            codeRegister: 'hr',
          },
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(velden(res)).toEqual(['partijIdentificatoren.0.partijIdentificator.objectId']);
  });

  it('codes that do not belong together and a BSN on an organisation are refused', async () => {
    const bsn = await nieuweBsn();
    const res = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatie: { naam: 'X' },
      partijIdentificatoren: [
        {
          partijIdentificator: {
            codeObjecttype: 'vestiging',
            codeSoortObjectId: 'bsn',
            objectId: bsn,
            codeRegister: 'hr',
          },
        },
      ],
    });
    expect(velden(res).sort()).toEqual([
      'partijIdentificatoren.0.partijIdentificator.codeObjecttype',
      'partijIdentificatoren.0.partijIdentificator.codeRegister',
      'partijIdentificatoren.0.partijIdentificator.codeSoortObjectId',
    ]);
  });

  it('a second partij with the same BSN is refused as not unique', async () => {
    const bsn = await nieuweBsn();
    expect((await kiss.post('/partijen', persoon(bsn))).status).toBe(201);
    const dubbel = await kiss.post('/partijen', persoon(bsn));
    expect(dubbel.status).toBe(400);
    expect(velden(dubbel)).toEqual(['partijIdentificatoren.0.partijIdentificator.objectId']);
  });

  it('a BSN the BRP does not know is refused (Stadspunt keeps persons of the BRP)', async () => {
    const res = await kiss.post('/partijen', persoon('111222333'));
    expect(res.status).toBe(400);
    expect(velden(res)).toEqual(['partijIdentificatoren.0.partijIdentificator.objectId']);
  });

  it('missing soortPartij and indicatieActief name the fields', async () => {
    const zonderSoort = await kiss.post('/partijen', { indicatieActief: true });
    expect(velden(zonderSoort)).toEqual(['soortPartij']);
    const zonderActief = await kiss.post('/partijen', { soortPartij: 'persoon' });
    expect(velden(zonderActief)).toContain('indicatieActief');
  });

  it('an organisation by vestigingsnummer takes its name from the Handelsregister, with the KvK identificator as parent', async () => {
    const v = await nieuweVestiging();
    const res = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatoren: [
        {
          partijIdentificator: {
            codeObjecttype: 'niet_natuurlijk_persoon',
            codeSoortObjectId: 'kvk_nummer',
            objectId: v.kvkNummer,
            codeRegister: 'hr',
          },
        },
        {
          partijIdentificator: {
            codeObjecttype: 'vestiging',
            codeSoortObjectId: 'vestigingsnummer',
            objectId: v.vestigingsnummer,
            codeRegister: 'hr',
          },
        },
      ],
    });
    expect(res.status).toBe(201);
    const [kvk, vestiging] = res.body.partijIdentificatoren;
    expect(vestiging.subIdentificatorVan.uuid).toBe(kvk.uuid);
    expect(res.body.partijIdentificatie.naam.length).toBeGreaterThan(1);
    const sub = await kiss.get(`/partijen?subIdentificatorVan__objectId=${v.kvkNummer}`);
    expect(sub.body.results.map((p: { uuid: string }) => p.uuid)).toContain(res.body.uuid);
  });

  it('a vestigingsnummer without KvK-nummer is refused at subIdentificatorVan', async () => {
    const v = await nieuweVestiging();
    const res = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatoren: [
        {
          partijIdentificator: {
            codeObjecttype: 'vestiging',
            codeSoortObjectId: 'vestigingsnummer',
            objectId: v.vestigingsnummer,
            codeRegister: 'hr',
          },
        },
      ],
    });
    expect(velden(res)).toEqual(['partijIdentificatoren.0.subIdentificatorVan']);
  });

  it('a contactpersoon works for an organisation and appears on its card in Stadspunt', async () => {
    const [organisatie] = await env.runtime.db
      .select({ id: partij.id })
      .from(partij)
      .where(and(eq(partij.soort, 'organisatie'), isNull(partij.organisatieId)))
      .limit(1);
    const res = await kiss.post('/partijen', {
      soortPartij: 'contactpersoon',
      indicatieActief: true,
      partijIdentificatie: {
        werkteVoorPartij: { uuid: organisatie.id },
        contactnaam: { voornaam: 'Fatima', achternaam: 'Bouali' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.partijIdentificatie.volledigeNaam).toBe('Fatima Bouali');
    const kaart = (await (await kcc.get(`/api/v1/partijen/${organisatie.id}`)).json()) as {
      contactpersonen: { id: string }[];
    };
    expect(kaart.contactpersonen.map((c) => c.id)).toContain(res.body.uuid);
    const zonder = await kiss.post('/partijen', {
      soortPartij: 'contactpersoon',
      indicatieActief: true,
      partijIdentificatie: { contactnaam: { achternaam: 'Los' } },
    });
    expect(velden(zonder)).toEqual(['partijIdentificatie.werkteVoorPartij']);
  });

  it('PATCH changes only what it names; the soort of a partij does not change', async () => {
    const bsn = await nieuweBsn();
    const { body } = await kiss.post('/partijen', persoon(bsn));
    const res = await kiss.patch(`/partijen/${body.uuid}`, {
      voorkeurstaal: 'nld',
      bezoekadres: { straatnaam: 'Coolsingel', huisnummer: 40, postcode: '3011 AD', stad: 'Rotterdam' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ voorkeurstaal: 'nld', interneNotitie: '', indicatieActief: true });
    expect(res.body.partijIdentificatoren).toHaveLength(1);
    const soort = await kiss.patch(`/partijen/${body.uuid}`, { soortPartij: 'organisatie' });
    expect(velden(soort)).toEqual(['soortPartij']);
    const postcode = await kiss.patch(`/partijen/${body.uuid}`, { bezoekadres: { postcode: '3011ad' } });
    expect(velden(postcode)).toEqual(['bezoekadres.postcode']);
  });

  it('PUT requires the mandatory fields and keeps what it does not mention', async () => {
    const bsn = await nieuweBsn();
    const { body } = await kiss.post('/partijen', persoon(bsn, { interneNotitie: 'blijft' }));
    expect(velden(await kiss.put(`/partijen/${body.uuid}`, { voorkeurstaal: 'eng' }))).toEqual(
      expect.arrayContaining(['soortPartij']),
    );
    const res = await kiss.put(`/partijen/${body.uuid}`, { soortPartij: 'persoon', indicatieActief: false });
    expect(res.body).toMatchObject({ indicatieActief: false, interneNotitie: 'blijft' });
    const inactief = await kiss.get(`/partijen?indicatieActief=false&soortPartij=persoon`);
    expect(inactief.body.results.map((p: { uuid: string }) => p.uuid)).toContain(body.uuid);
  });

  it('DELETE removes a partij without contacts, and refuses one with contacts', async () => {
    const bsn = await nieuweBsn();
    const { body } = await kiss.post('/partijen', persoon(bsn));
    expect((await kiss.delete(`/partijen/${body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/partijen/${body.uuid}`)).status).toBe(404);
    const { items } = (await (await kcc.get('/api/v1/partijen/zoeken?q=999993653')).json()) as {
      items: { partijId: string }[];
    };
    const metContact = items[0].partijId;
    await kcc.post('/api/v1/klantcontacten', {
      kanaal: 'balie',
      partijId: metContact,
      vragen: [{ onderwerp: 'Paspoort', vraag: 'Hoe lang?', uitkomst: 'afgehandeld' }],
    });
    expect((await kiss.delete(`/partijen/${metContact}`)).status).toBe(409);
  });

  it('an unknown uuid gives 404 in the standard error format', async () => {
    const res = await kiss.get('/partijen/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
    expect((await kiss.get('/partijen/geen-uuid')).status).toBe(404);
  });

  it('lists page with count, next and previous; pageSize is capped at 500; a page past the end is 404', async () => {
    const eerste = await kiss.get('/partijen?pageSize=2');
    expect(eerste.body.results).toHaveLength(2);
    expect(eerste.body.count).toBeGreaterThan(2);
    expect(eerste.body.previous).toBeNull();
    expect(eerste.body.next).toContain('page=2');
    const tweede = await kiss.get('/partijen?pageSize=2&page=2');
    expect(tweede.body.previous).not.toContain('page=');
    expect(tweede.body.results[0].uuid).not.toBe(eerste.body.results[0].uuid);
    const groot = await kiss.get('/partijen?pageSize=1000');
    expect(groot.body.results).toHaveLength(Math.min(500, groot.body.count));
    expect((await kiss.get('/partijen?page=100000')).status).toBe(404);
  });

  it("a NUL in the body or the query is the standard's 400 naming the field (found by the fuzzer)", async () => {
    const res = await kiss.post('/partijen', {
      soortPartij: 'organisatie',
      indicatieActief: true,
      partijIdentificatie: { naam: 'Nul\u0000 BV' },
    });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams).toEqual([
      { name: 'partijIdentificatie.naam', code: 'invalid', reason: expect.stringMatching(/nulteken/) },
    ]);
    const zoek = await kiss.get('/partijen?partijIdentificator__objectId=%00');
    expect(zoek.status).toBe(400);
    expect(zoek.body.invalidParams[0].name).toBe('partijIdentificator__objectId');
  });

  it('a page number beyond any offset the database takes is the same 404, not a 500 (found by the fuzzer)', async () => {
    for (const pad of [
      '/partijen?page=9223372036854776000',
      '/partij-identificatoren?page=1e21&pageSize=500',
    ]) {
      const res = await kiss.get(pad);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe('Ongeldige pagina.');
    }
  });

  it('expands digitaleAdressen, betrokkenen with their klantcontact, and refuses an unknown expand', async () => {
    const bsn = await nieuweBsn();
    const { body } = await kiss.post('/partijen', persoon(bsn));
    await kiss.post('/digitaleadressen', {
      verstrektDoorPartij: { uuid: body.uuid },
      adres: 'test@example.nl',
      soortDigitaalAdres: 'email',
    });
    await kcc.post('/api/v1/klantcontacten', {
      kanaal: 'telefoon',
      partijId: body.uuid,
      vragen: [{ onderwerp: 'Afval', vraag: 'Wanneer?', uitkomst: 'afgehandeld' }],
    });
    const res = await kiss.get(
      `/partijen/${body.uuid}?expand=digitaleAdressen,betrokkenen,betrokkenen.hadKlantcontact,categorieRelaties`,
    );
    expect(res.body._expand.digitaleAdressen[0].adres).toBe('test@example.nl');
    expect(res.body._expand.betrokkenen[0]._expand.hadKlantcontact.onderwerp).toBe('Afval');
    expect(res.body._expand.categorieRelaties).toEqual([]);
    expect(velden(await kiss.get(`/partijen/${body.uuid}?expand=rekeningnummers`))).toEqual(['expand']);
  });

  it('filters on soortPartij and refuses a malformed uuid filter', async () => {
    const res = await kiss.get('/partijen?soortPartij=organisatie&pageSize=5');
    expect(res.body.results.every((p: { soortPartij: string }) => p.soortPartij === 'organisatie')).toBe(
      true,
    );
    expect(velden(await kiss.get('/partijen?vertegenwoordigdePartij__uuid=x'))).toEqual([
      'vertegenwoordigdePartij__uuid',
    ]);
  });

  it('reading a BSN through the standard (directly, as identificator or expanded) is in the audit trail', async () => {
    const bsn = await nieuweBsn();
    const { body } = await kiss.post('/partijen', persoon(bsn));
    const beheerder = await env.login('beheerder');
    const gelezen = async () =>
      (
        (await (
          await beheerder.get(`/api/v1/audit?actie=klantinteracties.partijen-gelezen&objectId=${body.uuid}`)
        ).json()) as { total: number }
      ).total;
    const voor = await gelezen();
    await kiss.get(`/partijen/${body.uuid}`);
    expect(await gelezen()).toBe(voor + 1);
    await kiss.get(`/partij-identificatoren?partijIdentificatorObjectId=${bsn}`);
    expect(await gelezen()).toBe(voor + 2);
    await kcc.post('/api/v1/klantcontacten', {
      kanaal: 'balie',
      partijId: body.uuid,
      vragen: [{ onderwerp: 'Paspoort', vraag: '?', uitkomst: 'afgehandeld' }],
    });
    await kiss.get(
      `/klantcontacten?hadBetrokkene__wasPartij__uuid=${body.uuid}&expand=hadBetrokkenen.wasPartij`,
    );
    expect(await gelezen()).toBe(voor + 3);
  });
});

describe('partij-identificatoren are the key columns of a partij', () => {
  it('lists, reads, adds, changes and removes a BSN of a partij', async () => {
    const bsn = await nieuweBsn();
    const { body: p } = await kiss.post('/partijen', {
      soortPartij: 'persoon',
      indicatieActief: true,
      partijIdentificatie: { contactnaam: { voornaam: 'Nog', achternaam: 'Onbekend' } },
    });
    expect(p.partijIdentificatoren).toEqual([]);
    const nieuw = await kiss.post('/partij-identificatoren', {
      identificeerdePartij: { uuid: p.uuid },
      ...bsnIdentificator(bsn),
    });
    expect(nieuw.status).toBe(201);
    const lijst = await kiss.get(`/partij-identificatoren?partijIdentificatorObjectId=${bsn}`);
    expect(lijst.body.results.map((i: { uuid: string }) => i.uuid)).toEqual([nieuw.body.uuid]);
    expect(
      (await kiss.get(`/partij-identificatoren/${nieuw.body.uuid}`)).body.identificeerdePartij.uuid,
    ).toBe(p.uuid);
    const tweede = await kiss.post('/partij-identificatoren', {
      identificeerdePartij: { uuid: p.uuid },
      ...bsnIdentificator(await nieuweBsn()),
    });
    expect(velden(tweede)).toEqual(['partijIdentificator.codeSoortObjectId']);
    const ander = await nieuweBsn();
    const put = await kiss.put(`/partij-identificatoren/${nieuw.body.uuid}`, {
      identificeerdePartij: { uuid: p.uuid },
      ...bsnIdentificator(ander),
    });
    expect(put.body.partijIdentificator.objectId).toBe(ander);
    const patch = await kiss.patch(`/partij-identificatoren/${nieuw.body.uuid}`, {
      anderePartijIdentificator: '',
    });
    expect(patch.status).toBe(200);
    expect((await kiss.delete(`/partij-identificatoren/${nieuw.body.uuid}`)).status).toBe(204);
    expect((await kiss.get(`/partijen/${p.uuid}`)).body.partijIdentificatoren).toEqual([]);
    expect((await kiss.get(`/partij-identificatoren/${nieuw.body.uuid}`)).status).toBe(404);
  });

  it('an identificator without partij or with a bad BSN is refused', async () => {
    expect(velden(await kiss.post('/partij-identificatoren', bsnIdentificator(await nieuweBsn())))).toEqual([
      'identificeerdePartij',
    ]);
    const [p] = await env.runtime.db
      .select({ id: partij.id })
      .from(partij)
      .where(eq(partij.soort, 'persoon'))
      .limit(1);
    const fout = await kiss.post('/partij-identificatoren', {
      identificeerdePartij: { uuid: p.id },
      ...bsnIdentificator('111111111'),
    });
    expect(velden(fout)).toContain('partijIdentificator.objectId');
  });
});

describe('digitaleadressen are the contact details on the party card', () => {
  it('an e-mail address added through the standard shows on the card, and one from the card in the standard', async () => {
    const bsn = await nieuweBsn();
    const { body: p } = await kiss.post('/partijen', persoon(bsn));
    const da = await kiss.post('/digitaleadressen', {
      verstrektDoorPartij: { uuid: p.uuid },
      adres: 'Jan@Example.nl',
      soortDigitaalAdres: 'email',
      omschrijving: 'privé',
      isStandaardAdres: true,
    });
    expect(da.status).toBe(201);
    const kaart = (await (await kcc.get(`/api/v1/partijen/${p.uuid}`)).json()) as {
      versie: number;
      contactgegevens: { id: string; waarde: string }[];
    };
    expect(kaart.contactgegevens).toEqual([
      expect.objectContaining({ id: da.body.uuid, waarde: 'Jan@Example.nl' }),
    ]);
    await kcc.put(`/api/v1/partijen/${p.uuid}/contactgegevens`, {
      versie: kaart.versie,
      telefoonnummers: [{ waarde: '06-12345678' }],
      emailadressen: [{ waarde: 'Jan@Example.nl', omschrijving: 'privé' }],
    });
    const lijst = await kiss.get(`/digitaleadressen?verstrektDoorPartij__uuid=${p.uuid}`);
    expect(lijst.body.results.map((a: { adres: string }) => a.adres).sort()).toEqual([
      '+31612345678',
      'Jan@Example.nl',
    ]);
    expect((await kiss.get(`/digitaleadressen/${da.body.uuid}`)).body.isStandaardAdres).toBe(true);
    const telefoon = await kiss.get(
      `/digitaleadressen?adres=%2B31612345678&soortDigitaalAdres=telefoonnummer`,
    );
    expect(telefoon.body.results[0].verstrektDoorPartij.uuid).toBe(p.uuid);
  });

  it('the party card editor reloads after a change through the standard (409 on its old version)', async () => {
    const bsn = await nieuweBsn();
    const { body: p } = await kiss.post('/partijen', persoon(bsn));
    const { versie } = (await (await kcc.get(`/api/v1/partijen/${p.uuid}`)).json()) as { versie: number };
    await kiss.post('/digitaleadressen', {
      verstrektDoorPartij: { uuid: p.uuid },
      adres: '0201234567',
      soortDigitaalAdres: 'telefoonnummer',
    });
    const res = await kcc.put(`/api/v1/partijen/${p.uuid}/contactgegevens`, {
      versie,
      telefoonnummers: [],
      emailadressen: [],
    });
    expect(res.status).toBe(409);
  });

  it('validates the address by its soort and names the field', async () => {
    const basis = { soortDigitaalAdres: 'telefoonnummer', adres: '0900-1234' };
    expect(velden(await kiss.post('/digitaleadressen', basis))).toEqual(['adres']);
    expect(
      velden(await kiss.post('/digitaleadressen', { soortDigitaalAdres: 'email', adres: 'geen-mail' })),
    ).toEqual(['adres']);
    expect(velden(await kiss.post('/digitaleadressen', { soortDigitaalAdres: 'fax', adres: 'x' }))).toEqual([
      'soortDigitaalAdres',
    ]);
    const onbekend = await kiss.post('/digitaleadressen', {
      soortDigitaalAdres: 'email',
      adres: 'a@b.nl',
      verstrektDoorPartij: { uuid: '00000000-0000-4000-8000-000000000000' },
    });
    expect(velden(onbekend)).toEqual(['verstrektDoorPartij.uuid']);
    expect(
      velden(
        await kiss.post('/digitaleadressen', {
          soortDigitaalAdres: 'email',
          adres: 'a@b.nl',
          referentie: 'a b',
        }),
      ),
    ).toEqual(['referentie']);
  });

  it('an address of soort overig is kept by the standard only; PUT, PATCH and DELETE work on both kinds', async () => {
    const bsn = await nieuweBsn();
    const { body: p } = await kiss.post('/partijen', persoon(bsn));
    const overig = await kiss.post('/digitaleadressen', {
      verstrektDoorPartij: { uuid: p.uuid },
      adres: '@inwoner op Mastodon',
      soortDigitaalAdres: 'overig',
      verificatieDatum: '2026-01-02',
    });
    expect(overig.status).toBe(201);
    const kaart = (await (await kcc.get(`/api/v1/partijen/${p.uuid}`)).json()) as {
      contactgegevens: unknown[];
    };
    expect(kaart.contactgegevens).toEqual([]);
    const geverifieerd = await kiss.get(
      `/digitaleadressen?isGeverifieerd=true&verificatieDatum__gte=2026-01-01`,
    );
    expect(geverifieerd.body.results.map((a: { uuid: string }) => a.uuid)).toContain(overig.body.uuid);
    const email = await kiss.put(`/digitaleadressen/${overig.body.uuid}`, {
      verstrektDoorPartij: { uuid: p.uuid },
      adres: 'nu@email.nl',
      soortDigitaalAdres: 'email',
    });
    expect(email.body.uuid).toBe(overig.body.uuid);
    const kaartNa = (await (await kcc.get(`/api/v1/partijen/${p.uuid}`)).json()) as {
      contactgegevens: { id: string }[];
    };
    expect(kaartNa.contactgegevens.map((c) => c.id)).toEqual([overig.body.uuid]);
    expect(
      (await kiss.patch(`/digitaleadressen/${overig.body.uuid}`, { omschrijving: 'werk' })).body.omschrijving,
    ).toBe('werk');
    expect((await kiss.delete(`/digitaleadressen/${overig.body.uuid}`)).status).toBe(204);
    const leeg = (await (await kcc.get(`/api/v1/partijen/${p.uuid}`)).json()) as {
      contactgegevens: unknown[];
    };
    expect(leeg.contactgegevens).toEqual([]);
  });
});

describe('auth as Open Klant', () => {
  it('without a token is 401, a read-only token reads but writing is 403, both in the standard format', async () => {
    const anoniem = await env.anoniem().get('/klantinteracties/api/v1/partijen');
    expect(anoniem.status).toBe(401);
    expect(await anoniem.json()).toMatchObject({ code: 'not_authenticated', status: 401 });
    const lezer = await standaardClient(env, 'alleen-lezen', true);
    expect((await lezer.get('/partijen?pageSize=1')).status).toBe(200);
    const schrijven = await lezer.post('/partijen', persoon(await nieuweBsn()));
    expect(schrijven.status).toBe(403);
    expect(schrijven.body).toMatchObject({ code: 'permission_denied' });
  });

  it('an employee without a KCC role gets 403; the Stadspunt OpenAPI document stays valid', async () => {
    const redacteur = await env.login('redacteur');
    expect((await redacteur.get('/klantinteracties/api/v1/partijen')).status).toBe(403);
    const doc = (await (await env.anoniem().get('/api/v1/openapi.json')).json()) as { paths: object };
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/klantinteracties'))).toBe(false);
  });
});

it('covers every method of partijen, partij-identificatoren and digitaleadressen against the spec', () => {
  const hier = alleOperaties.filter((o) => /\/(partijen|partij-identificatoren|digitaleadressen)/.test(o));
  expect(hier.filter((o) => !gedekt.has(o))).toEqual([]);
});
