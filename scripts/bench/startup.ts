import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function wachtOpKlaar(url: string, proces: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const einde = Date.now() + timeoutMs;
  while (Date.now() < einde) {
    if (proces.exitCode !== null) throw new Error(`server stopte met code ${proces.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server niet klaar binnen ${timeoutMs} ms`);
}

const rssMb = (pid: number) => {
  const regel = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return regel ? Math.round(Number(regel[1]) / 1024) : Number.NaN;
};

/** Spawns the real server (as `npm start` does, without the web build) and times it to /health/ready. */
async function start(dataDir: string): Promise<{ ms: number; rssMb: number }> {
  const port = await vrijePoort();
  const t0 = performance.now();
  const proces = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await wachtOpKlaar(`http://127.0.0.1:${port}/health/ready`, proces);
    const ms = Math.round(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 500));
    return { ms, rssMb: rssMb(proces.pid as number) };
  } finally {
    const gestopt = new Promise((r) => proces.once('exit', r));
    proces.kill('SIGTERM');
    await gestopt;
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
