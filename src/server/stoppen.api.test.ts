import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER } from '../../scripts/bench/serverproces';
import { type SmtpCatcher, startSmtpCatcher } from '../../scripts/test/smtp-catcher';
import { DEMO_WACHTWOORD } from './modules/organisatie/demo';
import { openPglite, openPostgres } from './platform/db/client';
import { SLOTBESTAND } from './platform/db/slot';
import { dbKind, eventually, freshDatabase } from './testing/harness';

const BSN = '999993653';
const BRP_SLEUTEL = 'sleutel-voor-de-test';
/** The mail server is slow for this address. */
const TRAAG = 'traag@voorbeeldstad.nl';

/** Holds what arrives until the test lets it go, and tells when something is waiting. */
function poort() {
  const vast: (() => void)[] = [];
  let meld = () => {};
  let binnen: Promise<void>;
  const volgende = () => {
    binnen = new Promise((resolve) => {
      meld = resolve;
    });
  };
  volgende();
  return {
    wacht: () =>
      new Promise<void>((resolve) => {
        vast.push(resolve);
        meld();
      }),
    /** Resolves when something is waiting. */
    binnen: () => binnen,
    laatGaan() {
      for (const verder of vast.splice(0)) verder();
      volgende();
    },
  };
}

/**
 * A Haal Centraal BRP on loopback that answers a look-up of BSN when the test lets it go (a
 * slow basisregistratie keeps a search of the desk in flight); anything else it answers at once.
 */
async function startTrageBrp() {
  const bsnPoort = poort();
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const deel of req) body += deel;
    const personen = body.includes(BSN)
      ? [{ burgerservicenummer: BSN, naam: { voornamen: 'Suzanne', geslachtsnaam: 'Moulin' } }]
      : [];
    if (personen.length) await bsnPoort.wacht();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ personen }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    ...bsnPoort,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop() {
      bsnPoort.laatGaan();
      server.closeAllConnections();
      server.close();
    },
  };
}

async function vrijePoort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

interface Proces {
  url: string;
  port: number;
  /** The log lines (pino JSON) so far. */
  log: { msg: string; [veld: string]: unknown }[];
  uitgang: Promise<number | null>;
  kind: ChildProcess;
}

let brp: Awaited<ReturnType<typeof startTrageBrp>>;
const smtpPoort = poort();
let smtp: SmtpCatcher;
let database: Record<string, string>;
let dataDir: string | undefined;
const gestart: Proces[] = [];

/** The real server, as `npm start` runs it, in a process of its own. */
async function startServer(extra: Record<string, string> = {}): Promise<Proces> {
  const port = await vrijePoort();
  const url = `http://127.0.0.1:${port}`;
  const kind = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      ...database,
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: url,
      BRP_API_URL: brp.url,
      BRP_API_KEY: BRP_SLEUTEL,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SEED_DEMO: 'true',
      DEMO_KLANTCONTACTEN: '0',
      PERIODIEKE_TAKEN: 'false',
      LOG_LEVEL: 'info',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const proces: Proces = { url, port, log: [], kind, uitgang: once(kind, 'exit').then(([code]) => code) };
  gestart.push(proces);
  let rest = '';
  kind.stdout?.on('data', (deel: Buffer) => {
    const regels = (rest + deel.toString()).split('\n');
    rest = regels.pop() ?? '';
    for (const regel of regels) if (regel.startsWith('{')) proces.log.push(JSON.parse(regel));
  });
  await eventually(
    () =>
      fetch(`${url}/health/ready`).then(
        (res) => res.status,
        () => 0,
      ),
    (status) => status === 200 || kind.exitCode !== null,
    45_000,
  );
  expect(kind.exitCode).toBeNull();
  return proces;
}

