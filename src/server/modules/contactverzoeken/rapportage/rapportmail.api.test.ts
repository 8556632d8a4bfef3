import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GevangenMail,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../../../../../scripts/test/smtp-catcher';
import type { Runtime } from '../../../bootstrap';
import { rijen } from '../../../platform/db/client';
import {
  eventually,
  json,
  outboxAfgehandeld,
  type TestClient,
  type TestOmgeving,
  testOmgeving,
} from '../../../testing/harness';
import type { RapportKop } from './schemas';

let smtp: SmtpCatcher;
let env: TestOmgeving;
let teamleider: TestClient;
let worker: Runtime | undefined;
let lezers: string[];

/** The subject as the reader sees it (a long header is folded over lines). */
const onderwerp = (m: GevangenMail) => m.raw.replace(/\r\n[ \t]+/g, ' ').match(/^Subject: (.*)$/m)?.[1] ?? '';
/** Who received the organisation's report of this ISO week, one entry per delivered message. */
const ontvangers = (week: string) =>
  smtp.messages
    .filter((m) => onderwerp(m).startsWith('Managementrapportage') && onderwerp(m).includes(`week ${week}`))
    .flatMap((m) => m.to)
    .sort();

// The mail server refuses the second reader's mail of week 46 once, as a busy server may.
let week46 = 0;

beforeAll(async () => {
  smtp = await startSmtpCatcher({
    weiger: (m) => onderwerp(m).includes('week 2026-W46') && ++week46 === 2,
  });
  env = await testOmgeving({ smtp: { host: '127.0.0.1', port: smtp.port, secure: false } });
  // Monday 23 November 2026, 07:00 in Amsterdam.
  env.clock.now = new Date('2026-11-23T06:00:00Z');
  const beheerder = await env.login('beheerder');
  // A second teamleider, so the organisation's report has two readers.
  const res = await beheerder.post('/api/v1/medewerkers', {
    naam: 'Tweede Teamleider',
    gebruikersnaam: 'teamleider2',
    email: 'teamleider2@voorbeeldstad.nl',
    rollen: ['teamleider'],
    teamIds: [],
    wachtwoord: 'een-lang-wachtwoord',
  });
  expect(res.status).toBe(201);
  teamleider = await env.login('teamleider');
  lezers = (
    await rijen<{ email: string }>(
      env.runtime.db,
      sql`select email from medewerker where actief and 'teamleider' = any(rollen) order by email`,
    )
  ).map((r) => r.email);
  expect(lezers).toHaveLength(2);
});
afterAll(async () => {
  await worker?.stop();
  await env?.stop();
  await smtp?.stop();
});

const maakWeekrapport = async (van: string) => {
  const res = await teamleider.post('/api/v1/rapporten', { soort: 'week', van });
  expect(res.status).toBe(201);
  return json<RapportKop>(res);
};

const mailrijen = (van: string) =>
  rijen<{ aan: string; status: string }>(
    env.runtime.db,
    sql`select aan, status from mail where sleutel = ${`rapport-week-organisatie-${van}`} order by aan`,
  );

/** The outbox job that mails this report. */
async function mailjob(rapportId: string) {
  const [job] = await rijen<{ id: string; state: string; retry_count: number }>(
    env.runtime.db,
    sql`select j.id::text as id, j.state::text as state, j.retry_count from pgboss.job j
      join domein_gebeurtenis g on g.id::text = j.data->>'gebeurtenisId'
      where j.name = 'gebeurtenis' and j.data->>'handler' = 'rapport-mail' and g.object_id = ${rapportId}`,
  );
  return job;
}

describe('report mails go through the outbox', () => {
  it('a report made while no worker runs is stored with its outbox event and mailed once when a worker starts', async () => {
    await env.runtime.jobs.stop();
    const r = await maakWeekrapport('2026-11-16');
    // Mailed after the commit, as before, the mails would be out by now.
    expect(await mailrijen('2026-11-16')).toEqual([]);
    expect(ontvangers('2026-W47')).toEqual([]);
    expect((await mailjob(r.id)).state).toBe('created');

    worker = await env.tweedeInstantie();
    await outboxAfgehandeld(env.runtime.db);
    expect(ontvangers('2026-W47')).toEqual(lezers);
    expect(await mailrijen('2026-11-16')).toEqual(lezers.map((aan) => ({ aan, status: 'verzonden' })));
  });

  it('a job retried after the mail server refused one reader mails each reader once', async () => {
    const r = await maakWeekrapport('2026-11-09');
    const mislukt = await eventually(
      () => mailjob(r.id),
      (job) => job.state === 'retry',
    );
    expect(ontvangers('2026-W46')).toHaveLength(1);
    expect((await mailrijen('2026-11-09')).map((m) => m.status).sort()).toEqual(['mislukt', 'verzonden']);

    // The retry delay passes.
    await env.runtime.db.execute(sql`update pgboss.job set start_after = now() where id = ${mislukt.id}`);
    await outboxAfgehandeld(env.runtime.db);
    expect(await mailjob(r.id)).toMatchObject({ state: 'completed', retry_count: 1 });
    expect(ontvangers('2026-W46')).toEqual(lezers);
    expect(await mailrijen('2026-11-09')).toEqual(lezers.map((aan) => ({ aan, status: 'verzonden' })));
  });

  it('making the same report again replaces it and mails nobody a second time', async () => {
    await maakWeekrapport('2026-11-16');
    await outboxAfgehandeld(env.runtime.db);
    expect(ontvangers('2026-W47')).toEqual(lezers);
  });
});
