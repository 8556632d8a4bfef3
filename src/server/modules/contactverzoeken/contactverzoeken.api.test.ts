import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import type { SmsBericht } from '../../platform/sms/sms';
import {
  eventually,
  json,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../testing/harness';

let env: TestOmgeving;
let kcc: TestClient;
let backoffice: TestClient;
let keyuser: TestClient;
let beheerder: TestClient;
let teams: Record<string, string>;
let partijId: string;
let mensen: Record<string, string>;
const sms: SmsBericht[] = [];

interface Verzoek {
  id: string;
  nummer: string;
  deadline: string;
  termijn: string;
  teLaat: boolean;
  status: string;
  versie: number;
  medewerkerId: string | null;
  teamId: string;
  telefoon: string | null;
  email: string | null;
  onderwerp: string;
  vraag: string;
  mislukt: number;
  pogingen: number;
  logboek: { soort: string; tekst: string; uitkomst: string | null; tijdstip: string }[];
}

beforeAll(async () => {
  env = await testOmgeving({}, { sms: { naam: 'test', verstuur: async (b) => void sms.push(b) } });
  // Monday 2 November 2026, 10:00 in Amsterdam.
  env.clock.now = START;
  [kcc, backoffice, keyuser, beheerder] = await Promise.all(
    ['kcc', 'backoffice', 'keyuser', 'beheerder'].map((n) => env.login(n)),
  );
  teams = await teamsOpNaam(beheerder);
  const mw = await json<{ items: { id: string; gebruikersnaam: string }[] }>(
    beheerder.get('/api/v1/medewerkers?pageSize=100'),
  );
  mensen = Object.fromEntries(mw.items.map((m) => [m.gebruikersnaam, m.id]));
  partijId = (await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { bsn: '999993653' }))).id;
  await kcc.put(`/api/v1/partijen/${partijId}/contactgegevens`, {
    versie: 1,
    telefoonnummers: [{ waarde: '06 12345678' }],
    emailadressen: [{ waarde: 'inwoner@example.nl' }],
  });
});
afterAll(() => env?.stop());

const START = new Date('2026-11-02T09:00:00Z');

/** Runs at another moment, with fresh sessions (the morning's have expired by then). */
async function op<T>(
  iso: string,
  fn: (c: Record<'kcc' | 'backoffice' | 'keyuser', TestClient>) => Promise<T>,
) {
  env.clock.now = new Date(iso);
  try {
    const [k, b, u] = [await env.login('kcc'), await env.login('backoffice'), await env.login('keyuser')];
    return await fn({ kcc: k, backoffice: b, keyuser: u });
  } finally {
    env.clock.now = START;
  }
}

const maak = (extra: Record<string, unknown> = {}, door = kcc) =>
  door.post('/api/v1/contactverzoeken', {
    teamId: teams.Belastingen,
    partijId,
    onderwerp: 'WOZ-beschikking',
    vraag: 'Waarom is mijn WOZ-waarde zo hoog?',
    ...extra,
  });

