import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import type { SmsBericht } from '../../platform/sms/sms';
import {
  json,
  outboxAfgehandeld,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../testing/harness';
import { testZaaktype } from '../../testing/zaaktypen';
import { scanContacten } from './operations/contacten-scannen';

let env: TestOmgeving;
let kcc: TestClient;
let beheerder: TestClient;
let teams: Record<string, string>;
const sms: SmsBericht[] = [];

// Monday 2 November 2026, 10:00 in Amsterdam.
const START = new Date('2026-11-02T09:00:00Z');
const DAG = 86_400_000;

beforeAll(async () => {
  env = await testOmgeving(
    { kto: { steekproef: 1, cron: '*/5 * * * *' } },
    { sms: { naam: 'test', verstuur: async (b) => void sms.push(b) } },
  );
  // The demo's year of invitations (sampled at 1 here) would stand in the way of the 30-day rule.
  await env.runtime.db.execute(sql`delete from kto_uitnodiging`);
  env.clock.now = START;
  [kcc, beheerder] = [await env.login('kcc'), await env.login('beheerder')];
  teams = await teamsOpNaam(beheerder);
});
afterAll(() => env?.stop());

/** Lets time pass: the clock moves on and every session starts afresh. */
async function later(ms: number) {
  env.clock.now = new Date(env.clock.now.getTime() + ms);
  kcc = await env.login('kcc');
}

async function persoon(bsn: string, contact: { email?: string; telefoon?: string }) {
  const { id } = await json<{ id: string }>(kcc.post('/api/v1/partijen/personen', { bsn }));
  const { versie } = await json<{ versie: number }>(kcc.get(`/api/v1/partijen/${id}`));
  const res = await kcc.put(`/api/v1/partijen/${id}/contactgegevens`, {
    versie,
    telefoonnummers: contact.telefoon ? [{ waarde: contact.telefoon }] : [],
    emailadressen: contact.email ? [{ waarde: contact.email }] : [],
  });
  expect(res.status).toBe(200);
  return id;
}

/** A contactverzoek for Belastingen, closed by its back office. */
async function afgehandeldVerzoek(partijId: string | null, extra: Record<string, unknown> = {}) {
  const cv = await json<{ id: string }>(
    kcc.post('/api/v1/contactverzoeken', {
      teamId: teams.Belastingen,
      partijId,
      onderwerp: 'WOZ-beschikking',
      vraag: 'Waarom is mijn WOZ-waarde zo hoog?',
      ...extra,
    }),
  );
  const backoffice = await env.login('backoffice');
  const res = await backoffice.post(`/api/v1/contactverzoeken/${cv.id}/afhandelen`, {
    resultaat: 'beantwoord',
  });
  expect(res.status).toBe(200);
  await outboxAfgehandeld(env.runtime.db);
  return cv.id;
}

const uitnodigingen = (where: ReturnType<typeof sql>) =>
  rijen<{ aanleiding: string; aanleidingId: string; via: string; teamId: string | null }>(
    env.runtime.db,
    sql`select aanleiding, aanleiding_id as "aanleidingId", via, team_id as "teamId" from kto_uitnodiging where ${where}`,
  );

const ktoMails = (aan: string) =>
  rijen<{ tekst: string }>(
    env.runtime.db,
    sql`select tekst from mail where aan = ${aan} and onderwerp = 'Hoe hebben wij u geholpen?' order by aangemaakt`,
  );

const tokenUit = (tekst: string) => /\/kto\/([A-Za-z0-9_-]+)/.exec(tekst)?.[1] as string;

describe('de uitnodiging', () => {
  let partijId: string;
  let token: string;

  beforeAll(async () => {
    partijId = await persoon('999993653', { email: 'tevreden@example.nl', telefoon: '06 12345678' });
  });

  it('volgt op een afgehandeld contactverzoek, per e-mail, met een link naar een openbare pagina', async () => {
    const cvId = await afgehandeldVerzoek(partijId);
    expect(await uitnodigingen(sql`aanleiding_id = ${cvId}`)).toEqual([
      { aanleiding: 'contactverzoek', aanleidingId: cvId, via: 'email', teamId: teams.Belastingen },
    ]);
    const [mail] = await ktoMails('tevreden@example.nl');
    expect(mail.tekst).toContain('Wij hebben onlangs uw vraag aan de gemeente afgehandeld.');
    expect(mail.tekst).toContain('http://localhost:8080/kto/');
    token = tokenUit(mail.tekst);
    const pagina = await env.anoniem().get(`/api/v1/kto/${token}`);
    expect(pagina.status).toBe(200);
    expect(await pagina.json()).toMatchObject({ status: 'open', aanleiding: 'contactverzoek' });
  });

  it('is een inzage van persoonsgegevens in het auditlog, en de link zelf staat alleen als hash in de database', async () => {
    const audit = await rijen<{ persoonsgegevens: boolean }>(
      env.runtime.db,
      sql`select persoonsgegevens from audit_regel where actie = 'kto.uitgenodigd' and object_id = ${partijId}`,
    );
    expect(audit).toEqual([{ persoonsgegevens: true }]);
    const opgeslagen = await rijen<{ n: number }>(
      env.runtime.db,
      sql`select count(*)::int as n from kto_uitnodiging where token_hash = ${token}`,
    );
    expect(opgeslagen[0].n).toBe(0);
  });

  it('hoogstens één per inwoner per 30 dagen', async () => {
    await later(29 * DAG);
    await afgehandeldVerzoek(partijId);
    expect(await uitnodigingen(sql`partij_id = ${partijId}`)).toHaveLength(1);
    await later(DAG);
    await afgehandeldVerzoek(partijId);
    expect(await uitnodigingen(sql`partij_id = ${partijId}`)).toHaveLength(2);
    expect(await ktoMails('tevreden@example.nl')).toHaveLength(2);
  });

  it('nooit bij een anoniem verzoek of voor een persoon met geheimhouding van zijn gegevens', async () => {
    const anoniem = await afgehandeldVerzoek(null, { naam: 'J. de Boer', email: 'anoniem@example.nl' });
    expect(await uitnodigingen(sql`aanleiding_id = ${anoniem}`)).toEqual([]);
    const geheim = await persoon('999993872', { email: 'geheim@example.nl' });
    await afgehandeldVerzoek(geheim);
    expect(await uitnodigingen(sql`partij_id = ${geheim}`)).toEqual([]);
    expect(await ktoMails('anoniem@example.nl')).toEqual([]);
    expect(await ktoMails('geheim@example.nl')).toEqual([]);
  });

  it('per sms als alleen een mobiel nummer bekend is, en niet als er alleen een vast nummer is', async () => {
    const mobiel = await persoon('999993409', { telefoon: '06-87654321' });
    await afgehandeldVerzoek(mobiel);
    expect((await uitnodigingen(sql`partij_id = ${mobiel}`)).map((u) => u.via)).toEqual(['sms']);
    const bericht = sms.find((b) => b.aan === '+31687654321' && b.tekst.includes('/kto/'));
    expect(bericht?.tekst).toMatch(/^Gemeente Voorbeeldstad: hoe hebben wij u geholpen\?/);
    const vast = await persoon('999992806', { telefoon: '010 1234567' });
    await afgehandeldVerzoek(vast);
    expect(await uitnodigingen(sql`partij_id = ${vast}`)).toEqual([]);
  });

  it('volgt op een afgesloten zaak, aan de initiator', async () => {
    const initiator = await persoon('999991930', { email: 'aanvrager@example.nl' });
    const zt = await testZaaktype(env.runtime.db, teams.Belastingen, { identificatie: 'KTO-TEST' });
    const zaak = await json<{ id: string }>(
      kcc.post('/api/v1/zaken', {
        zaaktypeId: zt.id,
        omschrijving: 'Parkeervergunning Dorpsstraat',
        initiatorPartijId: initiator,
      }),
    );
    const backoffice = await env.login('backoffice');
    const res = await backoffice.post(`/api/v1/zaken/${zaak.id}/afsluiting`, {
      resultaattypeId: zt.verleend,
    });
    expect(res.status).toBe(200);
    await outboxAfgehandeld(env.runtime.db);
    expect(await uitnodigingen(sql`partij_id = ${initiator}`)).toMatchObject([
      { aanleiding: 'zaak', aanleidingId: zaak.id, teamId: teams.Belastingen },
    ]);
    const [mail] = await ktoMails('aanvrager@example.nl');
    expect(mail.tekst).toContain('uw aanvraag of melding');
  });
});

describe('na een afgerond contact', () => {
  async function registreer(partijId: string) {
    const res = await kcc.post('/api/v1/klantcontacten', {
      kanaal: 'balie',
      partijId,
      vragen: [{ onderwerp: 'Paspoort', vraag: 'Wanneer is mijn paspoort klaar?', uitkomst: 'afgehandeld' }],
    });
    expect(res.status).toBe(201);
    return json<{ id: string }>(res);
  }

  it('nodigt de periodieke ronde uit voor wat sinds de vorige ronde afgerond is, en niet voor wat ervoor lag', async () => {
    const ervoor = await persoon('999991413', { email: 'balie@example.nl' });
    await registreer(ervoor);
    await later(2 * 60_000);
    // The first round only marks where the KTO starts.
    expect(await scanContacten(env.runtime)).toBe(0);
    const buur = await persoon('999991711', { email: 'buur@example.nl' });
    const contact = await registreer(buur);
    expect(await scanContacten(env.runtime)).toBe(0);
    await later(2 * 60_000);
    expect(await scanContacten(env.runtime)).toBe(1);
    await outboxAfgehandeld(env.runtime.db);
    expect(await uitnodigingen(sql`aanleiding_id = ${contact.id}`)).toMatchObject([
      { aanleiding: 'klantcontact', via: 'email' },
    ]);
    expect(await uitnodigingen(sql`partij_id = ${ervoor}`)).toEqual([]);
    expect(await ktoMails('buur@example.nl')).toHaveLength(1);
    // A second round over the same time invites nobody twice.
    expect(await scanContacten(env.runtime)).toBe(0);
  });

  it('laat een contact dat tot een contactverzoek leidde over aan het afhandelen van dat verzoek', async () => {
    const partijId = await persoon('999990998', { email: 'terugbellen@example.nl' });
    const contact = await registreer(partijId);
    await kcc.post('/api/v1/contactverzoeken', {
      teamId: teams.Belastingen,
      partijId,
      klantcontactId: contact.id,
      onderwerp: 'Aanslag',
      vraag: 'Bel mij terug',
    });
    await later(2 * 60_000);
    expect(await scanContacten(env.runtime)).toBe(0);
    expect(await uitnodigingen(sql`partij_id = ${partijId}`)).toEqual([]);
  });
});

describe('het antwoord en de cijfers', () => {
  const DAGJE = '2027-03-01';
  const links: string[] = [];

  beforeAll(async () => {
    env.clock.now = new Date(`${DAGJE}T09:00:00Z`);
    kcc = await env.login('kcc');
    for (const [bsn, email] of [
      ['999990639', 'een@example.nl'],
      ['999991723', 'twee@example.nl'],
      ['999992740', 'drie@example.nl'],
    ]) {
      await afgehandeldVerzoek(await persoon(bsn, { email }));
      links.push(tokenUit((await ktoMails(email))[0].tekst));
    }
  });

  const antwoord = (token: string, body: unknown) => env.anoniem().post(`/api/v1/kto/${token}`, body);

  it('slaat het antwoord één keer op: de link werkt daarna niet meer', async () => {
    const res = await antwoord(links[0], { score: 5, inEenKeer: true, opmerking: 'Snel geholpen!' });
    expect(res.status).toBe(201);
    const nogEens = await antwoord(links[0], { score: 1, inEenKeer: false });
    expect(nogEens.status).toBe(409);
    expect((await nogEens.json()).detail).toBe('U hebt deze vragenlijst al ingevuld. Dank u wel!');
    expect(await json(env.anoniem().get(`/api/v1/kto/${links[0]}`))).toMatchObject({ status: 'beantwoord' });
  });

  it('meldt een lage score met een opmerking aan de key users van het team, zonder de opmerking in de mail', async () => {
    await later(60_000);
    const opmerking = 'Drie keer gebeld en niemand wist het, mijn naam is Jan.';
    expect((await antwoord(links[1], { score: 1, inEenKeer: false, opmerking })).status).toBe(201);
    await outboxAfgehandeld(env.runtime.db);
    const signalen = await rijen<{ aan: string; tekst: string }>(
      env.runtime.db,
      sql`select aan, tekst from mail where onderwerp = 'KTO: een inwoner gaf een 1 met een opmerking'`,
    );
    expect(signalen.map((s) => s.aan)).toEqual(['keyuser@voorbeeldstad.nl']);
    expect(signalen[0].tekst).not.toContain('Jan');
    expect(signalen[0].tekst).toContain('http://localhost:8080/sturing');
  });

  it('weigert ongeldige invoer met een melding per veld en slaat niets op', async () => {
    const res = await antwoord(links[2], { score: 6, opmerking: 'x'.repeat(2001) });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { veld: string; melding: string }[] };
    expect(Object.fromEntries(errors.map((e) => [e.veld, e.melding]))).toEqual({
      score: 'Kies een cijfer van 1 tot en met 5.',
      inEenKeer: 'Geef aan of uw vraag in één keer geregeld is.',
      opmerking: 'Een opmerking is hoogstens 2000 tekens.',
    });
    expect(await json(env.anoniem().get(`/api/v1/kto/${links[2]}`))).toMatchObject({ status: 'open' });
    expect((await env.anoniem().get('/api/v1/kto/bestaat-niet')).status).toBe(404);
  });

  it('telt per team, soort en week wat inwoners antwoordden, met hun opmerkingen maar niet wie ze zijn', async () => {
    const keyuser = await env.login('keyuser');
    const uit = await json<Record<string, unknown>>(
      keyuser.get(`/api/v1/sturing/kto?teamId=${teams.Belastingen}&van=${DAGJE}&tot=${DAGJE}`),
    );
    const cijfers = { uitgenodigd: 3, beantwoord: 2, respons: 2 / 3, gemiddeldeScore: 3, inEenKeer: 0.5 };
    expect(uit).toMatchObject({
      teamNaam: 'Belastingen',
      totaal: cijfers,
      vorigePeriode: { van: '2027-02-28', tot: '2027-02-28', uitgenodigd: 0, gemiddeldeScore: null },
      perWeek: [{ week: '2027-W09', ...cijfers }],
      perTeam: [{ teamNaam: 'Belastingen', ...cijfers }],
      perSoort: [{ soort: 'contactverzoek', ...cijfers }],
      perProduct: [],
    });
    expect(
      (uit.opmerkingen as { opmerking: string; score: number }[]).map((o) => [o.score, o.opmerking]),
    ).toEqual([
      [1, 'Drie keer gebeld en niemand wist het, mijn naam is Jan.'],
      [5, 'Snel geholpen!'],
    ]);
    expect(JSON.stringify(uit)).not.toMatch(/example\.nl|9999\d{5}/);
  });

  it('staan met dezelfde cijfers in de managementrapportage van de periode', async () => {
    const keyuser = await env.login('keyuser');
    const res = await keyuser.post('/api/v1/rapporten', {
      soort: 'periode',
      teamId: teams.Belastingen,
      van: DAGJE,
      tot: DAGJE,
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [{ cijfers }] = await rijen<{ cijfers: { dienstverlening: { kto: unknown } } }>(
      env.runtime.db,
      sql`select cijfers from rapport where id = ${id}`,
    );
    expect(cijfers.dienstverlening.kto).toEqual({
      uitgenodigd: 3,
      beantwoord: 2,
      respons: 2 / 3,
      gemiddeldeScore: 3,
      inEenKeer: 0.5,
    });
  });

  it('toont de cijfers alleen wie het team mag sturen', async () => {
    const pad = `/api/v1/sturing/kto?van=${DAGJE}&tot=${DAGJE}`;
    expect((await (await env.login('keyuser')).get(`${pad}&teamId=${teams.KCC}`)).status).toBe(403);
    expect((await (await env.login('backoffice')).get(`${pad}&teamId=${teams.Belastingen}`)).status).toBe(
      403,
    );
    const organisatie = await json<{ totaal: { uitgenodigd: number } }>(
      (await env.login('teamleider')).get(pad),
    );
    expect(organisatie.totaal.uitgenodigd).toBe(3);
  });

  it('verloopt na 14 dagen: 410 met wat de inwoner dan kan doen', async () => {
    env.clock.now = new Date(`${DAGJE}T09:00:00Z`);
    await later(14 * DAG);
    expect(await json(env.anoniem().get(`/api/v1/kto/${links[2]}`))).toMatchObject({ status: 'verlopen' });
    const res = await antwoord(links[2], { score: 4, inEenKeer: true });
    expect(res.status).toBe(410);
    expect((await res.json()).detail).toContain('Bel 14 0123');
  });
});
