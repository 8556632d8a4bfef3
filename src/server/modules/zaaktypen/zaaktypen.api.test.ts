import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';
import { geldigeVersie } from './lezen';
import { loadZaaktypenReferentie } from './referentie';
import type { ZaaktypeUit } from './schemas';

let env: TestOmgeving;
let beheerder: TestClient;
let teams: Record<string, string>;
let klasse: { url: string; waardering: string; bewaartermijn: string | null };

interface Fout {
  status: number;
  detail: string;
  errors?: { veld: string; melding: string }[];
  huidig?: ZaaktypeUit;
}

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
  teams = await teamsOpNaam(beheerder);
  const { items } = await json<{ items: (typeof klasse & { volledigNummer: string })[] }>(
    beheerder.get('/api/v1/selectielijst/resultaten'),
  );
  klasse = items.find((k) => k.volledigNummer === '5.1') as typeof klasse;
});
afterAll(() => env?.stop());

let teller = 0;
const concept = async (extra: Record<string, unknown> = {}) => {
  const res = await beheerder.post('/api/v1/zaaktypen', {
    omschrijving: `Ontheffing ${++teller}`,
    doel: 'Een ontheffing geven',
    doorlooptijd: 'P8W',
    servicenorm: 'P4W',
    teamId: teams.Vergunningen,
    beginGeldigheid: '2026-01-01',
    ...extra,
  });
  expect(res.status).toBe(201);
  return json<ZaaktypeUit>(res);
};
const zet = async (zt: ZaaktypeUit, onderdeel: string, items: unknown[]) => {
  const res = await beheerder.put(`/api/v1/zaaktypen/${zt.id}/${onderdeel}`, { versie: zt.versie, items });
  expect(res.status, await res.clone().text()).toBe(200);
  return json<ZaaktypeUit>(res);
};
/** A concept with what publishing needs. */
const compleet = async (extra: Record<string, unknown> = {}) => {
  let zt = await concept(extra);
  zt = await zet(zt, 'statustypen', [
    { omschrijving: 'Ontvangen', statustekst: 'We hebben uw aanvraag ontvangen.', informeren: true },
    { omschrijving: 'Afgehandeld' },
  ]);
  zt = await zet(zt, 'resultaattypen', [
    {
      omschrijving: 'Verleend',
      selectielijstklasse: klasse.url,
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
    },
  ]);
  return zet(zt, 'roltypen', [{ omschrijving: 'Initiator', omschrijvingGeneriek: 'initiator' }]);
};
const publiceer = (zt: ZaaktypeUit) =>
  beheerder.post(`/api/v1/zaaktypen/${zt.id}/publiceren`, { versie: zt.versie });
const audit = async (id: string) =>
  (await json<{ items: { actie: string }[] }>(beheerder.get(`/api/v1/audit?objectId=${id}`))).items.map(
    (a) => a.actie,
  );

