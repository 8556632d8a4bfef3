import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import {
  eventually,
  json,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../testing/harness';
import { testZaaktype } from '../../testing/zaaktypen';

let env: TestOmgeving;
let kcc: TestClient;
let beheerder: TestClient;
let teams: Record<string, string>;
let partijId: string;
let zt: Awaited<ReturnType<typeof testZaaktype>>;

interface Zaak {
  id: string;
  identificatie: string;
  versie: number;
  teamId: string;
  behandelaarNaam: string | null;
  initiatorNaam: string | null;
  statusOmschrijving: string | null;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string;
  einddatum: string | null;
  opgeschortSinds: string | null;
  archiefnominatie: string | null;
  archiefactiedatum: string | null;
  termijn: string;
  teLaat: boolean;
  niveau: string;
  statussen: { omschrijving: string }[];
  rollen: { omschrijvingGeneriek: string; naam: string }[];
  eigenschappen: { naam: string; waarde: string }[];
  logboek: { soort: string; tekst: string }[];
}
interface Fout {
  detail: string;
  errors?: { veld: string; melding: string }[];
  huidig?: Zaak;
}

// Monday 2 November 2026, 10:00 in Amsterdam.
const START = new Date('2026-11-02T09:00:00Z');

beforeAll(async () => {
  env = await testOmgeving();
  env.clock.now = START;
  [kcc, beheerder] = [await env.login('kcc'), await env.login('beheerder')];
  teams = await teamsOpNaam(beheerder);
  zt = await testZaaktype(env.runtime.db, teams.Belastingen);
  partijId = (await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { bsn: '999993653' }))).id;
  const { versie } = await json<{ versie: number }>(kcc.get(`/api/v1/partijen/${partijId}`));
  const res = await kcc.put(`/api/v1/partijen/${partijId}/contactgegevens`, {
    versie,
    telefoonnummers: [],
    emailadressen: [{ waarde: 'aanvrager@example.nl' }],
  });
  expect(res.status).toBe(200);
});
afterAll(() => env?.stop());

/** Acts at another moment, with fresh sessions (the morning's have expired by then). */
async function op<T>(iso: string, fn: (backoffice: TestClient) => Promise<T>) {
  env.clock.now = new Date(iso);
  try {
    return await fn(await env.login('backoffice'));
  } finally {
    env.clock.now = START;
  }
}

const maak = (extra: Record<string, unknown> = {}, door = kcc) =>
  door.post('/api/v1/zaken', {
    zaaktypeId: zt.id,
    omschrijving: 'Parkeervergunning Dorpsstraat',
    initiatorPartijId: partijId,
    ...extra,
  });
const actie = (door: TestClient, z: { id: string }, pad: string, body: unknown = {}) =>
  door.post(`/api/v1/zaken/${z.id}/${pad}`, body);
const aantalZaken = async () =>
  (await rijen<{ n: number }>(env.runtime.db, sql`select count(*)::int as n from zaak`))[0].n;
const mailsAan = (aan: string) =>
  json<{ items: { aan: string; onderwerp: string; tekst?: string }[] }>(
    beheerder.get(`/api/v1/mails?q=${aan}`),
  );

