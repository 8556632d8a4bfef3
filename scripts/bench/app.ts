// What every benchmark of the running app shares: a database of either kind, a session, and
// load sent from a second process (belasting.ts), as real clients would.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from '../../src/server/app';
import { type Runtime, startRuntime } from '../../src/server/bootstrap';
import { DEMO_WACHTWOORD } from '../../src/server/modules/organisatie/demo';
import { loadConfig } from '../../src/server/platform/config';
import { type Database, openPglite, openPostgres } from '../../src/server/platform/db/client';
import { startPostgresCluster } from '../test/postgres-cluster';

export type Soort = 'postgres' | 'pglite';

export interface Sessie {
  base: string;
  cookie: string;
  csrfToken: string;
}

export interface Figuren {
  perSeconde: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  eersteFout?: string;
}

export type Verzoek = { method: 'GET' | 'POST'; pad: string; body?: unknown };

export async function inloggen(base: string, gebruikersnaam: string): Promise<Sessie> {
  const res = await fetch(`${base}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }),
  });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { base, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken };
}

/** Sends the requests from a second process; fails with the first failing request. */
export function laatLos(sessie: Sessie, verzoeken: Verzoek[], gelijktijdig = 1): Promise<Figuren> {
  return new Promise((resolve, reject) => {
    const kind = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'belasting.ts')],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let uit = '';
    kind.stdout.on('data', (d) => {
      uit += d;
    });
    kind.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`belasting stopte met ${code}`));
      const figuren = JSON.parse(uit) as Figuren;
      if (figuren.fouten > 0)
        return reject(new Error(`${figuren.fouten} verzoeken mislukten; de eerste: ${figuren.eersteFout}`));
      resolve(figuren);
    });
    kind.stdin.end(JSON.stringify({ ...sessie, verzoeken, gelijktijdig }));
  });
}

/**
 * The app's database (a throw-away PostgreSQL cluster over its Unix socket, or PGlite in a
 * temp folder), and a database for the direct statements: on PostgreSQL one connection of
 * its own, on PGlite the same one (it has only one).
 */
export async function openBenchDb(
  soort: Soort,
  bewaar?: string,
): Promise<{ database: Database; direct: Database; url?: string; opruimen(): Promise<void> }> {
  if (soort === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'stadspunt-bench-'));
    const database = await openPglite(dir);
    return {
      database,
      direct: database,
      opruimen: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const cluster = await startPostgresCluster({ bewaar });
  const direct = await openPostgres(cluster.socketUrl, 1);
  return {
    database: await openPostgres(cluster.socketUrl, 40),
    direct,
    url: cluster.socketUrl,
    opruimen: async () => {
      await direct.close();
      await cluster.stop();
    },
  };
}

/**
 * Runs a benchmark against the real app: a database of the kind, the app started on it
 * (without demo contacts, unless the settings ask for them) and served on loopback, and a
 * session of the given employee.
 */
export async function metApp<T>(
  soort: Soort,
  gebruikersnaam: string,
  doe: (omgeving: {
    database: Database;
    direct: Database;
    url?: string;
    sessie: Sessie;
    runtime: Runtime;
  }) => Promise<T>,
  extra: { instellingen?: Record<string, string>; logger?: Logger; bewaar?: string } = {},
): Promise<T> {
  const { database, direct, url, opruimen } = await openBenchDb(soort, extra.bewaar);
  const runtime = await startRuntime(loadConfig({ DEMO_KLANTCONTACTEN: '0', ...extra.instellingen }), {
    database,
    logger: extra.logger ?? pino({ level: 'silent' }),
  });
  const server = serve({ fetch: createApp(runtime).fetch, port: 0, hostname: '127.0.0.1' });
  // Longer than a measurement takes: this process's own fetch must not reuse a connection the server just closed.
  (server as import('node:http').Server).keepAliveTimeout = 600_000;
  try {
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return await doe({ database, direct, url, runtime, sessie: await inloggen(base, gebruikersnaam) });
  } finally {
    server.close();
    await runtime.stop();
    await database.close();
    await opruimen();
  }
}
