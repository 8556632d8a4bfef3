import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let kcc: TestClient;
let partijId: string;
let productId: string;

beforeAll(async () => {
  env = await testOmgeving();
  kcc = await env.login('kcc');
  partijId = (
    (await (await kcc.post('/api/v1/partijen/personen', { bsn: '999993653' })).json()) as { id: string }
  ).id;
  const producten = (await (await kcc.get('/api/v1/producten?q=paspoort')).json()) as {
    items: { id: string; naam: string }[];
  };
  productId = producten.items[0].id;
});
afterAll(() => env?.stop());

const telefoontje = (extra: Record<string, unknown> = {}) => ({
  kanaal: 'telefoon',
  partijId,
  start: new Date(Date.now() - 4 * 60_000).toISOString(),
  vragen: [
    {
      productId,
      vraag: 'Hoe lang duurt een nieuw paspoort?',
      antwoord: 'Vijf werkdagen.',
      uitkomst: 'afgehandeld',
    },
  ],
  ...extra,
});

async function tellingen() {
  const [t] = await rijen<{ contacten: number; vragen: number; audit: number }>(
    env.runtime.db,
    sql`select (select count(*)::int from klantcontact) as contacten, (select count(*)::int from vraag) as vragen,
      (select count(*)::int from audit_regel where object_type = 'klantcontact') as audit`,
  );
  return t;
}

async function tijdlijn(query = '') {
  const res = await kcc.get(`/api/v1/partijen/${partijId}/tijdlijn?pageSize=100${query}`);
  return (await res.json()) as {
    items: { id: string; kanaal: string; titel: string; tijdstip: string }[];
    total: number;
  };
}