async function inloggen(p: Proces, gebruikersnaam: string) {
  const res = await fetch(`${p.url}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': csrfToken };
}

/** Runs a query on the database the server used, once it has stopped. */
async function naStop<T>(query: string): Promise<T[]> {
  const db = dataDir ? await openPglite(dataDir) : await openPostgres(database.DATABASE_URL, 1);
  try {
    return (await db.raw.executeSql(query)).rows;
  } finally {
    await db.close();
  }
}

/** A keep-alive connection opened now, as a load balancer or proxy keeps one to its backends. */
async function openVerbinding(p: Proces, pad: string) {
  const client = new Client(p.url, { keepAliveTimeout: 30_000, pipelining: 1 });
  const vraag = async () => {
    const res = await client.request({ path: pad, method: 'GET' });
    return { status: res.statusCode, type: res.headers['content-type'], body: await res.body.text() };
  };
  expect((await vraag()).status).toBe(200);
  return { vraag, sluit: () => client.destroy() };
}

/** Whether a new TCP connection to the port is refused. */
function geweigerd(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

const zoekBsn = (p: Proces, headers: Record<string, string>) =>
  fetch(`${p.url}/api/v1/partijen/zoeken?q=${BSN}`, { headers });

beforeAll(async () => {
  brp = await startTrageBrp();
  smtp = await startSmtpCatcher({
    wacht: (m) => (m.to.includes(TRAAG) ? smtpPoort.wacht() : Promise.resolve()),
  });
  if (dbKind === 'postgres') {
    const { database: db, url } = await freshDatabase();
    await db.close();
    database = { DATABASE_URL: url as string };
  } else {
    dataDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-stoppen-'));
    database = { DATABASE_URL: '', DATA_DIR: dataDir };
  }
});
afterAll(async () => {
  for (const p of gestart) p.kind.kill('SIGKILL');
  brp?.stop();
  smtpPoort.laatGaan();
  await smtp?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown on SIGTERM', () => {
  it('finishes the request and the job in flight, answers 503 on /health/ready meanwhile, refuses new connections and exits 0', async () => {
    const p = await startServer();
    const kcc = await inloggen(p, 'kcc');
    const beheerder = await inloggen(p, 'beheerder');
    const gereed = await openVerbinding(p, '/health/ready');
    const levend = await openVerbinding(p, '/health/live');
    try {
      // A new account: its welcome mail is a job from the outbox, waiting on the slow mail server.
      const nieuw = await fetch(`${p.url}/api/v1/medewerkers`, {
        method: 'POST',
        headers: { ...beheerder, 'content-type': 'application/json' },
        body: JSON.stringify({
          naam: 'Traag Gemaild',
          gebruikersnaam: 'traag',
          email: TRAAG,
          rollen: ['kcc-medewerker'],
          teamIds: [],
          wachtwoord: 'een-lang-wachtwoord',
        }),
      });
      expect(nieuw.status).toBe(201);
      await smtpPoort.binnen();
      const zoeken = zoekBsn(p, kcc);
      await brp.binnen();

      const t0 = performance.now();
      p.kind.kill('SIGTERM');
      await eventually(async () => p.log.some((r) => r.msg.startsWith('Stadspunt stopt')), Boolean);
      const ready = await gereed.vraag();
      expect(ready.status).toBe(503);
      expect(ready.type).toBe('application/problem+json');
      expect(JSON.parse(ready.body)).toMatchObject({ status: 503, title: 'Stadspunt stopt' });
      expect((await levend.vraag()).status).toBe(200);
      expect(await geweigerd(p.port)).toBe(true);
      expect(p.kind.exitCode).toBeNull();

      brp.laatGaan();
      const res = await zoeken;
      expect(res.status).toBe(200);
      const { items } = (await res.json()) as { items: { naam: string }[] };
      expect(items.map((i) => i.naam)).toEqual(['Suzanne Moulin']);
      expect(p.kind.exitCode).toBeNull();

      smtpPoort.laatGaan();
      expect(await p.uitgang).toBe(0);
      expect(smtp.messages.filter((m) => m.to.includes(TRAAG))).toHaveLength(1);
      expect(performance.now() - t0).toBeLessThan(20_000);
      expect(p.log.at(-1)?.msg).toBe('Stadspunt is gestopt');
      if (dataDir) expect(existsSync(path.join(dataDir, SLOTBESTAND))).toBe(false);
      expect(await naStop(`select status from mail where aan = '${TRAAG}'`)).toEqual([
        { status: 'verzonden' },
      ]);
    } finally {
      gereed.sluit();
      levend.sluit();
    }
  }, 60_000);

  it('after STOP_DEADLINE_SECONDEN it exits 1 anyway, naming the request it cut off', async () => {
    const p = await startServer({ STOP_DEADLINE_SECONDEN: '1' });
    const zoeken = zoekBsn(p, await inloggen(p, 'kcc')).then(
      (res) => res.status,
      () => 'afgebroken',
    );
    await brp.binnen();

    const t0 = performance.now();
    p.kind.kill('SIGTERM');
    expect(await p.uitgang).toBe(1);
    const duur = performance.now() - t0;
    expect(duur).toBeGreaterThan(1000);
    expect(duur).toBeLessThan(5000);
    expect(await zoeken).toBe('afgebroken');
    const afgebroken = p.log.find((r) => r.msg.includes('afgebroken'));
    expect(afgebroken).toMatchObject({ verzoeken: ['GET /api/v1/partijen/zoeken'] });
    expect(afgebroken?.msg).toContain('na de deadline van 1 s');
    brp.laatGaan();
  }, 60_000);
});