describe('reference data', () => {
  it('loads the VNG Selectielijst: procestypen of 2017 and 2020 and the results of 2017', async () => {
    const { items } = await json<{ items: { jaar: number }[] }>(
      beheerder.get('/api/v1/selectielijst/procestypen'),
    );
    expect(items.filter((p) => p.jaar === 2017)).toHaveLength(29);
    expect(items.filter((p) => p.jaar === 2020)).toHaveLength(29);
    const resultaten = await json<{ items: unknown[] }>(beheerder.get('/api/v1/selectielijst/resultaten'));
    expect(resultaten.items).toHaveLength(100);
  });

  it('imports the Open Zaak demo catalogue with its uuids as ids, relations resolved from the fixture pks', async () => {
    const zt = await json<ZaaktypeUit>(
      beheerder.get('/api/v1/zaaktypen/59fa0613-b50d-41f1-8358-673909944686'),
    );
    expect(zt).toMatchObject({
      identificatie: 'aanvraag-financiele-ondersteuning-ondernemers-beha',
      doorlooptijd: 'P91D',
      verlengingstermijn: 'P112D',
      concept: true,
    });
    expect(zt.statustypen.map((s) => s.omschrijving)).toEqual([
      'Aanvraag ontvangen',
      'In behandeling genomen',
      'Afgehandeld',
    ]);
    expect(zt.roltypen).toHaveLength(2);
    expect(zt.resultaattypen).toHaveLength(11);
    expect(zt.resultaattypen.find((r) => r.omschrijving === 'termijn')).toMatchObject({
      procestermijn: 'P5Y',
    });
    expect(zt.eigenschappen.map((e) => [e.naam, e.formaat])).toEqual([['eigenschap', 'datum']]);
    expect(zt.informatieobjecttypen.map((i) => i.id)).toEqual(['cb6718f1-7b06-4dfc-9b11-1ba8db4740e6']);
    expect(zt.besluittypen.map((b) => b.id)).toEqual(['f66f0973-bb25-450e-825d-8090a195a924']);
  });

  it('is safe to load again', async () => {
    const tel = () =>
      rijen<{ n: number }>(
        env.runtime.db,
        sql`select (select count(*) from zaaktype) + (select count(*) from resultaattype) + (select count(*) from selectielijst_resultaat)::int as n`,
      );
    const voor = await tel();
    await loadZaaktypenReferentie(env.runtime.db);
    expect(await tel()).toEqual(voor);
  });
});

describe('demo zaaktypen', () => {
  it('seeds published zaaktypen with their legal terms, linked to their team and products', async () => {
    const { items } = await json<{ items: ZaaktypeUit[] }>(
      beheerder.get('/api/v1/zaaktypen?status=gepubliceerd&pageSize=100'),
    );
    const op = (id: string) => items.find((z) => z.identificatie === id) as ZaaktypeUit;
    expect(op('wmo-melding')).toMatchObject({ doorlooptijd: 'P6W', teamNaam: 'Zorg (Wmo)' });
    expect(op('kwijtschelding')).toMatchObject({ doorlooptijd: 'P8W', teamNaam: 'Belastingen' });
    const woz = await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${op('bezwaar-woz').id}`));
    expect(woz).toMatchObject({ doorlooptijd: 'P6W', verlengingMogelijk: true, verlengingstermijn: 'P6W' });
    expect(woz.producten.map((p) => p.naam)).toContain('WOZ-beschikking');
    expect(woz.statustypen.filter((s) => s.informeren).every((s) => s.statustekst.length > 0)).toBe(true);
    expect(woz.resultaattypen[0].selectielijstNaam).toMatch(/^6\./);
    const demo = [
      'parkeervergunning',
      'bezwaar-woz',
      'evenementenvergunning',
      'melding-openbare-ruimte',
      'kwijtschelding',
      'huwelijk-partnerschap',
      'wmo-melding',
    ];
    for (const identificatie of demo) {
      const zt = await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${op(identificatie).id}`));
      expect(zt.producten.length, identificatie).toBeGreaterThan(0);
      expect(zt.statustypen.length, identificatie).toBeGreaterThanOrEqual(3);
      expect(zt.roltypen.map((r) => r.omschrijvingGeneriek).sort(), identificatie).toEqual([
        'behandelaar',
        'initiator',
      ]);
      expect(
        zt.resultaattypen.every((r) => r.selectielijstNaam !== null),
        identificatie,
      ).toBe(true);
      expect(zt.teamId, identificatie).not.toBeNull();
    }
  });

  it('offers the desk, by the product of a question, the published zaaktypen valid on the day', async () => {
    const kcc = await env.login('kcc');
    const product = (
      await json<{ items: { id: string; naam: string }[] }>(kcc.get('/api/v1/producten?q=WOZ-beschikking'))
    ).items.find((p) => p.naam === 'WOZ-beschikking') as { id: string };
    const voor = async (datum: string) =>
      (
        await json<{ items: ZaaktypeUit[] }>(
          kcc.get(`/api/v1/zaaktypen?productId=${product.id}&geldigOp=${datum}`),
        )
      ).items.map((z) => `${z.identificatie} ${z.teamNaam}`);
    expect(await voor('2026-06-01')).toEqual(['bezwaar-woz Belastingen']);

    // A concept delivering the product is not offered; its published version only from its first day.
    const zt = await compleet({ productIds: [product.id], beginGeldigheid: '2026-07-01' });
    expect(await voor('2026-07-01')).toEqual(['bezwaar-woz Belastingen']);
    expect((await publiceer(zt)).status).toBe(200);
    expect(await voor('2026-06-30')).toEqual(['bezwaar-woz Belastingen']);
    expect((await voor('2026-07-01')).sort()).toEqual([
      'bezwaar-woz Belastingen',
      `${zt.identificatie} Vergunningen`,
    ]);
    expect((await kcc.get('/api/v1/zaaktypen?productId=geen-id')).status).toBe(400);
    expect((await kcc.get('/api/v1/zaaktypen?geldigOp=1-7-2026')).status).toBe(400);
  });
});

