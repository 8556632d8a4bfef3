// The scheduled tasks during a crash run: the monitor's reminders and escalations and the weekly
// management reports, run every minute so they run while instances die. Each must happen once
// (one reminder and one escalation per request, one report per period and team) and every mail
// they cause must reach the SMTP server once.
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/platform/config';
import { type Database, rijen } from '../../src/server/platform/db/client';
import { messageId } from '../../src/server/platform/mail/mail';
import type { SmtpCatcher } from '../test/smtp-catcher';

export const PERIODIEK_ELKE_MINUUT = { BEWAKING_CRON: '* * * * *', RAPPORT_WEEK_CRON: '* * * * *' };

export interface Periodiek {
  herinneringen: number;
  escalaties: number;
  rapporten: number;
  /** Requests reminded or escalated more than once, reports of one period and team made twice. */
  dubbel: number;
  mails: { expected: number; delivered: number; missing: number; duplicates: number };
}

export async function telPeriodiek(
  database: Database,
  smtp: SmtpCatcher,
  inwonersDomein: string,
): Promise<Periodiek> {
  const signalen = await rijen<{ soort: string; verzoeken: number; dubbel: number }>(
    database.db,
    sql`select soort, count(distinct contactverzoek_id)::int as verzoeken,
          (count(*) - count(distinct contactverzoek_id))::int as dubbel
        from contactverzoek_logboek where soort in ('herinnering', 'escalatie') group by soort`,
  );
  const [rapporten] = await rijen<{ n: number; dubbel: number }>(
    database.db,
    sql`select count(*)::int as n, (count(*) - count(distinct (coalesce(team_id::text, ''), van)))::int as dubbel
        from rapport where soort = 'week'`,
  );
  // The mails of the monitor and the reports go to employees; the residents' are counted apart.
  const mails = await rijen<{ sleutel: string; aan: string; onderwerp: string; tekst: string }>(
    database.db,
    sql`select sleutel, aan, onderwerp, tekst from mail
        where aan not like ${`%@${inwonersDomein}`}
          and (onderwerp like 'Herinnering:%' or onderwerp like 'Escalatie:%' or onderwerp like 'Managementrapportage%')`,
  );
  const van = loadConfig({}).mailFrom;
  const ontvangen = new Set(smtp.messages.map((m) => m.messageId));
  const bezorgd = mails.filter((m) => ontvangen.has(messageId(m, van))).length;
  // A second mail with the same content under another key is the same news told twice.
  const inhoud = new Set(mails.map((m) => `${m.aan}\n${m.onderwerp}\n${m.tekst}`));
  const signaal = (soort: string) => signalen.find((s) => s.soort === soort);
  return {
    herinneringen: signaal('herinnering')?.verzoeken ?? 0,
    escalaties: signaal('escalatie')?.verzoeken ?? 0,
    rapporten: rapporten.n,
    dubbel: (signaal('herinnering')?.dubbel ?? 0) + (signaal('escalatie')?.dubbel ?? 0) + rapporten.dubbel,
    mails: {
      expected: mails.length,
      delivered: bezorgd,
      missing: mails.length - bezorgd,
      duplicates: mails.length - inhoud.size,
    },
  };
}

/** Whether a scheduled run has mailed yet: at least one report mail has arrived. */
export const periodiekeMailBinnen = (smtp: SmtpCatcher) =>
  smtp.messages.some((m) => /^Subject: Managementrapportage/im.test(m.raw));