describe('een zaak aanmaken', () => {
  it('berekent einddatumGepland uit de servicenorm en uiterlijkeEinddatumAfdoening uit de doorlooptijd, met de eerste status en de initiator', async () => {
    const res = await maak();
    expect(res.status).toBe(201);
    const z = await json<Zaak>(res);
    expect(z.identificatie).toMatch(/^ZAAK-2026-\d{7}$/);
    expect(z.teamId).toBe(teams.Belastingen);
    expect(z.einddatumGepland).toBe('2026-11-16');
    expect(z.uiterlijkeEinddatumAfdoening).toBe('2026-12-28');
    expect(z.statusOmschrijving).toBe('Ontvangen');
    expect(z.initiatorNaam).toBeTruthy();
    expect(z.rollen.map((r) => r.omschrijvingGeneriek)).toEqual(['initiator']);
    expect(z.logboek.map((l) => l.soort)).toEqual(['aangemaakt', 'status']);
  });

  it('weigert een conceptzaaktype, een onbekend team en een verkeerde eigenschap, en schrijft dan niets', async () => {
    const concept = await testZaaktype(env.runtime.db, teams.Belastingen);
    await env.runtime.db.execute(sql`update zaaktype set concept = true where id = ${concept.id}`);
    const voor = await aantalZaken();
    const res = await maak({
      zaaktypeId: concept.id,
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(422);
    const fout = await json<Fout>(res);
    expect(fout.errors?.map((e) => e.veld).sort()).toEqual(['teamId', 'zaaktypeId']);
    expect(fout.errors?.find((e) => e.veld === 'zaaktypeId')?.melding).toMatch(/nog een concept/);
    const eig = await json<Fout>(
      maak({ eigenschappen: [{ eigenschapId: zt.eigenschappen.zone, waarde: 'Q' }] }),
    );
    expect(eig.errors).toEqual([
      { veld: 'eigenschappen.0.waarde', melding: 'zone moet een van deze waarden zijn: A, B, C.' },
    ]);
    expect(await aantalZaken()).toBe(voor);
  });

  it('maakt de KCC-medewerker een zaak uit het contact dat zij registreerde: de partij is initiator, het contact gekoppeld', async () => {
    const kc = await json<{ id: string }>(
      kcc.post('/api/v1/klantcontacten', {
        kanaal: 'telefoon',
        partijId,
        vragen: [
          { onderwerp: 'Parkeervergunning', vraag: 'Ik wil een parkeervergunning.', uitkomst: 'zaak' },
        ],
      }),
    );
    const res = await maak({ klantcontactId: kc.id });
    expect(res.status).toBe(201);
    const z = await json<Zaak & { klantcontactId: string | null; initiatorId: string | null }>(res);
    expect(z).toMatchObject({ klantcontactId: kc.id, initiatorId: partijId, teamId: teams.Belastingen });
    const voor = await aantalZaken();
    const onbekend = await json<Fout>(maak({ klantcontactId: crypto.randomUUID() }));
    expect(onbekend.errors).toEqual([{ veld: 'klantcontactId', melding: 'Dit klantcontact bestaat niet.' }]);
    expect(await aantalZaken()).toBe(voor);
  });

  it('geeft de KCC-medewerker die de zaak maakte alleen waar zij staat, en de zaak bestaat niet voor een team dat er niets mee heeft', async () => {
    const z = await json<Zaak>(maak());
    await actie(await env.login('backoffice'), z, 'notities', { tekst: 'Intern: buurman klaagde' });
    const gezien = await json<Zaak>(kcc.get(`/api/v1/zaken/${z.id}`));
    expect(gezien.niveau).toBe('status');
    expect(gezien.logboek.some((l) => l.soort === 'notitie')).toBe(false);
    const teamleider = await env.login('teamleider');
    expect((await teamleider.get(`/api/v1/zaken/${z.id}`)).status).toBe(200);
    const ander = await env.login('keyuser');
    const vergunning = await testZaaktype(env.runtime.db, teams.Burgerzaken);
    const elders = await json<Zaak>(maak({ zaaktypeId: vergunning.id }));
    expect((await ander.get(`/api/v1/zaken/${elders.id}`)).status).toBe(404);
  });
});

describe('een zaak behandelen', () => {
  it('zet een status die de initiator informeert: de statustekst gaat één keer per mail', async () => {
    const z = await json<Zaak>(maak());
    const bo = await env.login('backoffice');
    const opgepakt = await json<Zaak>(actie(bo, z, 'oppakken'));
    expect(opgepakt.behandelaarNaam).toBe('Pieter Jansen');
    const res = await actie(bo, z, 'status', { statustypeId: zt.statustypen[1], versie: opgepakt.versie });
    expect(res.status).toBe(200);
    expect((await json<Zaak>(res)).statusOmschrijving).toBe('In behandeling');
    const mails = await eventually(
      () => mailsAan(z.identificatie),
      (m) => m.items.length > 0,
    );
    expect(mails.items).toHaveLength(1);
    expect(mails.items[0]).toMatchObject({ aan: 'aanvrager@example.nl' });
  });

  it('weigert de eindstatus zonder resultaat, en een verouderde versie krijgt 409 met de huidige stand', async () => {
    const z = await json<Zaak>(maak());
    const bo = await env.login('backoffice');
    const eind = await json<Fout>(actie(bo, z, 'status', { statustypeId: zt.statustypen[2] }));
    expect(eind.errors?.[0].melding).toMatch(/eindstatus: sluit de zaak af met een resultaat/);
    await actie(bo, z, 'notities', { tekst: 'eerst' });
    const res = await actie(bo, z, 'status', { statustypeId: zt.statustypen[1], versie: z.versie });
    expect(res.status).toBe(409);
    expect((await json<Fout>(res)).huidig?.versie).toBe(z.versie + 1);
  });

  it('alleen het team van de zaak behandelt haar; de KCC-medewerker krijgt 403', async () => {
    const z = await json<Zaak>(maak());
    expect((await actie(kcc, z, 'oppakken')).status).toBe(403);
  });

  it('legt eigenschappen vast naar hun formaat', async () => {
    const z = await json<Zaak>(maak());
    const bo = await env.login('backoffice');
    const fout = await json<Fout>(
      actie(bo, z, 'eigenschappen', { eigenschapId: zt.eigenschappen.geldigTot, waarde: 'morgen' }),
    );
    expect(fout.errors?.[0]).toEqual({
      veld: 'waarde',
      melding: 'geldig tot moet een datum zijn (JJJJ-MM-DD).',
    });
    const goed = await json<Zaak>(
      actie(bo, z, 'eigenschappen', { eigenschapId: zt.eigenschappen.kenteken, waarde: 'AB-123-C' }),
    );
    expect(goed.eigenschappen).toEqual([expect.objectContaining({ naam: 'kenteken', waarde: 'AB-123-C' })]);
  });
});

describe('opschorten en verlengen', () => {
  it('hervatten schuift beide termijnen op met de dagen van de opschorting; een zaak wordt maar één keer opgeschort', async () => {
    const z = await json<Zaak>(maak());
    const opgeschort = await op('2026-11-05T10:00:00Z', (bo) =>
      json<Zaak>(actie(bo, z, 'opschorting', { reden: 'Wacht op kentekenbewijs' })),
    );
    expect(opgeschort.opgeschortSinds).toBe('2026-11-05');
    expect(opgeschort.termijn).toBe('opgeschort');
    const hervat = await op('2026-11-15T10:00:00Z', (bo) => json<Zaak>(actie(bo, z, 'hervatting')));
    expect(hervat.einddatumGepland).toBe('2026-11-26');
    expect(hervat.uiterlijkeEinddatumAfdoening).toBe('2027-01-07');
    const nogmaals = await op('2026-11-16T10:00:00Z', (bo) =>
      json<Fout>(actie(bo, z, 'opschorting', { reden: 'nog eens' })),
    );
    expect(nogmaals.detail).toMatch(/maar één keer worden opgeschort/);
  });

  it('verlengt één keer binnen de verlengingstermijn en vertelt de initiator de nieuwe datum', async () => {
    const z = await json<Zaak>(maak());
    const bo = await env.login('backoffice');
    const teLang = await json<Fout>(actie(bo, z, 'verlenging', { duur: 'P7W', reden: 'Advies nodig' }));
    expect(teLang.errors?.[0]).toMatchObject({ veld: 'duur' });
    const verlengd = await json<Zaak>(actie(bo, z, 'verlenging', { duur: 'P2W', reden: 'Advies nodig' }));
    expect(verlengd.uiterlijkeEinddatumAfdoening).toBe('2027-01-11');
    expect((await json<Fout>(actie(bo, z, 'verlenging', { duur: 'P1W', reden: 'weer' }))).detail).toMatch(
      /al verlengd/,
    );
    const mails = await eventually(
      () => mailsAan(z.identificatie),
      (m) => m.items.length > 0,
    );
    expect(mails.items[0].onderwerp).toContain(z.identificatie);
  });
});

describe('een zaak afsluiten', () => {
  it('leidt archiefnominatie en archiefactiedatum af uit het resultaattype, zet de eindstatus en sluit de zaak voor wijzigingen', async () => {
    const z = await json<Zaak>(maak());
    const bo = await env.login('backoffice');
    const res = await actie(bo, z, 'afsluiting', { resultaattypeId: zt.verleend });
    expect(res.status).toBe(200);
    const dicht = await json<Zaak>(res);
    expect(dicht).toMatchObject({
      einddatum: '2026-11-02',
      statusOmschrijving: 'Afgehandeld',
      archiefnominatie: 'vernietigen',
      archiefactiedatum: '2027-11-02',
      termijn: 'afgesloten',
    });
    expect((await actie(bo, z, 'notities', { tekst: 'te laat' })).status).toBe(409);
  });

  it('sluit niet zolang een deelzaak open is', async () => {
    const hoofd = await json<Zaak>(maak());
    const deel = await json<Zaak>(maak({ hoofdzaakId: hoofd.id, omschrijving: 'Deelzaak' }));
    const bo = await env.login('backoffice');
    const fout = await json<Fout>(actie(bo, hoofd, 'afsluiting', { resultaattypeId: zt.verleend }));
    expect(fout.detail).toBe('Een deelzaak is nog open: sluit die eerst af.');
    expect((await actie(bo, deel, 'afsluiting', { resultaattypeId: zt.geweigerd })).status).toBe(200);
    expect((await actie(bo, hoofd, 'afsluiting', { resultaattypeId: zt.verleend })).status).toBe(200);
    const deelzaakVanDeel = await json<Fout>(maak({ hoofdzaakId: deel.id }));
    expect(deelzaakVanDeel.errors?.[0].veld).toBe('hoofdzaakId');
  });

  it('toont bij een zaak haar deelzaken en de zaken waaraan zij gerelateerd is, op zaaknummer', async () => {
    const hoofd = await json<Zaak>(maak());
    const deel = await json<Zaak>(maak({ hoofdzaakId: hoofd.id, omschrijving: 'Deelzaak' }));
    const vervolg = await json<Zaak>(maak({ omschrijving: 'Vervolg' }));
    const bo = await env.login('backoffice');
    const relatie = { gerelateerdeZaakId: vervolg.id, aard: 'vervolg' };
    expect((await actie(bo, hoofd, 'relaties', relatie)).status).toBe(200);
    const gelezen = await json<{ gerelateerd: { id: string; relatie: string }[] }>(
      bo.get(`/api/v1/zaken/${hoofd.id}`),
    );
    expect(gelezen.gerelateerd.map((g) => [g.id, g.relatie])).toEqual([
      [deel.id, 'deelzaak'],
      [vervolg.id, 'vervolg'],
    ]);
  });

  it('afleidingswijze eigenschap: zonder de datum in de eigenschap sluit de zaak niet; met de datum telt de archieftermijn daarvandaan', async () => {
    const metEigenschap = await testZaaktype(env.runtime.db, teams.Belastingen, {
      afleidingswijze: 'eigenschap',
      datumkenmerk: 'geldig tot',
    });
    const z = await json<Zaak>(maak({ zaaktypeId: metEigenschap.id }));
    const bo = await env.login('backoffice');
    const fout = await json<Fout>(actie(bo, z, 'afsluiting', { resultaattypeId: metEigenschap.verleend }));
    expect(fout.errors?.[0].melding).toMatch(/Vul eerst de eigenschap "geldig tot"/);
    await actie(bo, z, 'eigenschappen', {
      eigenschapId: metEigenschap.eigenschappen.geldigTot,
      waarde: '2029-06-30',
    });
    const dicht = await json<Zaak>(actie(bo, z, 'afsluiting', { resultaattypeId: metEigenschap.verleend }));
    expect(dicht.archiefactiedatum).toBe('2030-06-30');
  });
});

describe('de werkvoorraad en de klantkaart', () => {
  it('filtert op te laat, opgeschort en mijn; de werkvoorraad van een ander team is geweigerd', async () => {
    const z = await json<Zaak>(maak({ omschrijving: 'Werkvoorraadtest' }));
    const bo = await env.login('backoffice');
    await actie(bo, z, 'oppakken');
    const lijst = (filter: string) =>
      json<{ items: Zaak[]; total: number }>(
        bo.get(`/api/v1/zaken?teamId=${teams.Belastingen}&filter=${filter}&q=Werkvoorraadtest`),
      );
    expect((await lijst('mijn')).total).toBe(1);
    expect((await lijst('ongetoewezen')).total).toBe(0);
    expect((await lijst('te-laat')).total).toBe(0);
    const laat = await op('2027-01-04T10:00:00Z', async (b) =>
      json<{ items: Zaak[] }>(
        b.get(`/api/v1/zaken?teamId=${teams.Belastingen}&filter=te-laat&q=Werkvoorraadtest`),
      ),
    );
    expect(laat.items.map((i) => [i.identificatie, i.teLaat])).toEqual([[z.identificatie, true]]);
    expect((await bo.get(`/api/v1/zaken?teamId=${teams.Burgerzaken}`)).status).toBe(403);
  });

  it('toont op de kaart de zaken van de partij met het aantal open en te late', async () => {
    const kaart = await json<{ items: Zaak[]; open: number; teLaat: number }>(
      kcc.get(`/api/v1/partijen/${partijId}/zaken`),
    );
    expect(kaart.items.length).toBeGreaterThan(0);
    expect(kaart.open).toBe(kaart.items.filter((z) => !z.einddatum).length);
    expect(kaart.teLaat).toBe(0);
    expect(kaart.items.every((z) => z.niveau === 'status' || z.niveau === 'volledig')).toBe(true);
  });
});

describe('de regie van het KCC', () => {
  interface Regie {
    items: { soort: string; id: string; nummer: string; overschreden: boolean; termijn: string }[];
    teams: { teamId: string; zaken: number; zakenOver: number; contactverzoeken: number }[];
    total: number;
  }

  it('toont elke open zaak en elk contactverzoek dat bijna of over de norm is, per team; opgeschorte zaken wachten', async () => {
    const z = await json<Zaak>(maak({ omschrijving: 'Regietest' }));
    const opgeschort = await json<Zaak>(maak({ omschrijving: 'Regietest opgeschort' }));
    await actie(await env.login('backoffice'), opgeschort, 'opschorting', { reden: 'wacht' });
    await kcc.post('/api/v1/contactverzoeken', {
      teamId: teams.Belastingen,
      onderwerp: 'Regie',
      vraag: 'Wanneer?',
      telefoon: '0612345678',
    });
    env.clock.now = new Date('2026-11-17T10:00:00Z');
    try {
      const leider = await env.login('teamleider');
      const regie = await json<Regie>(leider.get(`/api/v1/regie?teamId=${teams.Belastingen}&pageSize=100`));
      const rij = regie.items.find((i) => i.id === z.id);
      expect(rij).toMatchObject({ soort: 'zaak', overschreden: true, termijn: '2026-11-16' });
      expect(regie.items.some((i) => i.id === opgeschort.id)).toBe(false);
      expect(regie.items.some((i) => i.soort === 'contactverzoek')).toBe(true);
      const team = regie.teams.find((t) => t.teamId === teams.Belastingen);
      expect(team?.zaken).toBe(regie.items.filter((i) => i.soort === 'zaak').length);
      expect(regie.total).toBe(regie.items.length);
      const vraag = await leider.post('/api/v1/regie/statusvraag', { soort: 'zaak', id: z.id });
      expect(vraag.status).toBe(201);
      const cv = await json<{ id: string; nummer: string }>(vraag);
      const verzoek = await json<{ teamId: string; onderwerp: string }>(
        leider.get(`/api/v1/contactverzoeken/${cv.id}`),
      );
      expect(verzoek).toMatchObject({
        teamId: teams.Belastingen,
        onderwerp: `Statusvraag ${z.identificatie}`,
      });
      expect((await (await env.login('backoffice')).get('/api/v1/regie')).status).toBe(403);
    } finally {
      env.clock.now = START;
    }
  });
});
