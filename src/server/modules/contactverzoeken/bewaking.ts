import { and, count, eq, lt, sql } from 'drizzle-orm';
import { systeemActor } from '../../platform/auth/rollen';
import { type Bewaakt, signaleer } from '../../platform/bewaking/bewaking';
import { loadKalender } from '../../platform/calendar/kalender';
import { isWerkdag, lokaleTijd } from '../../platform/calendar/rules';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { medewerkerNaamSql } from '../organisatie/operations/medewerker-lezen';
import { teamNaamSql, teamsSql } from '../organisatie/operations/team-lezen';
import { contactverzoek, dagoverzicht, logboekregel } from './schema';

export { bewakingCron } from '../../platform/bewaking/bewaking';

/** From what local time the daily digest goes out. */
const DAGOVERZICHT_VANAF = '07:00';

export interface VerzoekKort {
  id: string;
  nummer: string;
  onderwerp: string;
  deadline: string;
}

const BEWAKING = systeemActor('Bewaking contactverzoeken', 'bewaking');

const verzoeken = {
  tabel: contactverzoek,
  open: eq(contactverzoek.status, 'open'),
  kort: {
    id: contactverzoek.id,
    nummer: contactverzoek.nummer,
    onderwerp: contactverzoek.onderwerp,
    deadline: contactverzoek.deadline,
  },
  lijst: 'verzoeken',
  actor: BEWAKING,
  logboek: { tabel: logboekregel, verwijzing: logboekregel.contactverzoekId },
} satisfies Bewaakt;

const herinneringen = (ctx: AppContext, tx: Tx, nu: Date, vandaag: string) =>
  signaleer(ctx, tx, nu, verzoeken, {
    soort: 'herinnering',
    type: 'contactverzoek.herinnering',
    ontvanger: contactverzoek.medewerkerId,
    waar: eq(contactverzoek.deadline, vandaag),
    tekst: sql`format('Herinnering gestuurd aan %s.', ${medewerkerNaamSql(contactverzoek.medewerkerId)})`,
  });

const escalaties = (ctx: AppContext, tx: Tx, nu: Date, vandaag: string) =>
  signaleer(ctx, tx, nu, verzoeken, {
    soort: 'escalatie',
    type: 'contactverzoek.escalatie',
    ontvanger: contactverzoek.teamId,
    waar: lt(contactverzoek.deadline, vandaag),
    tekst: sql`format('Termijn verstreken: gemeld aan de key users en teamleider van %s.', ${teamNaamSql(contactverzoek.teamId)})`,
  });

async function dagoverzichten(ctx: AppContext, tx: Tx, vandaag: string) {
  const teams = await tx
    .insert(dagoverzicht)
    .select(sql`select t.id, ${vandaag}::date from ${teamsSql} t`)
    .onConflictDoNothing()
    .returning({ teamId: dagoverzicht.teamId });
  const c = contactverzoek;
  for (const { teamId } of teams) {
    const [cijfers] = await tx
      .select({
        open: count(),
        vandaag: count(sql`case when ${c.deadline} = ${vandaag} then 1 end`),
        teLaat: count(sql`case when ${c.deadline} < ${vandaag} then 1 end`),
        ongetoewezen: count(sql`case when ${c.medewerkerId} is null then 1 end`),
      })
      .from(c)
      .where(and(eq(c.teamId, teamId), eq(c.status, 'open')));
    await ctx.jobs.emit(tx, BEWAKING, {
      type: 'contactverzoek.dagoverzicht',
      objectType: 'team',
      objectId: teamId,
      data: { datum: vandaag, ...cijfers },
    });
  }
  return teams.length;
}

/**
 * The monitor: reminders on the deadline day, escalation once overdue, and from 07:00 on a
 * working day one digest per team. Safe to run on every instance at the same time.
 */
export async function bewaak(ctx: AppContext) {
  const nu = ctx.now();
  const { datum: vandaag, tijd } = lokaleTijd(nu);
  const kalender = await loadKalender(ctx.db);
  return ctx.db.transaction(async (tx) => ({
    herinneringen: await herinneringen(ctx, tx, nu, vandaag),
    escalaties: await escalaties(ctx, tx, nu, vandaag),
    dagoverzichten:
      isWerkdag(vandaag, kalender) && tijd >= DAGOVERZICHT_VANAF ? await dagoverzichten(ctx, tx, vandaag) : 0,
  }));
}
