import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { rssMb, startServer } from './serverproces';

/** Starts the real server on this data folder and times it to /health/ready. */
export async function start(dataDir: string): Promise<{ ms: number; rssMb: number }> {
  const t0 = performance.now();
  const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '' });
  try {
    const ms = Math.round(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 500));
    return { ms, rssMb: rssMb(server.proces.pid as number) };
  } finally {
    await server.stop();
  }
}

async function pgliteOpenMs(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const db = await PGlite.create(dataDir);
  await db.query('select count(*) from medewerker');
  const ms = Math.round(performance.now() - t0);
  await db.close();
  return ms;
}

export async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-bench-'));
  try {
    const koud = await start(dataDir);
    console.log(`koude start (lege database, migraties en demodata): ${koud.ms} ms`);
    const warm = [await start(dataDir), await start(dataDir), await start(dataDir)];
    const warmMs = warm.map((w) => w.ms).sort((a, b) => a - b)[1];
    const rss = warm[warm.length - 1].rssMb;
    console.log(`warme start (mediaan van 3): ${warmMs} ms; geheugen na start: ${rss} MB`);
    const open = await pgliteOpenMs(dataDir);
    console.log(
      `alleen PGlite openen + één query (ondergrens): ${open} ms; verhouding warme start/ondergrens: ${(warmMs / open).toFixed(1)}`,
    );
    console.log(
      JSON.stringify({
        bench: 'startup',
        coldStartMs: koud.ms,
        warmStartMs: warmMs,
        rssMb: rss,
        pgliteOpenMs: open,
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
