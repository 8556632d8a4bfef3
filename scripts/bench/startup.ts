// npm run bench -- startup [--db pglite,postgres]
//
// Starts the compiled server (as `npm start` runs it) as its own process and times it to
// /health/ready: once on an empty database (migrations and the demo data), then three times on
// that database; the resident memory of the process after the last start. On PostgreSQL that
// is the Node process alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { startPostgresCluster } from '../test/postgres-cluster';
import { opties } from './meten';
import { rssMb, startServer } from './serverproces';

/** Starts the real server with these settings and times it to /health/ready. */
async function start(env: Record<string, string>): Promise<{ ms: number; rssMb: number }> {
  const server = await startServer(env);
  try {
    await new Promise((r) => setTimeout(r, 500));
    return { ms: server.startMs, rssMb: rssMb(server.proces.pid as number) };
  } finally {
    await server.stop();
  }
}

/** A cold start, then the median of three warm ones and the memory after the last. */
async function starts(naam: string, env: Record<string, string>) {
  const koud = await start(env);
  console.log(`${naam}: koude start (lege database, migraties en demodata): ${koud.ms} ms`);
  const warm = [await start(env), await start(env), await start(env)];
  const warmStartMs = warm.map((w) => w.ms).sort((a, b) => a - b)[1];
  const rss = warm[warm.length - 1].rssMb;
  console.log(`${naam}: warme start (mediaan van 3): ${warmStartMs} ms; geheugen na start: ${rss} MB`);
  return { coldStartMs: koud.ms, warmStartMs, rssMb: rss };
}

async function pgliteOpenMs(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const db = await PGlite.create(dataDir);
  await db.query('select count(*) from medewerker');
  const ms = Math.round(performance.now() - t0);
  await db.close();
  return ms;
}

/** The starts on a fresh embedded database, and the floor of opening PGlite alone. */
export async function startOpPglite() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-bench-'));
  try {
    const figuren = await starts('PGlite', { DATA_DIR: dataDir, DATABASE_URL: '' });
    const open = await pgliteOpenMs(dataDir);
    console.log(
      `alleen PGlite openen + één query (ondergrens): ${open} ms; verhouding warme start/ondergrens: ${(figuren.warmStartMs / open).toFixed(1)}`,
    );
    return { ...figuren, pgliteOpenMs: open };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgres() {
  const cluster = await startPostgresCluster();
  try {
    return await starts('PostgreSQL', { DATABASE_URL: cluster.url });
  } finally {
    await cluster.stop();
  }
}

export async function main(args: string[]): Promise<void> {
  const dbs = (opties(args).db ?? 'pglite,postgres').split(',');
  const embedded = dbs.includes('pglite') ? await startOpPglite() : {};
  const server = dbs.includes('postgres') ? { postgres: await postgres() } : {};
  console.log(JSON.stringify({ bench: 'startup', ...embedded, ...server }));
}
