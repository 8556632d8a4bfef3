import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bootstrap';
import { rijen } from '../../platform/db/client';
import { mail } from '../../platform/mail/schema';
import { melding } from '../../platform/meldingen/schema';
import { eventually, json, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { medewerker, team } from '../organisatie/schema';
import { bewaak, bewakingCron } from './bewaking';
import { contactverzoek } from './schema';

let env: TestOmgeving;
let teamId: string;
let backofficeId: string;
let nummer: string;
let verzoekId: string;

// Monday 2 November 2026, 10:00 in Amsterdam: the deadline of a normal request is Wednesday the 4th.
const MAANDAG = new Date('2026-11-02T09:00:00Z');

beforeAll(async () => {
  // No demo history: only this file's request is watched.
  env = await testOmgeving({ demoKlantcontacten: 0 });
  env.clock.now = MAANDAG;
  const db = env.runtime.db;
  [{ id: teamId }] = await db.select({ id: team.id }).from(team).where(eq(team.naam, 'Belastingen'));
  [{ id: backofficeId }] = await db
    .select({ id: medewerker.id })
    .from(medewerker)
    .where(eq(medewerker.gebruikersnaam, 'backoffice'));
  const kcc = await env.login('kcc');
  const res = await kcc.post('/api/v1/contactverzoeken', {
    teamId,
    medewerkerId: backofficeId,
    onderwerp: 'Kwijtschelding',
    vraag: 'Kom ik in aanmerking voor kwijtschelding?',
    telefoon: '010 1234567',
  });
  expect(res.status).toBe(201);
  ({ nummer, id: verzoekId } = (await res.json()) as { nummer: string; id: string });
});
afterAll(() => env?.stop());

/** The same monitor run by two app instances at the same moment, on the test clock. */
async function tweeInstanties(iso: string) {
  env.clock.now = new Date(iso);
  const tweede = await env.tweedeInstantie();
  try {
    const metKlok = (r: Runtime) => ({ ...r, now: () => env.clock.now });
    return await Promise.all([bewaak(metKlok(env.runtime)), bewaak(metKlok(tweede))]);
  } finally {
    await tweede.stop();
  }
}

/** The request's logboek lines of one kind, as the assignee reads them (logged in now: the clock moves days). */
async function logboekregels(soort: string) {
  const { logboek } = await json<{ logboek: { soort: string; medewerkerNaam: string; tekst: string }[] }>(
    (await env.login('backoffice')).get(`/api/v1/contactverzoeken/${verzoekId}`),
  );
  return logboek
    .filter((r) => r.soort === soort)
    .map(({ medewerkerNaam, tekst }) => ({ medewerkerNaam, tekst }));
}

const mailsOver = (tekst: string) =>
  env.runtime.db
    .select()
    .from(mail)
    .where(like(mail.tekst, `%${tekst}%`));

describe('monitoring contactverzoeken', () => {
  it('does nothing before the deadline day', async () => {
    const [a, b] = await tweeInstanties('2026-11-03T06:00:00Z');
    expect(a.herinneringen + b.herinneringen + a.escalaties + b.escalaties).toBe(0);
  });

  it('reminds the assignee once on the deadline day, whichever instance runs the monitor', async () => {
    const [a, b] = await tweeInstanties('2026-11-04T06:30:00Z');
    expect(a.herinneringen + b.herinneringen).toBe(1);
    const mails = await eventually(
      () => mailsOver(nummer),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ aan: 'backoffice@voorbeeldstad.nl' });
    expect(mails[0].onderwerp).toMatch(/Herinnering: 1 contactverzoek/);
    const meldingen = await env.runtime.db
      .select()
      .from(melding)
      .where(eq(melding.medewerkerId, backofficeId));
    expect(meldingen.map((m) => m.titel)).toEqual([mails[0].onderwerp]);
    const [c, d] = await tweeInstanties('2026-11-04T12:00:00Z');
    expect(c.herinneringen + d.herinneringen).toBe(0);
  });

  it("writes the reminder in the request's logboek once, as the monitor", async () => {
    expect(await logboekregels('herinnering')).toEqual([
      { medewerkerNaam: 'Bewaking contactverzoeken', tekst: 'Herinnering gestuurd aan Pieter Jansen.' },
    ]);
  });

  it('escalates once to the key users and teamleider when overdue', async () => {
    const [a, b] = await tweeInstanties('2026-11-05T06:10:00Z');
    expect(a.escalaties + b.escalaties).toBe(1);
    const mails = await eventually(
      () => mailsOver(`${nummer} Kwijtschelding`),
      (m) => m.some((x) => x.onderwerp.startsWith('Escalatie')),
    );
    const escalaties = mails.filter((m) => m.onderwerp.startsWith('Escalatie'));
    expect(escalaties.map((m) => m.aan)).toEqual(['keyuser@voorbeeldstad.nl']);
    expect(escalaties[0].tekst).toContain('termijn tot en met woensdag 4 november 2026');
    const [c, d] = await tweeInstanties('2026-11-06T06:10:00Z');
    expect(c.escalaties + d.escalaties).toBe(0);
  });

  it("writes the escalation in the request's logboek once, as the monitor", async () => {
    expect(await logboekregels('escalatie')).toEqual([
      {
        medewerkerNaam: 'Bewaking contactverzoeken',
        tekst: 'Termijn verstreken: gemeld aan de key users en teamleider van Belastingen.',
      },
    ]);
  });

  it('sends one daily digest per team from 07:00 on working days only', async () => {
    const [zondag] = await tweeInstanties('2026-11-08T08:00:00Z');
    expect(zondag.dagoverzichten).toBe(0);
    const [vroeg] = await tweeInstanties('2026-11-09T05:30:00Z');
    expect(vroeg.dagoverzichten).toBe(0);
    const [a, b] = await tweeInstanties('2026-11-09T06:05:00Z');
    const teams = await env.runtime.db.select({ id: team.id }).from(team);
    expect(a.dagoverzichten + b.dagoverzichten).toBe(teams.length);
    const digest = await eventually(
      () =>
        env.runtime.db
          .select()
          .from(mail)
          .where(like(mail.onderwerp, 'Dagoverzicht contactverzoeken maandag 9 november 2026')),
      // The mails are sent by jobs one by one: wait for both of the key user's.
      (m) =>
        m.some((x) => x.tekst.includes('Over de termijn: 1')) &&
        m.filter((x) => x.aan === 'keyuser@voorbeeldstad.nl').length >= 2,
    );
    expect(digest.filter((m) => m.aan === 'keyuser@voorbeeldstad.nl')).toHaveLength(2); // Belastingen and Vergunningen
  });

  it('delivers what the monitor queued while no worker ran, once, after a restart', async () => {
    await env.runtime.jobs.stop();
    env.clock.now = new Date('2026-11-10T06:05:00Z');
    const { dagoverzichten } = await bewaak(env.runtime);
    expect(dagoverzichten).toBeGreaterThan(0);
    const opnieuw = await env.tweedeInstantie();
    try {
      const digest = await eventually(
        () =>
          env.runtime.db
            .select()
            .from(mail)
            .where(like(mail.onderwerp, 'Dagoverzicht contactverzoeken dinsdag 10 november 2026')),
        // Key user Noor Bakker (Vergunningen, Belastingen) and teamleider Willem van den Berg (KCC, Burgerzaken).
        (m) => m.length >= 4,
      );
      await new Promise((r) => setTimeout(r, 1000));
      const nogmaals = await env.runtime.db
        .select()
        .from(mail)
        .where(like(mail.onderwerp, 'Dagoverzicht contactverzoeken dinsdag 10 november 2026'));
      expect(nogmaals).toHaveLength(digest.length);
      expect(digest).toHaveLength(4);
      expect(nogmaals.map((m) => m.aan).sort()).toEqual([
        'keyuser@voorbeeldstad.nl',
        'keyuser@voorbeeldstad.nl',
        'teamleider@voorbeeldstad.nl',
        'teamleider@voorbeeldstad.nl',
      ]);
    } finally {
      await opnieuw.stop();
    }
  });

  it('is scheduled every 5 minutes on an instance that runs periodic tasks, and its job runs the monitor', async () => {
    env.clock.now = new Date('2026-11-10T09:00:00Z');
    const kcc = await env.login('kcc');
    const laat = (await (
      await kcc.post('/api/v1/contactverzoeken', {
        teamId,
        onderwerp: 'Hondenbelasting',
        vraag: 'Afmelden?',
        telefoon: '010 1234567',
      })
    ).json()) as { id: string };
    const planner = await env.tweedeInstantie({ periodiekeTaken: true });
    try {
      const schema = await rijen<{ name: string; cron: string; timezone: string }>(
        env.runtime.db,
        sql`select name, cron, timezone from pgboss.schedule order by name`,
      );
      expect(schema).toContainEqual({
        name: 'contactverzoeken-bewaking',
        cron: bewakingCron({}),
        timezone: 'Europe/Amsterdam',
      });
      // What the cron does at the next 5-minute mark, now; this instance's clock is the real one, so the request is overdue.
      await planner.jobs.boss.send('contactverzoeken-bewaking', {});
      await eventually(
        () =>
          env.runtime.db
            .select({ geescaleerd: contactverzoek.geescaleerd })
            .from(contactverzoek)
            .where(eq(contactverzoek.id, laat.id)),
        ([rij]) => rij.geescaleerd !== null,
      );
    } finally {
      await planner.stop();
    }
  });
});
