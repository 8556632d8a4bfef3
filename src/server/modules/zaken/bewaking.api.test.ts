import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bootstrap';
import { bewakingCron } from '../../platform/bewaking/bewaking';
import { rijen } from '../../platform/db/client';
import { domeinGebeurtenis } from '../../platform/jobs/schema';
import { mail } from '../../platform/mail/schema';
import { melding } from '../../platform/meldingen/schema';
import { eventually, json, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { testZaaktype } from '../../testing/zaaktypen';
import { medewerker, team } from '../organisatie/schema';
import { bewaakZaken } from './bewaking';
import { zaak } from './schema';

interface Zaak {
  id: string;
  identificatie: string;
  versie: number;
  einddatumGepland: string;
  logboek: { soort: string; medewerkerNaam: string; tekst: string }[];
}

let env: TestOmgeving;
let belastingen: string;
let backofficeId: string;
/** Handled by the backoffice employee; unassigned; suspended; closed. */
let toegewezen: Zaak;
let ongetoewezen: Zaak;
let opgeschort: Zaak;
let gesloten: Zaak;

// Monday 2 March 2026, 10:00 in Amsterdam: with a servicenorm of P14D the zaken are due on Monday
// the 16th. The demo's zaken start at most 75 days before the day the test runs, after all of
// these dates, so the monitor signals only this file's zaken.
const START = new Date('2026-03-02T09:00:00Z');

/** Logs in at the moment on the test clock (a session from another day has expired). */
async function als(gebruikersnaam: string, iso: string): Promise<TestClient> {
  env.clock.now = new Date(iso);
  return env.login(gebruikersnaam);
}

const actie = async (
  door: TestClient,
  z: { id: string },
  pad: string,
  body: Record<string, unknown> = {},
) => {
  const res = await door.post(`/api/v1/zaken/${z.id}/${pad}`, body);
  expect(res.status).toBe(200);
  return json<Zaak>(res);
};

beforeAll(async () => {
  env = await testOmgeving({ demoKlantcontacten: 0 });
  const db = env.runtime.db;
  [{ id: belastingen }] = await db.select({ id: team.id }).from(team).where(eq(team.naam, 'Belastingen'));
  const ids = Object.fromEntries(
    (
      await db
        .select({ id: medewerker.id, gebruikersnaam: medewerker.gebruikersnaam })
        .from(medewerker)
        .where(inArray(medewerker.gebruikersnaam, ['backoffice', 'teamleider']))
    ).map((m) => [m.gebruikersnaam, m.id]),
  );
  backofficeId = ids.backoffice;
  const iso = START.toISOString();
  // Belastingen has a key user; its teamleider joins so that an escalation reaches both roles.
  const beheerder = await als('beheerder', iso);
  expect((await beheerder.put(`/api/v1/teams/${belastingen}/leden/${ids.teamleider}`, {})).status).toBe(200);
  const zt = await testZaaktype(db, belastingen);
  const kcc = await als('kcc', iso);
  const maak = async (omschrijving: string, behandelaarId?: string) => {
    const res = await kcc.post('/api/v1/zaken', { zaaktypeId: zt.id, omschrijving, behandelaarId });
    expect(res.status).toBe(201);
    return json<Zaak>(res);
  };
  toegewezen = await maak('Kwijtschelding Dorpsstraat 1', backofficeId);
  ongetoewezen = await maak('Kwijtschelding Dorpsstraat 2');
  opgeschort = await maak('Kwijtschelding Dorpsstraat 3', backofficeId);
  gesloten = await maak('Kwijtschelding Dorpsstraat 4', backofficeId);
  const backoffice = await als('backoffice', iso);
  await actie(backoffice, opgeschort, 'opschorting', { reden: 'Wacht op de inkomensgegevens.' });
  await actie(backoffice, gesloten, 'afsluiting', { resultaattypeId: zt.verleend });
  expect(toegewezen.einddatumGepland).toBe('2026-03-16');
});
afterAll(() => env?.stop());

/** The same monitor run by two app instances at the same moment, on the test clock. */
async function tweeInstanties(iso: string) {
  env.clock.now = new Date(iso);
  const tweede = await env.tweedeInstantie();
  try {
    const metKlok = (r: Runtime) => ({ ...r, now: () => env.clock.now });
    const [a, b] = await Promise.all([bewaakZaken(metKlok(env.runtime)), bewaakZaken(metKlok(tweede))]);
    return { herinneringen: a.herinneringen + b.herinneringen, escalaties: a.escalaties + b.escalaties };
  } finally {
    await tweede.stop();
  }
}

const gebeurtenissen = (type: string) =>
  env.runtime.db.select().from(domeinGebeurtenis).where(eq(domeinGebeurtenis.type, type));

const mailsOver = (z: Zaak, onderwerp: string) =>
  env.runtime.db
    .select()
    .from(mail)
    .where(sql`${mail.tekst} like ${`%${z.identificatie}%`} and ${mail.onderwerp} like ${`${onderwerp}%`}`);

/** The zaak's lines of the monitor, as its team reads them. */
async function regelsVanBewaking(z: Zaak) {
  const { logboek } = await json<Zaak>(
    (await als('backoffice', env.clock.now.toISOString())).get(`/api/v1/zaken/${z.id}`),
  );
  return logboek
    .filter((r) => r.soort === 'herinnering' || r.soort === 'escalatie')
    .map(({ soort, medewerkerNaam, tekst }) => ({ soort, medewerkerNaam, tekst }));
}

describe('monitoring zaken', () => {
  it('does nothing before the day the servicenorm is reached', async () => {
    expect(await tweeInstanties('2026-03-13T08:00:00Z')).toEqual({ herinneringen: 0, escalaties: 0 });
    expect(await tweeInstanties('2026-03-15T20:00:00Z')).toEqual({ herinneringen: 0, escalaties: 0 });
  });

  it('reminds the behandelaar once on that day, whichever instance runs the monitor', async () => {
    expect(await tweeInstanties('2026-03-16T07:00:00Z')).toEqual({ herinneringen: 1, escalaties: 0 });
    expect(await tweeInstanties('2026-03-16T15:00:00Z')).toEqual({ herinneringen: 0, escalaties: 0 });
    const events = await gebeurtenissen('zaak.herinnering');
    expect(events.map((g) => [g.objectType, g.objectId])).toEqual([['medewerker', backofficeId]]);
    const mails = await eventually(
      () => mailsOver(toegewezen, 'Herinnering'),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      aan: 'backoffice@voorbeeldstad.nl',
      onderwerp: 'Herinnering: de termijn van 1 zaak verloopt vandaag',
    });
    expect(mails[0].tekst).toContain(
      `- ${toegewezen.identificatie} Kwijtschelding Dorpsstraat 1 (servicenorm tot en met maandag 16 maart 2026; wettelijke termijn tot en met`,
    );
    expect(mails[0].tekst).toContain(`http://localhost:8080/zaken/${toegewezen.id}`);
    const meldingen = await env.runtime.db
      .select()
      .from(melding)
      .where(eq(melding.medewerkerId, backofficeId));
    expect(meldingen.map((m) => [m.titel, m.link])).toEqual([
      [mails[0].onderwerp, `/zaken/${toegewezen.id}`],
    ]);
  });

  it("writes the reminder in the zaak's history once, as the monitor", async () => {
    expect(await regelsVanBewaking(toegewezen)).toEqual([
      {
        soort: 'herinnering',
        medewerkerNaam: 'Bewaking zaken',
        tekst: 'Herinnering gestuurd aan Pieter Jansen.',
      },
    ]);
  });

  it("escalates once overdue, in one mail to each of the team's key users and teamleider", async () => {
    expect(await tweeInstanties('2026-03-17T07:00:00Z')).toEqual({ herinneringen: 0, escalaties: 2 });
    expect(await tweeInstanties('2026-03-18T07:00:00Z')).toEqual({ herinneringen: 0, escalaties: 0 });
    const events = await gebeurtenissen('zaak.escalatie');
    expect(events.map((g) => [g.objectType, g.objectId])).toEqual([['team', belastingen]]);
    const mails = await eventually(
      () => mailsOver(toegewezen, 'Escalatie'),
      (m) => m.length >= 2,
    );
    expect(mails.map((m) => m.aan).sort()).toEqual([
      'keyuser@voorbeeldstad.nl',
      'teamleider@voorbeeldstad.nl',
    ]);
    for (const m of mails) {
      expect(m.onderwerp).toBe('Escalatie: 2 zaken van Belastingen over de termijn');
      expect(m.tekst).toContain(`${ongetoewezen.identificatie} Kwijtschelding Dorpsstraat 2`);
      expect(m.tekst).toContain(`http://localhost:8080/zaken/${ongetoewezen.id}`);
      expect(m.tekst).not.toContain(opgeschort.identificatie);
      expect(m.tekst).not.toContain(gesloten.identificatie);
    }
    expect(await regelsVanBewaking(ongetoewezen)).toEqual([
      {
        soort: 'escalatie',
        medewerkerNaam: 'Bewaking zaken',
        tekst: 'Termijn verstreken: gemeld aan de key users en teamleider van Belastingen.',
      },
    ]);
  });

  it('leaves the suspended and the closed zaak alone', async () => {
    expect(await regelsVanBewaking(opgeschort)).toEqual([]);
    expect(await regelsVanBewaking(gesloten)).toEqual([]);
    const gemeld = await env.runtime.db
      .select({ herinnerd: zaak.herinnerd, geescaleerd: zaak.geescaleerd })
      .from(zaak)
      .where(inArray(zaak.id, [opgeschort.id, gesloten.id]));
    expect(gemeld).toEqual([
      { herinnerd: null, geescaleerd: null },
      { herinnerd: null, geescaleerd: null },
    ]);
  });

  it('watches a moved termijn anew: a resumed zaak and an extended one are reminded on their new date', async () => {
    const backoffice = await als('backoffice', '2026-03-18T09:00:00Z');
    const hervat = await actie(backoffice, opgeschort, 'hervatting');
    const verlengd = await actie(backoffice, toegewezen, 'verlenging', {
      duur: 'P2W',
      reden: 'Advies nodig',
    });
    expect([hervat.einddatumGepland, verlengd.einddatumGepland]).toEqual(['2026-04-01', '2026-03-30']);
    expect(await tweeInstanties('2026-03-30T07:00:00Z')).toEqual({ herinneringen: 1, escalaties: 0 });
    expect(await tweeInstanties('2026-04-01T07:00:00Z')).toEqual({ herinneringen: 1, escalaties: 1 });
    expect((await regelsVanBewaking(toegewezen)).map((r) => r.soort)).toEqual([
      'herinnering',
      'escalatie',
      'herinnering',
      'escalatie',
    ]);
    expect((await regelsVanBewaking(opgeschort)).map((r) => r.soort)).toEqual(['herinnering']);
  });

  it('is scheduled with the monitor of contactverzoeken on an instance that runs periodic tasks, and its job runs the monitor', async () => {
    const planner = await env.tweedeInstantie({ periodiekeTaken: true });
    try {
      const schema = await rijen<{ name: string; cron: string; timezone: string }>(
        env.runtime.db,
        sql`select name, cron, timezone from pgboss.schedule where name = 'zaken-bewaking'`,
      );
      expect(schema).toEqual([
        { name: 'zaken-bewaking', cron: bewakingCron({}), timezone: 'Europe/Amsterdam' },
      ]);
      // What the cron does at the next 5-minute mark, now; this instance's clock is the real one, so the resumed zaak is overdue.
      await planner.jobs.boss.send('zaken-bewaking', {});
      await eventually(
        () =>
          env.runtime.db
            .select({ geescaleerd: zaak.geescaleerd })
            .from(zaak)
            .where(eq(zaak.id, opgeschort.id)),
        ([rij]) => rij.geescaleerd !== null,
      );
    } finally {
      await planner.stop();
    }
  });
});
