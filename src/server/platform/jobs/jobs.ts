import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Actor } from '../auth/rollen';
import { type Database, rijen, type SqlClient, type Tx } from '../db/client';
import { domeinGebeurtenis } from './schema';

export type DomeinGebeurtenis = typeof domeinGebeurtenis.$inferSelect;
export type GebeurtenisHandler = (gebeurtenis: DomeinGebeurtenis) => Promise<void>;

export interface NieuweGebeurtenis {
  type: string;
  objectType: string;
  objectId: string;
  data: Record<string, unknown>;
}

const QUEUE = 'gebeurtenis';
/**
 * A job whose instance died while working it (a crash, a kill) is taken up again once it
 * expires: a handler (a mail, a notification) takes seconds, so after a minute, found by the
 * maintenance run every half minute — not pg-boss's default of a quarter of an hour.
 */
const VERLOOPT_SECONDEN = 60;

/**
 * A scheduled run cut off by a crash or a database outage is done again (each task is safe to
 * repeat: a report of a period replaces itself, a reminder is sent once per request), one
 * active at a time; a report run takes well under the quarter of an hour after which it expires.
 */
const PERIODIEK = {
  policy: 'singleton',
  retryLimit: 3,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 900,
} as const;
const ONDERHOUD_SECONDEN = 30;
/** The changes of a busy moment start one run of the tasks that follow them, this long after the first. */
const VERVROEG_MS = 3000;

/** Why a periodic task runs: its schedule, or a change that started it early (see `gewijzigd`). */
export interface Aanleiding {
  vervroegd?: boolean;
}

interface Taak {
  cron: string;
  taak: (aanleiding: Aanleiding) => Promise<unknown>;
  /** Kinds of change written without an event that start the task early (see `gewijzigd`). */
  naWijziging: readonly string[];
}