describe('creating a contactverzoek', () => {
  it('takes contact details from the party, sets the deadline at 2 working days and mails a reference number', async () => {
    const res = await maak();
    expect(res.status).toBe(201);
    const cv = (await res.json()) as Verzoek;
    expect(cv.nummer).toMatch(/^CV-2026-\d{6}$/);
    expect(cv.telefoon).toBe('06 12345678');
    expect(cv.email).toBe('inwoner@example.nl');
    expect(cv.deadline).toBe('2026-11-04');
    expect(cv.termijn).toBe('nog 2 werkdagen');
    expect(cv.logboek.map((l) => l.soort)).toEqual(['aangemaakt', 'bevestiging-verstuurd']);
    const mails = await eventually(
      () =>
        json<{ items: { aan: string; onderwerp: string }[] }>(beheerder.get(`/api/v1/mails?q=${cv.nummer}`)),
      (m) => m.items.length > 0,
    );
    expect(mails.items[0]).toMatchObject({ aan: 'inwoner@example.nl' });
  });

  it('confirms by text message when only a mobile number is known, and not to a landline', async () => {
    const zonderMail = { partijId: null, naam: 'J. de Boer', email: null };
    const mobiel = await json<Verzoek>(maak({ ...zonderMail, telefoon: '06-87654321' }));
    expect(mobiel.logboek.map((l) => l.tekst)).toContain('Bevestiging naar sms +31687654321.');
    const bericht = await eventually(
      async () => sms.find((b) => b.tekst.includes(mobiel.nummer)),
      (b) => b !== undefined,
    );
    expect(bericht).toMatchObject({ aan: '+31687654321' });
    expect(bericht?.tekst).toContain('uiterlijk woensdag 4 november 2026');
    const vast = await json<Verzoek>(maak({ ...zonderMail, telefoon: '010 1234567' }));
    expect(vast.logboek.map((l) => l.soort)).toEqual(['aangemaakt']);
  });

  it('gives an urgent request the same working day, and one received after closing time the next', async () => {
    expect((await json<Verzoek>(maak({ urgent: true }))).deadline).toBe('2026-11-02');
    // Friday 18:30, after closing time: day 0 is Monday.
    await op('2026-11-06T17:30:00Z', async (c) => {
      expect((await json<Verzoek>(maak({ urgent: true }, c.kcc))).deadline).toBe('2026-11-09');
      expect((await json<Verzoek>(maak({}, c.kcc))).deadline).toBe('2026-11-11');
    });
  });

  it('counts working days around Christmas', async () => {
    // Thursday 24 December; 25 and 26 December are holidays, then a weekend.
    await op('2026-12-24T10:00:00Z', async (c) => {
      expect((await json<Verzoek>(maak({}, c.kcc))).deadline).toBe('2026-12-29');
    });
  });

  it('takes a product norm over the team norm', async () => {
    const producten = await json<{ items: { id: string }[] }>(kcc.get('/api/v1/producten?q=paspoort'));
    const productId = producten.items[0].id;
    expect((await beheerder.put('/api/v1/servicenormen', { productId, werkdagen: 5 })).status).toBe(200);
    expect((await json<Verzoek>(maak({ productId }))).deadline).toBe('2026-11-09');
  });

  it('follows the team norm again once the product norm is removed, audited', async () => {
    const producten = await json<{ items: { id: string }[] }>(kcc.get('/api/v1/producten?q=paspoort'));
    const productId = producten.items[0].id;
    const norm = await json<{ id: string; naam: string }>(
      beheerder.put('/api/v1/servicenormen', { productId, werkdagen: 5 }),
    );
    expect((await beheerder.delete(`/api/v1/servicenormen/${norm.id}`)).status).toBe(204);
    expect((await json<Verzoek>(maak({ productId }))).deadline).toBe('2026-11-04');
    expect((await beheerder.delete(`/api/v1/servicenormen/${norm.id}`)).status).toBe(404);
    const audit = await json<{ items: { actie: string; objectNaam: string | null }[] }>(
      beheerder.get(`/api/v1/audit?objectId=${norm.id}`),
    );
    expect(audit.items[0]).toMatchObject({ actie: 'servicenorm.verwijderd' });
    expect((await kcc.delete(`/api/v1/servicenormen/${norm.id}`)).status).toBe(403);
  });

  it('is prefilled from a question of a klantcontact', async () => {
    const kc = await json<{ id: string; vragen: { id: string }[] }>(
      kcc.post('/api/v1/klantcontacten', {
        kanaal: 'telefoon',
        partijId,
        vragen: [
          {
            onderwerp: 'Parkeervergunning',
            vraag: 'Kan ik een tweede vergunning krijgen?',
            uitkomst: 'contactverzoek',
          },
        ],
      }),
    );
    const cv = await json<Verzoek>(
      kcc.post('/api/v1/contactverzoeken', { teamId: teams.Vergunningen, vraagId: kc.vragen[0].id }),
    );
    expect(cv).toMatchObject({
      onderwerp: 'Parkeervergunning',
      vraag: 'Kan ik een tweede vergunning krijgen?',
    });
    const tijdlijn = await json<{ items: { type: string; id: string }[] }>(
      kcc.get(`/api/v1/partijen/${partijId}/tijdlijn`),
    );
    expect(tijdlijn.items.some((i) => i.type === 'contactverzoek' && i.id === cv.id)).toBe(true);
  });

  it('numbers past 999999 get a seventh digit instead of being cut to a number already given', async () => {
    await env.runtime.db.execute(sql`select setval('contactverzoek_nummer', 999998)`);
    const nummers = [];
    for (let i = 0; i < 2; i++) {
      const res = await maak();
      expect(res.status).toBe(201);
      nummers.push(((await res.json()) as Verzoek).nummer);
    }
    expect(nummers).toEqual(['CV-2026-999999', 'CV-2026-1000000']);
  });

  it('refuses an unknown team, an employee outside the team and no way to reach the resident, writing nothing', async () => {
    const voor = await tel();
    const res = await kcc.post('/api/v1/contactverzoeken', {
      teamId: '00000000-0000-4000-8000-000000000000',
      onderwerp: 'x',
      vraag: 'y',
    });
    expect(res.status).toBe(422);
    const velden = (await json<{ errors: { veld: string }[] }>(res)).errors.map((e) => e.veld);
    expect(velden).toEqual(expect.arrayContaining(['teamId', 'telefoon']));
    const buiten = await maak({ medewerkerId: mensen.kcc });
    expect(buiten.status).toBe(422);
    expect((await json<{ errors: { veld: string }[] }>(buiten)).errors[0].veld).toBe('medewerkerId');
    expect((await maak({ telefoon: '12' })).status).toBe(422);
    expect(await tel()).toBe(voor);
  });
});

