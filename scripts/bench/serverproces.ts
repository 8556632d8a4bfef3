// The real server as its own process, as `npm start` runs it (without the web build): for the
// benchmarks that time its start, kill it, or restart it, and for the tests that stop it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The compiled server that `npm start` runs: `node dist/server/main.js`. */
export const SERVER = 'dist/server/main.js';

/** Builds the server as `npm start` does, when a source file is newer than the build. */
export function bouwServer(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { stdio: 'inherit' });
}

export function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function wachtOpKlaar(url: string, proces: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const einde = Date.now() + timeoutMs;
  while (Date.now() < einde) {
    if (proces.exitCode !== null || proces.signalCode !== null)
      throw new Error(`server stopte (${proces.exitCode ?? proces.signalCode})`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server niet klaar binnen ${timeoutMs} ms`);
}

export const rssMb = (pid: number) => {
  const regel = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return regel ? Math.round(Number(regel[1]) / 1024) : Number.NaN;
};

export interface ServerProces {
  proces: ChildProcess;
  base: string;
  /** Ends the process with this signal and waits until it is gone. */
  stop(signaal?: NodeJS.Signals): Promise<void>;
}

/** Starts the server on a port of 127.0.0.1 with these settings, and waits until it is ready. */
export async function startServer(env: Record<string, string>, poort?: number): Promise<ServerProces> {
  const port = poort ?? (await vrijePoort());
  const base = `http://127.0.0.1:${port}`;
  bouwServer();
  const proces = spawn(process.execPath, [SERVER], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1', BASE_URL: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await wachtOpKlaar(`${base}/health/ready`, proces);
  return {
    proces,
    base,
    async stop(signaal = 'SIGTERM') {
      if (proces.exitCode !== null || proces.signalCode !== null) return;
      const gestopt = new Promise((r) => proces.once('exit', r));
      proces.kill(signaal);
      await gestopt;
    },
  };
}
