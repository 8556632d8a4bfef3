// npm run bench -- crash [--db postgres,pglite] [--kills n] [--clients n] [--instanties n]
//
// Clients register contacts and create contactverzoeken (each with a confirmation mail) at
// full speed while the server is killed with SIGKILL at random moments and restarted. After
// the run every write that was acknowledged (2xx with an id) must be in the database exactly
// once, and every mail its outbox event promised must have reached a real SMTP server exactly
// once. On PostgreSQL the postmaster is also killed under load: /health/ready must say 503,
// requests must fail fast with 503, and the app must recover by itself. With --instanties 2
// (PostgreSQL) two servers share the database and the clients; they are killed in turn. The
// scheduled tasks run every minute meanwhile, and must each happen once (crash-periodiek.ts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Database, openPglite, openPostgres, rijen } from '../../src/server/platform/db/client';
import { startPostgresCluster } from '../test/postgres-cluster';
import { type SmtpCatcher, startSmtpCatcher } from '../test/smtp-catcher';
import { inloggen, type Sessie, type Soort } from './app';
import { PERIODIEK_ELKE_MINUUT, type Periodiek, periodiekeMailBinnen, telPeriodiek } from './crash-periodiek';
import { type ServerProces, startServer, vrijePoort } from './serverproces';

const ONDERWERP = 'Crashtest';
const DOMEIN = 'crash.test';
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const KILLFASE_MS = 65_000;

interface Bevestigd {
  soort: 'klantcontact' | 'contactverzoek';
  merk: string;
}

/** One server the clients talk to, and whether it is up. */
class Doel {
  private op: Promise<void> = Promise.resolve();
  private zetOp: () => void = () => {};

  constructor(readonly sessie: Sessie) {}

  neer(): void {
    this.op = new Promise((r) => {
      this.zetOp = r;
    });
  }

  weerOp(): void {
    this.zetOp();
  }

  wachtTotOp = () => this.op;
}

/** The clients: each loops over a write, keeps what was acknowledged, and waits while its server is down. */
class Belasting {
  readonly bevestigd: Bevestigd[] = [];
  mislukt = 0;
  private actief = true;

  constructor(
    private readonly doelen: Doel[],
    private readonly teamId: string,
  ) {}

  async stop(lopers: Promise<void>[]): Promise<void> {
    this.actief = false;
    for (const d of this.doelen) d.weerOp();
    await Promise.all(lopers);
  }