describe('concept', () => {
  it('creates a concept version, audited, with its products', async () => {
    const { items } = await json<{ items: { id: string }[] }>(
      beheerder.get('/api/v1/producten?q=parkeervergunning'),
    );
    const zt = await concept({
      productIds: [items[0].id],
      opschortingMogelijk: true,
      verlengingMogelijk: true,
      verlengingstermijn: 'P6W',
    });
    expect(zt).toMatchObject({ concept: true, versie: 1, teamNaam: 'Vergunningen', eindeGeldigheid: null });
    expect(zt.producten.map((p) => p.id)).toEqual([items[0].id]);
    expect(await audit(zt.id)).toEqual(['zaaktype.aangemaakt']);
  });

  it('refuses a term that is not an ISO 8601 duration, verlenging without its termijn, an unknown team or product, with Dutch field errors', async () => {
    const res = await beheerder.post('/api/v1/zaaktypen', { omschrijving: 'Fout', doorlooptijd: '8 weken' });
    expect(res.status).toBe(400);
    expect((await json<Fout>(res)).errors?.[0]).toEqual({
      veld: 'doorlooptijd',
      melding: 'Vul de doorlooptijd in als ISO 8601-duur, bijvoorbeeld P6W (6 weken), P8W of P30D.',
    });
    const zonder = await beheerder.post('/api/v1/zaaktypen', {
      omschrijving: 'Fout',
      doorlooptijd: 'P6W',
      servicenorm: 'P8W',
      verlengingMogelijk: true,
    });
    expect((await json<Fout>(zonder)).errors?.map((f) => f.veld)).toEqual([
      'verlengingstermijn',
      'servicenorm',
    ]);
    const onbekend = await beheerder.post('/api/v1/zaaktypen', {
      omschrijving: 'Fout',
      doorlooptijd: 'P6W',
      productIds: ['00000000-0000-4000-8000-000000000000'],
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect((await json<Fout>(onbekend)).errors?.map((f) => f.veld)).toEqual(['teamId', 'productIds.0']);
    expect((await json<{ total: number }>(beheerder.get('/api/v1/zaaktypen?q=Fout'))).total).toBe(0);
  });

  it('refuses a second zaaktype with the same identificatie', async () => {
    await concept({ identificatie: 'ontheffing-dubbel' });
    const res = await beheerder.post('/api/v1/zaaktypen', {
      identificatie: 'ontheffing-dubbel',
      omschrijving: 'Nog een',
      doorlooptijd: 'P6W',
    });
    expect(res.status).toBe(409);
  });

  it('gives the second of two editors of a concept 409 with the current state', async () => {
    const zt = await concept();
    const eerste = await beheerder.patch(`/api/v1/zaaktypen/${zt.id}`, { versie: 1, doel: 'Eerste' });
    expect(eerste.status).toBe(200);
    const tweede = await beheerder.patch(`/api/v1/zaaktypen/${zt.id}`, { versie: 1, doel: 'Tweede' });
    expect(tweede.status).toBe(409);
    expect((await json<Fout>(tweede)).huidig).toMatchObject({ doel: 'Eerste', versie: 2 });
    const onderdeel = await beheerder.put(`/api/v1/zaaktypen/${zt.id}/roltypen`, { versie: 1, items: [] });
    expect(onderdeel.status).toBe(409);
  });

  it('checks the rules on the concept as it becomes', async () => {
    const zt = await concept();
    const res = await beheerder.patch(`/api/v1/zaaktypen/${zt.id}`, {
      versie: zt.versie,
      verlengingMogelijk: true,
    });
    expect(res.status).toBe(400);
    expect((await json<Fout>(res)).errors?.map((f) => f.veld)).toEqual(['verlengingstermijn']);
    expect((await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${zt.id}`))).versie).toBe(zt.versie);
  });

  it('keeps statustypen in the given order; informeren needs a statustekst', async () => {
    let zt = await concept();
    const fout = await beheerder.put(`/api/v1/zaaktypen/${zt.id}/statustypen`, {
      versie: zt.versie,
      items: [{ omschrijving: 'Ontvangen', informeren: true }],
    });
    expect((await json<Fout>(fout)).errors?.map((f) => f.veld)).toEqual(['items.0.statustekst']);
    zt = await zet(zt, 'statustypen', [{ omschrijving: 'B' }, { omschrijving: 'A' }, { omschrijving: 'C' }]);
    expect(zt.statustypen.map((s) => [s.volgnummer, s.omschrijving])).toEqual([
      [1, 'B'],
      [2, 'A'],
      [3, 'C'],
    ]);
  });

  it('takes a resultaattype only with a class of the selectielijst and the brondatum its afleidingswijze needs', async () => {
    const zt = await concept();
    const res = await beheerder.put(`/api/v1/zaaktypen/${zt.id}/resultaattypen`, {
      versie: zt.versie,
      items: [
        {
          omschrijving: 'A',
          selectielijstklasse: 'https://selectielijst.example/x',
          archiefnominatie: 'blijvend_bewaren',
        },
        {
          omschrijving: 'B',
          selectielijstklasse: klasse.url,
          archiefnominatie: 'vernietigen',
          afleidingswijze: 'termijn',
        },
      ],
    });
    expect(res.status).toBe(400);
    expect((await json<Fout>(res)).errors?.map((f) => f.veld)).toEqual([
      'items.0.selectielijstklasse',
      'items.1.archiefactietermijn',
      'items.1.procestermijn',
    ]);
    const goed = await zet(zt, 'resultaattypen', [
      {
        omschrijving: 'B',
        selectielijstklasse: klasse.url,
        archiefnominatie: 'vernietigen',
        archiefactietermijn: 'P5Y',
        afleidingswijze: 'termijn',
        procestermijn: 'P1Y',
      },
    ]);
    expect(goed.resultaattypen[0]).toMatchObject({ procestermijn: 'P1Y', selectielijstNaam: '5.1 Geleverd' });
  });

  it('manages roltypen, eigenschappen, informatieobjecttypen and besluittypen', async () => {
    let zt = await concept();
    zt = await zet(zt, 'roltypen', [{ omschrijving: 'Aanvrager', omschrijvingGeneriek: 'initiator' }]);
    zt = await zet(zt, 'eigenschappen', [{ naam: 'Kenteken', formaat: 'tekst', lengte: 8 }]);
    zt = await zet(zt, 'informatieobjecttypen', [
      { omschrijving: 'Aanvraagformulier', richting: 'inkomend' },
      { informatieobjecttypeId: 'cb6718f1-7b06-4dfc-9b11-1ba8db4740e6', richting: 'uitgaand' },
    ]);
    zt = await zet(zt, 'besluittypen', [{ omschrijving: 'Ontheffing', reactietermijn: 'P6W' }]);
    expect(zt.roltypen.map((r) => r.omschrijvingGeneriek)).toEqual(['initiator']);
    expect(zt.eigenschappen.map((e) => e.naam)).toEqual(['Kenteken']);
    expect(zt.informatieobjecttypen.map((i) => [i.omschrijving, i.richting])).toEqual([
      ['Aanvraagformulier', 'inkomend'],
      ['Test informatieobjecttype', 'uitgaand'],
    ]);
    expect(zt.besluittypen.map((b) => b.reactietermijn)).toEqual(['P6W']);
    const dubbel = await beheerder.put(`/api/v1/zaaktypen/${zt.id}/eigenschappen`, {
      versie: zt.versie,
      items: [{ naam: 'Kenteken' }, { naam: 'kenteken' }],
    });
    expect((await json<Fout>(dubbel)).errors?.map((f) => f.veld)).toEqual(['items.1.naam']);
  });

  it('deletes a concept with its parts, audited', async () => {
    const zt = await compleet();
    const res = await beheerder.delete(`/api/v1/zaaktypen/${zt.id}`);
    expect(res.status).toBe(204);
    expect((await beheerder.get(`/api/v1/zaaktypen/${zt.id}`)).status).toBe(404);
    expect(await audit(zt.id)).toContain('zaaktype.verwijderd');
  });
});

describe('publishing', () => {
  it('names each missing publish rule as a field error and publishes nothing', async () => {
    const zt = await concept();
    const res = await publiceer(zt);
    expect(res.status).toBe(422);
    expect((await json<Fout>(res)).errors?.map((f) => f.veld)).toEqual([
      'statustypen',
      'resultaattypen',
      'roltypen',
    ]);
    expect((await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${zt.id}`))).concept).toBe(true);
  });

  it('a published version never changes and cannot be deleted', async () => {
    const zt = await json<ZaaktypeUit>(publiceer(await compleet()));
    expect(zt).toMatchObject({ concept: false });
    const wijzig = await beheerder.patch(`/api/v1/zaaktypen/${zt.id}`, { versie: zt.versie, doel: 'Anders' });
    expect(wijzig.status).toBe(409);
    expect((await json<Fout>(wijzig)).detail).toBe(
      'Een gepubliceerde versie verandert niet meer: maak een nieuwe versie.',
    );
    expect(
      (await beheerder.put(`/api/v1/zaaktypen/${zt.id}/roltypen`, { versie: zt.versie, items: [] })).status,
    ).toBe(409);
    expect((await beheerder.delete(`/api/v1/zaaktypen/${zt.id}`)).status).toBe(409);
    expect(await audit(zt.id)).toContain('zaaktype.gepubliceerd');
  });
});