describe('registering a klantcontact', () => {
  it('takes agent, team, start and end automatically and shows it first on the timeline', async () => {
    const res = await kcc.post('/api/v1/klantcontacten', telefoontje());
    expect(res.status).toBe(201);
    const kc = (await res.json()) as {
      id: string;
      start: string;
      einde: string;
      medewerkerNaam: string;
      teamId: string;
      vragen: { onderwerp: string }[];
    };
    expect(kc.medewerkerNaam).toBe('Sanne de Vries');
    expect(kc.teamId).toBeTruthy();
    expect(new Date(kc.einde).getTime()).toBeGreaterThan(new Date(kc.start).getTime());
    expect(kc.vragen[0].onderwerp).toMatch(/paspoort/i);
    const { items } = await tijdlijn();
    expect(items[0]).toMatchObject({ id: kc.id, kanaal: 'telefoon' });
    expect(items.map((i) => i.tijdstip)).toEqual([...items.map((i) => i.tijdstip)].sort().reverse());
  });

  it('filters the timeline by kanaal', async () => {
    await kcc.post('/api/v1/klantcontacten', telefoontje({ kanaal: 'balie' }));
    const balie = await tijdlijn('&kanaal=balie');
    expect(balie.items.length).toBeGreaterThan(0);
    expect(balie.items.every((i) => i.kanaal === 'balie')).toBe(true);
    expect((await kcc.get(`/api/v1/partijen/${partijId}/tijdlijn?kanaal=fax`)).status).toBe(400);
  });

  it('allows an anonymous contact', async () => {
    expect((await kcc.post('/api/v1/klantcontacten', telefoontje({ partijId: null }))).status).toBe(201);
  });

  it('refuses a contact without questions with 422', async () => {
    const res = await kcc.post('/api/v1/klantcontacten', telefoontje({ vragen: [] }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ veld: 'vragen' }] });
  });

  it('answers 404 for an unknown party and writes nothing', async () => {
    const voor = (await tijdlijn()).total;
    const res = await kcc.post(
      '/api/v1/klantcontacten',
      telefoontje({ partijId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(404);
    expect((await tijdlijn()).total).toBe(voor);
  });

  it('names the incomplete question: unknown product, missing subject, referral without organisation', async () => {
    const voor = await tellingen();
    const res = await kcc.post(
      '/api/v1/klantcontacten',
      telefoontje({
        vragen: [
          { productId: '00000000-0000-4000-8000-000000000000', vraag: 'x', uitkomst: 'afgehandeld' },
          { vraag: 'y', uitkomst: 'afgehandeld' },
          { onderwerp: 'Toeslagen', vraag: 'z', uitkomst: 'doorverwezen' },
        ],
      }),
    );
    expect(res.status).toBe(422);
    const velden = ((await res.json()) as { errors: { veld: string }[] }).errors.map((e) => e.veld);
    expect(velden).toEqual(['vragen.0.productId', 'vragen.1.onderwerp', 'vragen.2.doorverwezenNaar']);
    expect(await tellingen()).toEqual(voor);
  });

  it('refuses a question with only an unknown product and writes nothing', async () => {
    const voor = await tellingen();
    const onbekend = {
      productId: '00000000-0000-4000-8000-000000000000',
      vraag: 'x',
      uitkomst: 'afgehandeld',
    };
    const res = await kcc.post('/api/v1/klantcontacten', telefoontje({ vragen: [onbekend] }));
    expect(res.status).toBe(422);
    expect(await tellingen()).toEqual(voor);
  });

  it('writes contact, questions and one audit line together', async () => {
    const voor = await tellingen();
    const tweeVragen = [
      ...telefoontje().vragen,
      { onderwerp: 'Afval', vraag: 'Wanneer?', uitkomst: 'afgehandeld' },
    ];
    const kc = (await (
      await kcc.post('/api/v1/klantcontacten', telefoontje({ vragen: tweeVragen }))
    ).json()) as {
      id: string;
      vragen: { volgnummer: number; onderwerp: string; productId: string | null }[];
    };
    expect(kc.vragen.map((v) => [v.volgnummer, v.onderwerp.length > 0, Boolean(v.productId)])).toEqual([
      [1, true, true],
      [2, true, false],
    ]);
    expect(await tellingen()).toEqual({
      contacten: voor.contacten + 1,
      vragen: voor.vragen + 2,
      audit: voor.audit + 1,
    });
    const [regel] = await rijen<{ actie: string; persoonsgegevens: boolean; medewerker_naam: string }>(
      env.runtime.db,
      sql`select actie, persoonsgegevens, medewerker_naam from audit_regel where object_id = ${kc.id}`,
    );
    expect(regel).toEqual({
      actie: 'klantcontact.geregistreerd',
      persoonsgegevens: true,
      medewerker_naam: 'Sanne de Vries',
    });
  });

  it('refuses a start in the future and an unknown kanaal', async () => {
    const toekomst = await kcc.post(
      '/api/v1/klantcontacten',
      telefoontje({ start: new Date(Date.now() + 3_600_000).toISOString() }),
    );
    expect(toekomst.status).toBe(422);
    const kanaal = await kcc.post('/api/v1/klantcontacten', telefoontje({ kanaal: 'fax' }));
    expect(kanaal.status).toBe(400);
    expect(await kanaal.json()).toMatchObject({
      errors: [{ veld: 'kanaal', melding: expect.stringContaining('Kies een kanaal') }],
    });
  });
});

describe('drafts', () => {
  it('saves a draft without questions and completes it the same day', async () => {
    const concept = await kcc.post('/api/v1/klantcontacten', telefoontje({ status: 'concept', vragen: [] }));
    expect(concept.status).toBe(201);
    const { id, versie } = (await concept.json()) as { id: string; versie: number };
    const lijst = (await (await kcc.get('/api/v1/klantcontacten/concepten')).json()) as {
      items: { id: string }[];
    };
    expect(lijst.items.map((k) => k.id)).toContain(id);
    const anders = await env.login('teamleider');
    expect((await anders.patch(`/api/v1/klantcontacten/${id}`, { versie, status: 'afgerond' })).status).toBe(
      403,
    );
    const leeg = await kcc.patch(`/api/v1/klantcontacten/${id}`, { versie, status: 'afgerond' });
    expect(leeg.status).toBe(422);
    const af = await kcc.patch(`/api/v1/klantcontacten/${id}`, {
      versie,
      status: 'afgerond',
      vragen: telefoontje().vragen,
    });
    expect(af.status).toBe(200);
    expect(await af.json()).toMatchObject({ status: 'afgerond', versie: versie + 1 });
    const nogmaals = await kcc.patch(`/api/v1/klantcontacten/${id}`, { versie: versie + 1, kanaal: 'balie' });
    expect(nogmaals.status).toBe(409);
  });

  it('refuses to complete a draft on a later day', async () => {
    const { id, versie } = (await (
      await kcc.post('/api/v1/klantcontacten', telefoontje({ status: 'concept' }))
    ).json()) as { id: string; versie: number };
    env.clock.now = new Date(Date.now() + 24 * 3_600_000);
    try {
      const morgen = await env.login('kcc');
      const res = await morgen.patch(`/api/v1/klantcontacten/${id}`, { versie, status: 'afgerond' });
      expect(res.status).toBe(422);
    } finally {
      env.clock.now = new Date();
    }
  });

  it('gives a stale editor 409 with the current state', async () => {
    const { id, versie } = (await (
      await kcc.post('/api/v1/klantcontacten', telefoontje({ status: 'concept' }))
    ).json()) as { id: string; versie: number };
    expect((await kcc.patch(`/api/v1/klantcontacten/${id}`, { versie, kanaal: 'chat' })).status).toBe(200);
    const oud = await kcc.patch(`/api/v1/klantcontacten/${id}`, { versie, kanaal: 'balie' });
    expect(oud.status).toBe(409);
    expect(await oud.json()).toMatchObject({ huidig: { kanaal: 'chat' } });
  });
});
