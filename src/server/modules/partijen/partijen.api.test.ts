import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { json, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { Contract } from '../../testing/openapi-contract';
import { demoVestigingen } from '../basisregistratie';

let env: TestOmgeving;
let kcc: TestClient;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  kcc = await env.login('kcc');
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

interface Resultaat {
  soort: string;
  partijId: string | null;
  naam: string;
  organisatie: string | null;
  bsn: string | null;
  kvkNummer: string | null;
  vestigingsnummer: string | null;
}

async function zoek(q: string) {
  const res = await kcc.get(`/api/v1/partijen/zoeken?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { zoeksoort: string; items: Resultaat[] };
}

async function openPersoon(bsn: string) {
  const res = await kcc.post('/api/v1/partijen/personen', { bsn });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

describe('one search box', () => {
  it('finds a person by BSN and audits the lookup as personal data', async () => {
    const { zoeksoort, items } = await zoek('999993653');
    expect(zoeksoort).toBe('bsn');
    expect(items.map((r) => r.naam)).toEqual(['Suzanne Moulin']);
    const audit = (await (
      await beheerder.get('/api/v1/audit?actie=partij.gezocht&objectId=999993653')
    ).json()) as { total: number };
    expect(audit.total).toBeGreaterThanOrEqual(1);
  });

  it('explains a BSN that fails the elfproef', async () => {
    const res = await kcc.get('/api/v1/partijen/zoeken?q=999993654');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [{ veld: 'q', melding: expect.stringContaining('elfproef') }],
    });
  });

  it.each(['3077AW 31', '3077 aw 31', '3077aw31'])(
    'finds residents by postcode and huisnummer: %s',
    async (q) => {
      const { zoeksoort, items } = await zoek(q);
      expect(zoeksoort).toBe('adres');
      // Search results carry the BSN masked: only its last four digits.
      expect(items.map((r) => r.bsn)).toContain('*****3653');
    },
  );

  it('finds a name with or without voorvoegsel, and with a typo', async () => {
    for (const q of ['van der Meijden', 'Meijden', 'Peter-Jan van der Meijden']) {
      expect(
        (await zoek(q)).items.map((r) => r.bsn),
        q,
      ).toContain('*****3872');
    }
    expect((await zoek('Moullin')).items.map((r) => r.bsn)).toContain('*****3653');
  });

  it('narrows a name by birth date', async () => {
    const { items } = await zoek('Moulin 1-12-1985');
    expect(items.map((r) => r.bsn)).toEqual(['*****3653']);
    expect((await zoek('Moulin 2-12-1985')).items).toEqual([]);
  });

  it('finds a company by KvK-nummer, vestigingsnummer and (misspelt) name', async () => {
    const [v] = await demoVestigingen(env.runtime.db, 1);
    expect((await zoek(v.kvkNummer)).items.map((r) => r.vestigingsnummer)).toContain(v.vestigingsnummer);
    expect((await zoek(v.vestigingsnummer)).items.map((r) => r.naam)).toEqual([v.naam]);
    const typo = `${v.naam.slice(0, -3)}${v.naam.slice(-2)}`;
    expect((await zoek(typo)).items.map((r) => r.vestigingsnummer)).toContain(v.vestigingsnummer);
    const [{ vestigingsnummer, woord }] = await rijen<{ vestigingsnummer: string; woord: string }>(
      env.runtime.db,
      sql`select vestigingsnummer, split_part(zoeknaam, ' ', 2) as woord from hr_vestiging
        where length(split_part(zoeknaam, ' ', 2)) > 5 limit 1`,
    );
    const opWoord = (await zoek(woord)).items.map((r) => r.vestigingsnummer);
    expect(opWoord, woord).toContain(vestigingsnummer);
  });

  it('finds a party by phone number in any notation and by e-mail', async () => {
    const id = await openPersoon('999990639');
    const kaart = (await (await kcc.get(`/api/v1/partijen/${id}`)).json()) as { versie: number };
    const res = await kcc.put(`/api/v1/partijen/${id}/contactgegevens`, {
      versie: kaart.versie,
      voorkeurskanaal: 'telefoon',
      telefoonnummers: [{ waarde: '06-41234567', omschrijving: 'mobiel' }],
      emailadressen: [{ waarde: 'M.duBurck@Example.nl' }],
    });
    expect(res.status).toBe(200);
    for (const q of ['0641234567', '+31 6 41 23 45 67', '06 4123 4567', 'm.duburck@example.nl']) {
      const { items } = await zoek(q);
      expect(
        items.map((r) => r.partijId),
        q,
      ).toContain(id);
    }
  });
});

describe('search results and the audit trail', () => {
  const regels = async (actie: string, objectId: string) =>
    json<{ total: number }>(await beheerder.get(`/api/v1/audit?actie=${actie}&objectId=${objectId}`));

  it('lists the bakeries before contact persons, each contact person with their organisation', async () => {
    const { items } = await zoek('Bakkerij');
    const laatsteBakkerij = items.findLastIndex(
      (r) => r.soort === 'organisatie' && r.naam.startsWith('Bakkerij'),
    );
    const eersteContactpersoon = items.findIndex((r) => r.soort === 'contactpersoon');
    expect(laatsteBakkerij).toBeGreaterThanOrEqual(0);
    expect(eersteContactpersoon).toBeGreaterThan(laatsteBakkerij);
    const contactpersonen = items.filter((r) => r.soort === 'contactpersoon');
    expect(contactpersonen.length).toBeGreaterThan(0);
    for (const c of contactpersonen) expect(c.organisatie, c.naam).toEqual(expect.any(String));
  });

  it('accounts for a person shown in the results once per 15 minutes, not on every search', async () => {
    await zoek('999991024');
    await zoek('999991024');
    expect((await regels('partij.gezocht', '999991024')).total).toBe(1);
    env.clock.now = new Date(env.clock.now.getTime() + 16 * 60_000);
    await zoek('999991024');
    expect((await regels('partij.gezocht', '999991024')).total).toBe(2);
  });

  it('records with the card read the search the agent opened it from', async () => {
    const id = await openPersoon('999991024');
    expect((await kcc.get(`/api/v1/partijen/${id}?zoeksoort=bsn`)).status).toBe(200);
    const gelezen = await rijen<{ details: unknown }>(
      env.runtime.db,
      sql`select details from audit_regel where actie = 'partij.ingezien' and object_id = ${id}`,
    );
    expect(gelezen.map((r) => r.details)).toEqual([{ zoeksoort: 'bsn' }]);
  });
});

describe('partij card (360)', () => {
  it('opens a BRP person once, whoever opens it', async () => {
    const a = await openPersoon('999993872');
    const b = await openPersoon('999993872');
    expect(a).toBe(b);
    expect((await kcc.post('/api/v1/partijen/personen', { bsn: '111222333' })).status).toBe(404);
  });

  it('shows basisregistratie data with its source and age, and audits the read', async () => {
    const id = await openPersoon('999993653');
    const res = await kcc.get(`/api/v1/partijen/${id}`);
    expect(await res.json()).toMatchObject({
      soort: 'persoon',
      bsn: '*****3653',
      persoon: { bsn: '*****3653', geslachtsnaam: 'Moulin', adres: { postcode: '3077AW' } },
      bron: { naam: expect.stringContaining('BRP'), opgehaald: expect.any(String) },
    });
    const audit = (await (
      await beheerder.get(`/api/v1/audit?actie=partij.ingezien&objectId=${id}`)
    ).json()) as { total: number };
    expect(audit.total).toBe(1);
  });

  it('validates contact details in Dutch and gives the second editor 409 with the current version', async () => {
    const id = await openPersoon('999991425');
    const fout = await kcc.put(`/api/v1/partijen/${id}/contactgegevens`, {
      versie: 1,
      telefoonnummers: [{ waarde: '12345' }],
      emailadressen: [{ waarde: 'geen-mail' }],
    });
    expect(fout.status).toBe(400);
    const velden = ((await fout.json()) as { errors: { veld: string }[] }).errors.map((e) => e.veld);
    expect(velden).toEqual(['telefoonnummers.0.waarde', 'emailadressen.0.waarde']);
    const eerste = await kcc.put(`/api/v1/partijen/${id}/contactgegevens`, {
      versie: 1,
      telefoonnummers: [{ waarde: '010-1234567' }],
      emailadressen: [],
    });
    expect(eerste.status).toBe(200);
    const tweede = await kcc.put(`/api/v1/partijen/${id}/contactgegevens`, {
      versie: 1,
      telefoonnummers: [],
      emailadressen: [],
    });
    expect(tweede.status).toBe(409);
    expect(await tweede.json()).toMatchObject({
      huidig: { versie: 2, contactgegevens: [{ waarde: '010-1234567' }] },
    });
  });

  it('shows an organisation with its contact persons', async () => {
    const [, v] = await demoVestigingen(env.runtime.db, 2);
    const res = await kcc.post('/api/v1/partijen/organisaties', { vestigingsnummer: v.vestigingsnummer });
    const { id } = (await res.json()) as { id: string };
    const cp = await kcc.post(`/api/v1/partijen/${id}/contactpersonen`, {
      naam: 'Ilse Vermeulen',
      telefoonnummer: '06-11112222',
    });
    expect(cp.status).toBe(201);
    const kaart = (await (await kcc.get(`/api/v1/partijen/${id}`)).json()) as {
      vestiging: { kvkNummer: string };
      contactpersonen: { naam: string }[];
    };
    expect(kaart.vestiging.kvkNummer).toBe(v.kvkNummer);
    expect(kaart.contactpersonen.map((c) => c.naam)).toContain('Ilse Vermeulen');
    expect((await zoek('Ilse Vermeulen')).items.map((r) => r.soort)).toContain('contactpersoon');
  });

  it('the card of a person and of an organisation is what the OpenAPI document promises (persoon or vestiging null)', async () => {
    const contract = new Contract(await (await kcc.get('/api/v1/openapi.json')).json());
    const [v] = await demoVestigingen(env.runtime.db, 1);
    const organisatie = await kcc.post('/api/v1/partijen/organisaties', {
      vestigingsnummer: v.vestigingsnummer,
    });
    const ids = [await openPersoon('999993653'), ((await organisatie.json()) as { id: string }).id];
    for (const id of ids) {
      const kaart = await (await kcc.get(`/api/v1/partijen/${id}`)).json();
      expect(contract.antwoordAfwijking('GET', '/api/v1/partijen/{id}', 200, kaart)).toBeUndefined();
    }
  });

  it('answers 404 for an unknown party and 400 for a bad vestigingsnummer', async () => {
    expect((await kcc.get('/api/v1/partijen/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await kcc.post('/api/v1/partijen/organisaties', { vestigingsnummer: '123' })).status).toBe(400);
  });
});
