import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCatcher } from '../../../../scripts/test/smtp-catcher';
import { eventually, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { mail } from '../mail/schema';
import { domeinGebeurtenis } from './schema';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

const nieuweMedewerker = (gebruikersnaam: string, teamIds: string[] = []) => ({
  naam: `Medewerker ${gebruikersnaam}`,
  gebruikersnaam,
  email: `${gebruikersnaam}@voorbeeldstad.nl`,
  rollen: ['kcc-medewerker'],
  teamIds,
  wachtwoord: 'een-lang-wachtwoord',
});

async function mailsAan(prefix: string) {
  return env.runtime.db
    .select()
    .from(mail)
    .where(like(mail.aan, `${prefix}%`));
}

describe('outbox', () => {
  it('stores no event when the change is rolled back', async () => {
    const [{ voor }] = await env.runtime.db.select({ voor: count() }).from(domeinGebeurtenis);
    const res = await beheerder.post(
      '/api/v1/medewerkers',
      nieuweMedewerker('teruggedraaid', ['00000000-0000-4000-8000-000000000000']),
    );
    expect(res.status).toBe(422);
    const [{ na }] = await env.runtime.db.select({ na: count() }).from(domeinGebeurtenis);
    expect(na).toBe(voor);
  });

  it('delivers each event exactly once with two app instances working the same queue', async () => {
    const tweede = await env.tweedeInstantie();
    try {
      for (let i = 0; i < 12; i++) {
        expect((await beheerder.post('/api/v1/medewerkers', nieuweMedewerker(`paar${i}`))).status).toBe(201);
      }
      const mails = await eventually(
        () => mailsAan('paar'),
        (rijen) => rijen.length >= 12,
      );
      await new Promise((r) => setTimeout(r, 1500));
      expect((await mailsAan('paar')).length).toBe(12);
      expect(new Set(mails.map((m) => m.aan)).size).toBe(12);
    } finally {
      await tweede.stop();
    }
  });

  it('delivers what was queued while no worker ran, once, after a restart', async () => {
    await env.runtime.jobs.stop();
    expect((await beheerder.post('/api/v1/medewerkers', nieuweMedewerker('herstart'))).status).toBe(201);
    await new Promise((r) => setTimeout(r, 800));
    expect(await mailsAan('herstart')).toHaveLength(0);
    const opnieuw = await env.tweedeInstantie();
    try {
      await eventually(
        () => mailsAan('herstart'),
        (rijen) => rijen.length === 1,
      );
    } finally {
      await opnieuw.stop();
    }
  });
});

describe('mail through SMTP', () => {
  it('sends through the configured SMTP server and marks the mail as sent', async () => {
    const smtp = await startSmtpCatcher();
    const metSmtp = await testOmgeving({ smtp: { host: '127.0.0.1', port: smtp.port, secure: false } });
    try {
      const client = await metSmtp.login('beheerder');
      expect((await client.post('/api/v1/medewerkers', nieuweMedewerker('per-smtp'))).status).toBe(201);
      const [bericht] = await eventually(
        async () => smtp.messages.filter((m) => m.to.includes('per-smtp@voorbeeldstad.nl')),
        (gevonden) => gevonden.length > 0,
      );
      expect(bericht.raw).toContain('Subject: Uw account voor Stadspunt');
      expect(bericht.raw).toContain('Uw gebruikersnaam is: per-smtp');
      const [opgeslagen] = await eventually(
        () => metSmtp.runtime.db.select().from(mail).where(eq(mail.aan, 'per-smtp@voorbeeldstad.nl')),
        (rijen) => rijen[0]?.status === 'verzonden',
      );
      expect(opgeslagen.verzonden).toBeInstanceOf(Date);
    } finally {
      await metSmtp.stop();
      await smtp.stop();
    }
  });
});