describe('versions', () => {
  it('a new version copies everything as a concept', async () => {
    const eerste = await json<ZaaktypeUit>(publiceer(await compleet()));
    const res = await beheerder.post(`/api/v1/zaaktypen/${eerste.id}/nieuwe-versie`, {
      versie: eerste.versie,
      beginGeldigheid: '2026-07-01',
    });
    expect(res.status).toBe(201);
    const tweede = await json<ZaaktypeUit>(res);
    expect(tweede).toMatchObject({
      concept: true,
      identificatie: eerste.identificatie,
      beginGeldigheid: '2026-07-01',
      teamId: eerste.teamId,
    });
    expect(tweede.id).not.toBe(eerste.id);
    expect(tweede.statustypen.map((s) => s.omschrijving)).toEqual(
      eerste.statustypen.map((s) => s.omschrijving),
    );
    expect(tweede.statustypen[0].id).not.toBe(eerste.statustypen[0].id);
    expect(tweede.resultaattypen.map((r) => r.selectielijstklasse)).toEqual([klasse.url]);
    expect(await audit(tweede.id)).toEqual(['zaaktype.nieuwe-versie']);
    const nogEen = await beheerder.post(`/api/v1/zaaktypen/${eerste.id}/nieuwe-versie`, {
      versie: eerste.versie,
    });
    expect(nogEen.status).toBe(409);
  });

  it('geldigheid periods never overlap: a new version begins after the previous, which ends the day before', async () => {
    const eerste = await json<ZaaktypeUit>(publiceer(await compleet()));
    const teVroeg = await beheerder.post(`/api/v1/zaaktypen/${eerste.id}/nieuwe-versie`, {
      versie: eerste.versie,
      beginGeldigheid: '2026-01-01',
    });
    expect(teVroeg.status).toBe(400);
    expect((await json<Fout>(teVroeg)).errors?.map((f) => f.veld)).toEqual(['beginGeldigheid']);
    const tweede = await json<ZaaktypeUit>(
      beheerder.post(`/api/v1/zaaktypen/${eerste.id}/nieuwe-versie`, {
        versie: eerste.versie,
        beginGeldigheid: '2026-03-01',
      }),
    );
    const terug = await beheerder.patch(`/api/v1/zaaktypen/${tweede.id}`, {
      versie: tweede.versie,
      beginGeldigheid: '2025-12-31',
    });
    expect((await json<Fout>(terug)).errors?.map((f) => f.veld)).toEqual(['beginGeldigheid']);
    expect(
      (await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${eerste.id}`))).eindeGeldigheid,
      'the previous version ends only when the new one is published',
    ).toBeNull();
    expect((await publiceer(tweede)).status).toBe(200);
    const vorige = await json<ZaaktypeUit>(beheerder.get(`/api/v1/zaaktypen/${eerste.id}`));
    expect(vorige).toMatchObject({ beginGeldigheid: '2026-01-01', eindeGeldigheid: '2026-02-28' });
    expect(await geldigeVersie(env.runtime.db, eerste.identificatie, '2026-02-28')).toBe(eerste.id);
    expect(await geldigeVersie(env.runtime.db, eerste.identificatie, '2026-03-01')).toBe(tweede.id);
    const oud = await beheerder.post(`/api/v1/zaaktypen/${eerste.id}/nieuwe-versie`, {
      versie: vorige.versie,
    });
    expect(oud.status).toBe(409);
  });
});

describe('list', () => {
  it('searches, filters on concept or published, pages and sorts', async () => {
    await concept({ omschrijving: 'Zoekbaar zaaktype een' });
    await concept({ omschrijving: 'Zoekbaar zaaktype twee' });
    const pagina = await json<{ items: ZaaktypeUit[]; total: number }>(
      beheerder.get('/api/v1/zaaktypen?q=zoekbaar&sort=-omschrijving&pageSize=1&page=1'),
    );
    expect(pagina).toMatchObject({ total: 2 });
    expect(pagina.items.map((z) => z.omschrijving)).toEqual(['Zoekbaar zaaktype twee']);
    const gepubliceerd = await json<{ items: ZaaktypeUit[] }>(
      beheerder.get('/api/v1/zaaktypen?q=zoekbaar&status=gepubliceerd'),
    );
    expect(gepubliceerd.items).toEqual([]);
    expect((await beheerder.get('/api/v1/zaaktypen?sort=geheim')).status).toBe(400);
  });

  it('lets every employee read and only the functioneel beheerder change', async () => {
    const kcc = await env.login('kcc');
    expect((await kcc.get('/api/v1/zaaktypen')).status).toBe(200);
    expect(
      (await kcc.post('/api/v1/zaaktypen', { omschrijving: 'Mag niet', doorlooptijd: 'P6W' })).status,
    ).toBe(403);
  });
});
