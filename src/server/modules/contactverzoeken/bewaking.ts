import { and, count, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { systeemActor } from '../../platform/auth/rollen';
import { loadKalender } from '../../platform/calendar/kalender';
import { isWerkdag, lokaleTijd } from '../../platform/calendar/rules';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { medewerkerNaamSql } from '../organisatie/operations/medewerker-lezen';
import { teamNaamSql, teamsSql } from '../organisatie/operations/team-lezen';
import { contactverzoek, dagoverzicht, logboekregel } from './schema';

/** When the monitor runs, and from what local time the daily digest goes out. */
/** How often the monitor runs (cron, Europe/Amsterdam): BEWAKING_CRON, every five minutes by default. */
export const bewakingCron = (env: NodeJS.ProcessEnv = process.env) => env.BEWAKING_CRON ?? '*/5 * * * *';
const DAGOVERZICHT_VANAF = '07:00';

export interface VerzoekKort {
  id: string;
  nummer: string;
  onderwerp: string;
  deadline: string;
}

const kort = {
  id: contactverzoek.id,
  nummer: contactverzoek.nummer,
  onderwerp: contactverzoek.onderwerp,
  deadline: contactverzoek.deadline,
};

function groepeer<T extends VerzoekKort & { sleutel: string | null }>(rijen: T[]) {
  const groepen = new Map<string, VerzoekKort[]>();
  for (const { sleutel, ...v } of rijen)
    groepen.set(sleutel as string, [...(groepen.get(sleutel as string) ?? []), v]);
  return groepen;
}

/** Rows matching the condition that no other instance is handling right now. */
const vrij = (tx: Tx, waar: SQL | undefined) =>
  inArray(
    contactverzoek.id,
    tx.select({ id: contactverzoek.id }).from(contactverzoek).where(waar).for('update', { skipLocked: true }),
  );

const BEWAKING = systeemActor('Bewaking contactverzoeken', 'bewaking');

interface Signaal {
  type: 'contactverzoek.herinnering' | 'contactverzoek.escalatie';
  /** Who gets it: one event per assignee or per team, listing their requests. */
  ontvanger: 'medewerker' | 'team';
  /** The column that records that the signal went out. */
  gemeld: 'herinnerd' | 'geescaleerd';
  waar: SQL | undefined;
  /** The line in the logboek of each request, as SQL on its row. */
  logboek: { soort: 'herinnering' | 'escalatie'; tekst: SQL };
}

/** One logboek line per request marked, in one statement however many there are. */
async function schrijfInLogboek(tx: Tx, nu: Date, s: Signaal, ids: string[]) {
  if (ids.length === 0) return;
  const c = contactverzoek;
  await tx.execute(sql`insert into ${logboekregel} (contactverzoek_id, tijdstip, soort, medewerker_naam, tekst)
    select ${c.id}, ${nu.toISOString()}::timestamptz, ${s.logboek.soort}::text, ${BEWAKING.naam}::text, ${s.logboek.tekst}
    from ${c} where ${c.id} = any(${sql.param(ids)}::uuid[])`);
}

/**
 * Marks and announces in one transaction: the conditional update lets exactly one instance
 * claim each reminder and escalation, and the events go to the outbox with it.
 */
async function meld(ctx: AppContext, tx: Tx, nu: Date, s: Signaal) {
  const c = contactverzoek;
  const rijen = await tx
    .update(c)
    .set({ [s.gemeld]: nu })
    .where(vrij(tx, and(eq(c.status, 'open'), isNull(c[s.gemeld]), s.waar)))
    .returning({ ...kort, sleutel: s.ontvanger === 'medewerker' ? c.medewerkerId : c.teamId });
  await schrijfInLogboek(
    tx,
    nu,
    s,
    rijen.map((r) => r.id),
  );
  for (const [objectId, verzoeken] of groepeer(rijen))
    await ctx.jobs.emit(tx, BEWAKING, {
      type: s.type,
      objectType: s.ontvanger,
      objectId,
      data: { verzoeken },
    });
  return rijen.length;
}

const herinneringen = (ctx: AppContext, tx: Tx, nu: Date, vandaag: string) =>
  meld(ctx, tx, nu, {
    type: 'contactverzoek.herinnering',
    ontvanger: 'medewerker',
    gemeld: 'herinnerd',
    waar: and(isNotNull(contactverzoek.medewerkerId), eq(contactverzoek.deadline, vandaag)),
    logboek: {
      soort: 'herinnering',
      tekst: sql`format('Herinnering gestuurd aan %s.', ${medewerkerNaamSql(contactverzoek.medewerkerId)})`,
    },
  });

const escalaties = (ctx: AppContext, tx: Tx, nu: Date, vandaag: string) =>
  meld(ctx, tx, nu, {
    type: 'contactverzoek.escalatie',
    ontvanger: 'team',
    gemeld: 'geescaleerd',
    waar: lt(contactverzoek.deadline, vandaag),
    logboek: {
      soort: 'escalatie',
      tekst: sql`format('Termijn verstreken: gemeld aan de key users en teamleider van %s.', ${teamNaamSql(contactverzoek.teamId)})`,
    },
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