/** pg-boss speaks `$n` SQL; this runs it on a drizzle transaction so the job commits with the change. */
function inTransactie(tx: Tx): SqlClient {
  return {
    async executeSql(text, values = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`,
      );
      return { rows: await rijen(tx, sql.join(chunks)) };
    },
  };
}

/**
 * The outbox: events are stored with the change that caused them, and each subscribed
 * handler gets its own durable job, so a failing handler is retried without repeating the others.
 */
export class Jobs {
  readonly boss: PgBoss;
  private readonly handlers = new Map<string, Map<string, GebeurtenisHandler>>();
  private readonly taken = new Map<string, Taak>();
  private readonly bezig = new Map<string, number>();
  private readonly vervroegd = new Set<string>();
  private gestart = false;
  private onError: (error: Error) => void = () => {};

  constructor(
    private readonly database: Database,
    private readonly opties = { periodiek: true },
  ) {
    this.boss = new PgBoss({
      db: database.raw,
      schema: 'pgboss',
      schedule: opties.periodiek,
      supervise: true,
      maintenanceIntervalSeconds: ONDERHOUD_SECONDEN,
    });
  }

  /**
   * A task on a cron schedule (Europe/Amsterdam). pg-boss keeps one schedule per name in the
   * database, so with several instances each run happens on one of them.
   */
  periodiek(
    naam: string,
    cron: string,
    taak: (aanleiding: Aanleiding) => Promise<unknown>,
    { naWijziging = [] }: { naWijziging?: readonly string[] } = {},
  ): void {
    this.taken.set(naam, { cron, taak, naWijziging });
  }

  /**
   * A change of this kind was committed without an event (a contact: the desk's fastest path
   * writes no more than it must): the periodic tasks that follow it run within seconds instead of
   * at their next time. Best effort, on this instance; the schedule is what guarantees the run.
   */
  gewijzigd(soort: string): void {
    if (!this.gestart || !this.opties.periodiek) return;
    for (const [naam, { naWijziging }] of this.taken)
      if (naWijziging.includes(soort) && !this.vervroegd.has(naam)) {
        this.vervroegd.add(naam);
        setTimeout(() => {
          this.vervroegd.delete(naam);
          const aanleiding: Aanleiding = { vervroegd: true };
          if (this.gestart) this.boss.send(naam, aanleiding).catch(this.onError);
        }, VERVROEG_MS).unref();
      }
  }

  on(type: string, handlerNaam: string, handler: GebeurtenisHandler): void {
    const perType = this.handlers.get(type) ?? new Map<string, GebeurtenisHandler>();
    perType.set(handlerNaam, handler);
    this.handlers.set(type, perType);
  }

  async start(onError: (error: Error) => void): Promise<void> {
    this.onError = onError;
    this.boss.on('error', onError);
    await this.boss.start();
    const wachtrij = {
      name: QUEUE,
      retryLimit: 10,
      retryBackoff: true,
      retryDelay: 5,
      expireInSeconds: VERLOOPT_SECONDEN,
    };
    await this.boss.createQueue(QUEUE, wachtrij);
    // An existing queue keeps its old settings otherwise.
    await this.boss.updateQueue(QUEUE, wachtrij);
    await this.boss.work<{ gebeurtenisId: string; handler: string }>(
      QUEUE,
      { pollingIntervalSeconds: 0.5, batchSize: 10 },
      (jobs) =>
        this.alsBezig(
          jobs.map((job) => job.data.handler),
          async () => {
            for (const job of jobs) await this.verwerk(job.data.gebeurtenisId, job.data.handler);
          },
        ),
    );
    if (!this.opties.periodiek) return;
    for (const [naam, { cron, taak }] of this.taken) {
      await this.boss.createQueue(naam, { name: naam, ...PERIODIEK });
      await this.boss.updateQueue(naam, { name: naam, ...PERIODIEK });
      await this.boss.schedule(naam, cron, {}, { tz: 'Europe/Amsterdam' });
      await this.boss.work<Aanleiding>(naam, { pollingIntervalSeconds: 5 }, ([job]) =>
        this.alsBezig([naam], () => taak(job?.data ?? {})),
      );
    }
    this.gestart = true;
  }

  /**
   * Takes no new jobs and waits for the running ones; those still running after `timeoutMs` are
   * handed back as failed, so an instance that runs retries them.
   */
  stop(timeoutMs = 5000): Promise<void> {
    this.gestart = false;
    return this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }

  /** The jobs this instance is running now, by name: what a stop cut off when it had to. */
  lopend(): string[] {
    return [...this.bezig].map(([naam, n]) => (n > 1 ? `${naam} (${n})` : naam));
  }

  /** A fetched batch counts as running until it is done: pg-boss hands it back as a whole. */
  private async alsBezig<T>(namen: string[], werk: () => Promise<T>): Promise<T> {
    for (const naam of namen) this.bezig.set(naam, (this.bezig.get(naam) ?? 0) + 1);
    try {
      return await werk();
    } finally {
      for (const naam of namen) {
        const over = (this.bezig.get(naam) ?? 1) - 1;
        if (over > 0) this.bezig.set(naam, over);
        else this.bezig.delete(naam);
      }
    }
  }

  async emit(tx: Tx, actor: Actor, invoer: NieuweGebeurtenis): Promise<string> {
    const [rij] = await tx
      .insert(domeinGebeurtenis)
      .values({ ...invoer, requestId: actor.requestId })
      .returning({ id: domeinGebeurtenis.id });
    const db = inTransactie(tx);
    for (const handler of this.handlers.get(invoer.type)?.keys() ?? []) {
      await this.boss.send(QUEUE, { gebeurtenisId: rij.id, handler }, { db } as PgBoss.SendOptions);
    }
    return rij.id;
  }

  private async verwerk(gebeurtenisId: string, handlerNaam: string): Promise<void> {
    const gebeurtenis = await this.database.db.query.domeinGebeurtenis.findFirst({
      where: (g, { eq }) => eq(g.id, gebeurtenisId),
    });
    if (!gebeurtenis) return;
    await this.handlers.get(gebeurtenis.type)?.get(handlerNaam)?.(gebeurtenis);
  }
}
