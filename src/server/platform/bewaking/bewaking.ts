import { and, getTableName, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor, Rol } from '../auth/rollen';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';

/** How often the monitors run (cron, Europe/Amsterdam): BEWAKING_CRON, every five minutes by default. */
export const bewakingCron = (env: NodeJS.ProcessEnv = process.env) => env.BEWAKING_CRON ?? '*/5 * * * *';

/** Who of a team hears of its escalations (and reads its digests). */
export const regieRollen: readonly Rol[] = ['key-user', 'teamleider'];

/** What each kind of signal records on the row and to whom its event goes. */
const SOORTEN = {
  herinnering: { gemeld: 'herinnerd', ontvanger: 'medewerker' },
  escalatie: { gemeld: 'geescaleerd', ontvanger: 'team' },
} as const;

/** A watched table: `herinnerd` and `geescaleerd` record that each signal went out, once. */
type Bewaakbaar = PgTable & Record<'id' | 'herinnerd' | 'geescaleerd', PgColumn>;
/** A module's history table: the monitor writes its lines there as any action does. */
type Logboek = PgTable & Record<'tijdstip' | 'soort' | 'medewerkerNaam' | 'tekst', PgColumn>;

/** What a module watches: its own table, read and written only through this description. */
export interface Bewaakt {
  tabel: Bewaakbaar;
  /** The rows watched at all (open, not suspended). */
  open: SQL | undefined;
  /** What the event lists of each row. */
  kort: Record<string, PgColumn>;
  /** The key in the event's data under which the rows are listed. */
  lijst: string;
  /** The monitor as it appears in the history and on the events. */
  actor: Actor;
  /** The history table and its column that points at the row. */
  logboek: { tabel: Logboek; verwijzing: PgColumn };
}

export interface Signaal {
  soort: keyof typeof SOORTEN;
  /** The outbox event: one per recipient, listing its rows. */
  type: string;
  /** The recipient's column: the assignee for a reminder, the team for an escalation. */
  ontvanger: PgColumn;
  waar: SQL | undefined;
  /** The line in the history of each row, as SQL on the row. */
  tekst: SQL;
}

/** Rows matching the condition that no other instance is handling right now. */
const vrij = (tx: Tx, tabel: Bewaakbaar, waar: SQL | undefined) =>
  inArray(tabel.id, tx.select({ id: tabel.id }).from(tabel).where(waar).for('update', { skipLocked: true }));

function groepeer<R extends { sleutel: unknown }>(rijen: R[]) {
  const groepen = new Map<string, Omit<R, 'sleutel'>[]>();
  for (const { sleutel, ...rij } of rijen)
    groepen.set(sleutel as string, [...(groepen.get(sleutel as string) ?? []), rij]);
  return groepen;
}

/** One history line per row marked, in one statement however many there are. */
async function schrijfInLogboek(tx: Tx, nu: Date, b: Bewaakt, s: Signaal, ids: unknown[]) {
  if (ids.length === 0) return;
  const { tabel: l, verwijzing } = b.logboek;
  const kolommen = sql.join(
    [verwijzing, l.tijdstip, l.soort, l.medewerkerNaam, l.tekst].map((k) => sql.identifier(k.name)),
    sql`, `,
  );
  await tx.execute(sql`insert into ${l} (${kolommen})
    select ${b.tabel.id}, ${nu.toISOString()}::timestamptz, ${s.soort}::text, ${b.actor.naam}::text, ${s.tekst}
    from ${b.tabel} where ${b.tabel.id} = any(${sql.param(ids)}::uuid[])`);
}

/**
 * Marks and announces in the caller's transaction: the conditional update lets exactly one
 * instance claim each row's signal, its history line and the events go with it. Returns how
 * many rows were signalled. One instance at a time per table and kind (a lock held until the
 * transaction ends): row locks alone let two instances each claim part of a recipient's rows,
 * and the recipient got two mails.
 */
export async function signaleer(ctx: AppContext, tx: Tx, nu: Date, b: Bewaakt, s: Signaal): Promise<number> {
  const { gemeld, ontvanger } = SOORTEN[s.soort];
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${getTableName(b.tabel)}.${s.soort}`}))`);
  const rijen = await tx
    .update(b.tabel)
    .set({ [gemeld]: nu })
    .where(vrij(tx, b.tabel, and(b.open, isNull(b.tabel[gemeld]), isNotNull(s.ontvanger), s.waar)))
    .returning({ ...b.kort, id: b.tabel.id, sleutel: s.ontvanger });
  await schrijfInLogboek(
    tx,
    nu,
    b,
    s,
    rijen.map((r) => r.id),
  );
  for (const [objectId, lijst] of groepeer(rijen))
    await ctx.jobs.emit(tx, b.actor, {
      type: s.type,
      objectType: ontvanger,
      objectId,
      data: { [b.lijst]: lijst },
    });
  return rijen.length;
}