async function tel() {
  const [{ n }] = await rijen<{ n: number }>(
    env.runtime.db,
    sql`select count(*)::int as n from contactverzoek`,
  );
  return n;
}

describe('the team queue', () => {
  it('filters mine, unassigned, due today and overdue', async () => {
    const cv = await json<Verzoek>(maak());
    const ongetoewezen = await json<{ items: Verzoek[] }>(
      backoffice.get(`/api/v1/contactverzoeken?teamId=${teams.Belastingen}&filter=ongetoewezen&pageSize=100`),
    );
    expect(ongetoewezen.items.some((i) => i.id === cv.id)).toBe(true);
    await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/claim`, {});
    const mijn = await json<{ items: Verzoek[] }>(
      backoffice.get('/api/v1/contactverzoeken?filter=mijn&pageSize=100'),
    );
    expect(mijn.items.map((i) => i.id)).toContain(cv.id);
    await op('2026-11-05T09:00:00Z', async (c) => {
      const laat = await json<{ items: Verzoek[] }>(
        c.backoffice.get(`/api/v1/contactverzoeken?teamId=${teams.Belastingen}&filter=te-laat&pageSize=100`),
      );
      const item = laat.items.find((i) => i.id === cv.id);
      expect(item).toMatchObject({ teLaat: true, termijn: '1 werkdag te laat' });
    });
  });

  it('lets only team members claim, and a key user assign in bulk within the team', async () => {
    const [a, b] = [await json<Verzoek>(maak()), await json<Verzoek>(maak())];
    expect((await kcc.post(`/api/v1/contactverzoeken/${a.id}/claim`, {})).status).toBe(403);
    const res = await keyuser.post('/api/v1/contactverzoeken/toewijzing', {
      ids: [a.id, b.id],
      medewerkerId: mensen.backoffice,
    });
    expect(res.status).toBe(200);
    expect((await json<{ items: Verzoek[] }>(res)).items.map((i) => i.medewerkerId)).toEqual([
      mensen.backoffice,
      mensen.backoffice,
    ]);
    const buiten = await keyuser.post('/api/v1/contactverzoeken/toewijzing', {
      ids: [a.id],
      medewerkerId: mensen.kcc,
    });
    expect(buiten.status).toBe(422);
    expect(
      (await backoffice.post('/api/v1/contactverzoeken/toewijzing', { ids: [a.id], medewerkerId: null }))
        .status,
    ).toBe(403);
  });

  it('logs attempts and mails the resident after the third failed one', async () => {
    const cv = await json<Verzoek>(maak());
    for (const uitkomst of ['niet-bereikt', 'voicemail-ingesproken', 'verkeerd-nummer'])
      await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/pogingen`, { uitkomst });
    const na = await json<Verzoek>(backoffice.get(`/api/v1/contactverzoeken/${cv.id}`));
    expect(na).toMatchObject({ pogingen: 3, mislukt: 3 });
    expect(na.logboek.map((l) => l.soort)).toContain('niet-bereikbaar-bericht');
    await eventually(
      () =>
        json<{ items: { onderwerp: string }[] }>(
          beheerder.get(`/api/v1/mails?q=${encodeURIComponent(`niet bereiken (${cv.nummer})`)}`),
        ),
      (m) => m.items.length === 1,
    );
  });

  it('takes the time a call attempt really happened: not in the future, not before the request came in', async () => {
    const cv = await json<Verzoek>(maak());
    await op('2026-11-02T11:00:00Z', async ({ backoffice }) => {
      const poging = (tijdstip: string) =>
        backoffice.post(`/api/v1/contactverzoeken/${cv.id}/pogingen`, { uitkomst: 'niet-bereikt', tijdstip });
      const fouten = async (res: Response | Promise<Response>) => {
        const r = await res;
        return { status: r.status, errors: (await json<{ errors: unknown[] }>(r)).errors };
      };
      expect(await fouten(poging('2026-11-02T12:01:00+01:00'))).toEqual({
        status: 422,
        errors: [{ veld: 'tijdstip', melding: 'Een belpoging kan niet in de toekomst liggen.' }],
      });
      expect(await fouten(poging('2026-11-02T09:59:00+01:00'))).toEqual({
        status: 422,
        errors: [
          {
            veld: 'tijdstip',
            melding: 'Een belpoging kan niet vóór de ontvangst van het verzoek liggen (2 nov 2026, 10:00).',
          },
        ],
      });
      expect((await fouten(poging('gisteren'))).errors).toEqual([
        expect.objectContaining({ veld: 'tijdstip', melding: expect.stringMatching(/^Geef het tijdstip/) }),
      ]);
      // Noted at 12:00 (Amsterdam), called at 10:30; the log reads in the order the calls happened.
      await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/notities`, { tekst: 'Eerst overlegd.' });
      expect((await poging('2026-11-02T10:30:00+01:00')).status).toBe(200);
      const na = await json<Verzoek>(backoffice.get(`/api/v1/contactverzoeken/${cv.id}`));
      expect(na).toMatchObject({ pogingen: 1, mislukt: 1 });
      const eigen = na.logboek.filter((l) => ['aangemaakt', 'poging', 'notitie'].includes(l.soort));
      expect(eigen.map((l) => [l.soort, l.tijdstip])).toEqual([
        ['aangemaakt', '2026-11-02T09:00:00.000Z'],
        ['poging', '2026-11-02T09:30:00.000Z'],
        ['notitie', '2026-11-02T11:00:00.000Z'],
      ]);
      const zonder = await json<Verzoek>(
        backoffice.post(`/api/v1/contactverzoeken/${cv.id}/pogingen`, { uitkomst: 'bereikt' }),
      );
      expect(zonder.logboek.at(-1)).toMatchObject({ soort: 'poging', tijdstip: '2026-11-02T11:00:00.000Z' });
    });
  });

  it('forwards keeping the deadline, or with a new one only by a key user with a reason', async () => {
    const cv = await json<Verzoek>(maak());
    const door = await json<Verzoek>(
      backoffice.post(`/api/v1/contactverzoeken/${cv.id}/doorsturen`, {
        teamId: teams.Vergunningen,
        toelichting: 'Gaat over een vergunning',
      }),
    );
    expect(door).toMatchObject({ teamId: teams.Vergunningen, deadline: cv.deadline, medewerkerId: null });
    expect(
      (
        await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/doorsturen`, {
          teamId: teams.Belastingen,
          nieuweTermijn: true,
          reden: 'x',
        })
      ).status,
    ).toBe(403);
    const zonderReden = await keyuser.post(`/api/v1/contactverzoeken/${cv.id}/doorsturen`, {
      teamId: teams.Belastingen,
      nieuweTermijn: true,
    });
    expect(zonderReden.status).toBe(422);
    expect((await json<{ errors: { veld: string }[] }>(zonderReden)).errors.map((e) => e.veld)).toEqual([
      'reden',
    ]);
    await op('2026-11-03T09:00:00Z', async (c) => {
      const nieuw = await json<Verzoek>(
        c.keyuser.post(`/api/v1/contactverzoeken/${cv.id}/doorsturen`, {
          teamId: teams.Belastingen,
          nieuweTermijn: true,
          reden: 'Eerst advies nodig',
        }),
      );
      expect(nieuw.deadline).toBe('2026-11-05');
      expect(nieuw.logboek.map((l) => l.soort)).toEqual(
        expect.arrayContaining(['doorgestuurd', 'termijn-gewijzigd']),
      );
    });
  });

  it('lets one of two closers win; the other gets 409 with the current state', async () => {
    const cv = await json<Verzoek>(maak());
    const [een, twee] = await Promise.all([
      backoffice.post(`/api/v1/contactverzoeken/${cv.id}/afhandelen`, {
        resultaat: 'beantwoord',
        versie: cv.versie,
      }),
      keyuser.post(`/api/v1/contactverzoeken/${cv.id}/afhandelen`, {
        resultaat: 'doorverwezen',
        versie: cv.versie,
      }),
    ]);
    expect([een.status, twee.status].sort()).toEqual([200, 409]);
    const verliezer = een.status === 409 ? een : twee;
    expect(await verliezer.json()).toMatchObject({ huidig: { status: 'afgehandeld' } });
    const opnieuw = await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/afhandelen`, {
      resultaat: 'beantwoord',
    });
    expect(opnieuw.status).toBe(409);
  });
});