  private verzoek(doel: Doel, soort: Bevestigd['soort'], merk: string) {
    const body =
      soort === 'klantcontact'
        ? {
            kanaal: 'telefoon',
            partijId: null,
            vragen: [{ onderwerp: ONDERWERP, vraag: merk, uitkomst: 'afgehandeld' }],
          }
        : { teamId: this.teamId, onderwerp: ONDERWERP, vraag: merk, email: `${merk}@${DOMEIN}` };
    const { base, cookie, csrfToken } = doel.sessie;
    return fetch(`${base}/api/v1/${soort === 'klantcontact' ? 'klantcontacten' : 'contactverzoeken'}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  }

  async loop(nummer: number): Promise<void> {
    const doel = this.doelen[nummer % this.doelen.length];
    for (let i = 0; this.actief; i++) {
      await doel.wachtTotOp();
      const soort = i % 2 === 0 ? 'klantcontact' : 'contactverzoek';
      const merk = randomUUID();
      try {
        const res = await this.verzoek(doel, soort, merk);
        await res.arrayBuffer();
        if (res.status === 201) this.bevestigd.push({ soort, merk });
        else this.mislukt++;
      } catch {
        // The server went down under this request: not acknowledged, so nothing is promised.
        this.mislukt++;
        await doel.wachtTotOp();
      }
    }
  }
}

async function teamVan(sessie: Sessie, naam: string): Promise<string> {
  const res = await fetch(`${sessie.base}/api/v1/teams?q=${naam}`, { headers: { cookie: sessie.cookie } });
  return ((await res.json()) as { items: { id: string }[] }).items[0].id;
}

/** Polls until the answer of a URL has this status; returns how long that took, or undefined. */
async function tot(url: string, status: number, maxMs: number): Promise<number | undefined> {
  const t0 = performance.now();
  while (performance.now() - t0 < maxMs) {
    const kreeg = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (kreeg === status) return Math.round(performance.now() - t0);
    await wacht(50);
  }
  return undefined;
}

/** The postmaster killed under load: readiness, failing fast, and recovering without a restart of the app. */
async function postmasterWeg(cluster: Awaited<ReturnType<typeof startPostgresCluster>>, sessie: Sessie) {
  process.kill(cluster.postmaster(), 'SIGKILL');
  const ready503Ms = await tot(`${sessie.base}/health/ready`, 503, 10_000);
  const t0 = performance.now();
  const schrijf = await fetch(`${sessie.base}/api/v1/klantcontacten`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: sessie.cookie, 'x-csrf-token': sessie.csrfToken },
    body: JSON.stringify({
      kanaal: 'telefoon',
      partijId: null,
      vragen: [{ onderwerp: ONDERWERP, vraag: 'tijdens storing', uitkomst: 'afgehandeld' }],
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const schrijfMs = Math.round(performance.now() - t0);
  const type = schrijf.headers.get('content-type') ?? '';
  await schrijf.arrayBuffer();
  // Backends of the killed postmaster leave by themselves; until then the data folder is in use.
  const t1 = performance.now();
  for (;;) {
    try {
      await cluster.herstart();
      break;
    } catch (error) {
      if (performance.now() - t1 > 30_000) throw error;
      await wacht(200);
    }
  }
  const hersteldMs = await tot(`${sessie.base}/health/ready`, 200, 60_000);
  return {
    ready503: ready503Ms !== undefined,
    ready503Ms,
    schrijfStatus: schrijf.status,
    schrijfProblemJson: type.includes('application/problem+json'),
    schrijfMs,
    hersteldZonderHerstart: hersteldMs !== undefined,
    hersteldMs,
  };
}

interface Resultaat {
  instanties: number;
  kills: number;
  acknowledged: number;
  lost: number;
  duplicates: number;
  notAcknowledged: number;
  writtenNotAcknowledged: number;
  withoutLogboek: number;
  mails: {
    expected: number;
    delivered: number;
    missing: number;
    duplicates: number;
    retransmissions: number;
    waitedMs: number;
  };
  postmaster?: Awaited<ReturnType<typeof postmasterWeg>>;
  periodiek: Periodiek;
}

/**
 * Every mail promised (one per contactverzoek of the run) has arrived, and no new one came for a
 * while. Gives up only after two minutes without a new mail: the jobs of a killed instance are
 * taken up again after up to 90 s (expiry and maintenance), and PGlite delivers a backlog of
 * thousands at its own pace. Bounded at 20 minutes.
 */
async function wachtOpMails(smtp: SmtpCatcher, sessie: Sessie): Promise<number> {
  const t0 = performance.now();
  let vorige = -1;
  let stilSinds = performance.now();
  while (performance.now() - t0 < 20 * 60_000 && performance.now() - stilSinds < 120_000) {
    const res = await fetch(`${sessie.base}/api/v1/contactverzoeken?status=alle&q=${ONDERWERP}&pageSize=1`, {
      headers: { cookie: sessie.cookie },
    });
    const { total } = (await res.json()) as { total: number };
    const ontvangers = new Set(smtp.messages.flatMap((m) => m.to).filter((a) => a.endsWith(`@${DOMEIN}`)));
    if (ontvangers.size !== vorige) {
      vorige = ontvangers.size;
      stilSinds = performance.now();
    }
    if (ontvangers.size >= total && periodiekeMailBinnen(smtp) && performance.now() - stilSinds > 3000) break;
    await wacht(250);
  }
  return Math.round(performance.now() - t0);
}

async function tel(database: Database, bevestigd: Bevestigd[], smtp: SmtpCatcher) {
  const kc = await rijen<{ merk: string; n: number }>(
    database.db,
    sql`select v.vraag as merk, count(*)::int as n from vraag v join klantcontact k on k.id = v.klantcontact_id
        where v.onderwerp = ${ONDERWERP} group by v.vraag`,
  );
  const cv = await rijen<{ merk: string; n: number; zonder: number }>(
    database.db,
    sql`select c.vraag as merk, count(*)::int as n,
          count(*) filter (where not exists (select 1 from contactverzoek_logboek l
            where l.contactverzoek_id = c.id and l.soort = 'aangemaakt'))::int as zonder
        from contactverzoek c where c.onderwerp = ${ONDERWERP} group by c.vraag`,
  );
  const inDb = new Map([...kc, ...cv].map((r) => [r.merk, r.n]));
  const bevestigdeMerken = new Set(bevestigd.map((b) => b.merk));
  // A mail sent again after a crash keeps its Message-ID (a retransmission a receiver recognises);
  // a second Message-ID to the same resident would be a second mail.
  const perOntvanger = new Map<string, Set<string | undefined>>();
  let verzendingen = 0;
  for (const m of smtp.messages)
    for (const aan of m.to.filter((a) => a.endsWith(`@${DOMEIN}`))) {
      verzendingen++;
      perOntvanger.set(aan, (perOntvanger.get(aan) ?? new Set()).add(m.messageId));
    }
  const verwacht = cv.map((r) => `${r.merk}@${DOMEIN}`);
  return {
    lost: bevestigd.filter((b) => !inDb.has(b.merk)).length,
    duplicates: [...inDb.values()].filter((n) => n > 1).length,
    writtenNotAcknowledged: [...inDb.keys()].filter(
      (m) => !bevestigdeMerken.has(m) && m !== 'tijdens storing',
    ).length,
    withoutLogboek: cv.reduce((som, r) => som + r.zonder, 0),
    mails: {
      expected: verwacht.length,
      delivered: verwacht.filter((a) => perOntvanger.has(a)).length,
      missing: verwacht.filter((a) => !perOntvanger.has(a)).length,
      duplicates: [...perOntvanger.values()].reduce((som, ids) => som + ids.size - 1, 0),
      retransmissions: verzendingen - perOntvanger.size,
    },
  };
}

async function eenDatabase(
  soort: Soort,
  kills: number,
  clients: number,
  instanties: number,
): Promise<Resultaat> {
  const smtp = await startSmtpCatcher();
  const cluster = soort === 'postgres' ? await startPostgresCluster({ duurzaam: true }) : undefined;
  const dataDir = soort === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'stadspunt-crash-')) : undefined;
  const env = {
    SEED_DEMO: 'true',
    // Enough demo requests that some are overdue: the monitor has something to escalate.
    DEMO_KLANTCONTACTEN: '2000',
    PERIODIEKE_TAKEN: 'true',
    ...PERIODIEK_ELKE_MINUUT,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    ...(cluster ? { DATABASE_URL: cluster.url } : { DATABASE_URL: '', DATA_DIR: dataDir as string }),
  };
  const poorten = await Promise.all(Array.from({ length: instanties }, () => vrijePoort()));
  // One after the other: the first migrates and seeds, the others find it done.
  const servers: ServerProces[] = [];
  for (const poort of poorten) servers.push(await startServer(env, poort));
  try {
    const sessie = await inloggen(servers[0].base, 'teamleider');
    const doelen = servers.map((s) => new Doel({ ...sessie, base: s.base }));
    const belasting = new Belasting(doelen, await teamVan(sessie, 'Belastingen'));
    const lopers = Array.from({ length: clients }, (_, i) => belasting.loop(i));
    // Spread over more than a minute, so the scheduled tasks (every minute) run while instances die.
    for (let k = 0; k < kills; k++) {
      await wacht((KILLFASE_MS / kills) * (0.5 + Math.random()));
      const i = k % servers.length;
      doelen[i].neer();
      await servers[i].stop('SIGKILL');
      servers[i] = await startServer(env, poorten[i]);
      doelen[i].weerOp();
      console.log(
        `  kill ${k + 1}/${kills} (instantie ${i + 1}): herstart, ${belasting.bevestigd.length} bevestigd tot nu`,
      );
    }
    const postmaster = cluster ? await postmasterWeg(cluster, sessie) : undefined;
    await wacht(1000);
    await belasting.stop(lopers);
    const waitedMs = await wachtOpMails(smtp, sessie);
    for (const s of servers) await s.stop('SIGTERM');
    const database = cluster ? await openPostgres(cluster.url, 2) : await openPglite(dataDir);
    try {
      const geteld = await tel(database, belasting.bevestigd, smtp);
      return {
        instanties,
        kills,
        acknowledged: belasting.bevestigd.length,
        notAcknowledged: belasting.mislukt,
        ...geteld,
        mails: { ...geteld.mails, waitedMs },
        periodiek: await telPeriodiek(database, smtp, DOMEIN),
        ...(postmaster ? { postmaster } : {}),
      };
    } finally {
      await database.close();
    }
  } finally {
    for (const s of servers) await s.stop('SIGKILL');
    await smtp.stop();
    await cluster?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function crashtest(dbs: Soort[], kills: number, clients: number, instanties = 1) {
  const uitkomst: Partial<Record<Soort, Resultaat>> = {};
  for (const soort of dbs) {
    // PGlite is one process per data folder: a second instance is for PostgreSQL only.
    const n = soort === 'postgres' ? instanties : 1;
    console.log(
      `${soort}: ${n} ${n === 1 ? 'instantie' : 'instanties'}, ${clients} clients, ${kills} keer SIGKILL`,
    );
    const r = await eenDatabase(soort, kills, clients, n);
    uitkomst[soort] = r;
    console.log(
      `  ${r.acknowledged} bevestigd, ${r.lost} verloren, ${r.duplicates} dubbel, ${r.writtenNotAcknowledged} geschreven zonder bevestiging (verzoek afgebroken), ${r.withoutLogboek} zonder logboekregel`,
    );
    console.log(
      `  mails: ${r.mails.expected} beloofd, ${r.mails.delivered} bezorgd, ${r.mails.missing} ontbreken, ${r.mails.duplicates} dubbel; ${r.mails.retransmissions} keer opnieuw verstuurd met dezelfde Message-ID (na ${r.mails.waitedMs} ms)`,
    );
    const p = r.periodiek;
    console.log(
      `  geplande taken: ${p.herinneringen} herinneringen, ${p.escalaties} escalaties, ${p.rapporten} weekrapporten, ${p.dubbel} dubbel; hun mails: ${p.mails.expected} beloofd, ${p.mails.delivered} bezorgd, ${p.mails.missing} ontbreken, ${p.mails.duplicates} dubbel`,
    );
    if (r.postmaster)
      console.log(
        `  postmaster gedood: ready 503 ${r.postmaster.ready503 ? `na ${r.postmaster.ready503Ms} ms` : 'nee'}, schrijven gaf ${r.postmaster.schrijfStatus}${r.postmaster.schrijfProblemJson ? ' problem+json' : ''} in ${r.postmaster.schrijfMs} ms, hersteld ${r.postmaster.hersteldZonderHerstart ? `na ${r.postmaster.hersteldMs} ms` : 'niet'}`,
      );
  }
  return uitkomst;
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string', default: 'postgres,pglite' },
      kills: { type: 'string', default: '5' },
      clients: { type: 'string', default: '16' },
      instanties: { type: 'string', default: '1' },
    },
  });
  const dbs = (values.db as string).split(',') as Soort[];
  const uitkomst = await crashtest(
    dbs,
    Number(values.kills),
    Number(values.clients),
    Number(values.instanties),
  );
  console.log(JSON.stringify({ bench: 'crash', ...uitkomst }));
}
