import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const INSTRUCTIE =
  "PostgreSQL ≥ 15 server binaries not found: run 'apt-get install -y postgresql-15' (or set PG_BIN)";

export interface PostgresCluster {
  url: string;
  /** The same server over its Unix socket: what an app on the database host would use. */
  socketUrl: string;
  /** The postmaster's process id (the crash test kills it). */
  postmaster(): number;
  /** Starts the server again on the same data, after it was killed. */
  herstart(): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOpties {
  /**
   * Commits that survive a crash of the server: what the crash test needs. Without it, the
   * test cluster trades durability for speed (fsync and synchronous commit off).
   */
  duurzaam?: boolean;
  /**
   * A folder whose cluster outlives the run (benchmarks that load millions of rows once): made
   * by the first run, started again by the next ones, and stopped cleanly instead of removed.
   */
  bewaar?: string;
}

function binDir(): string {
  const kandidaten = [
    process.env.PG_BIN,
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => Number(v) >= 15)
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  const gevonden = kandidaten.find((d): d is string => Boolean(d && existsSync(path.join(d, 'initdb'))));
  if (!gevonden) throw new Error(INSTRUCTIE);
  return gevonden;
}

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

/** initdb refuses to run as root: then the cluster belongs to the system user postgres. */
function alsEigenaar(bin: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/** A throw-away cluster for one test run: temp dir, free loopback port, gone at stop. */
export async function startPostgresCluster(opties: ClusterOpties = {}): Promise<PostgresCluster> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'stadspunt-pg-'));
  const eigenaar = () => Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  if (process.getuid?.() === 0) chownSync(dir, eigenaar(), 0);
  if (opties.bewaar) {
    mkdirSync(opties.bewaar, { recursive: true });
    if (process.getuid?.() === 0) chownSync(opties.bewaar, eigenaar(), 0);
  }
  const data = path.join(opties.bewaar ?? dir, 'data');
  const bestaat = existsSync(path.join(data, 'PG_VERSION'));
  const port = await vrijePoort();
  const pgCtl = (...args: string[]) => alsEigenaar(path.join(bin, 'pg_ctl'), args);
  if (!bestaat)
    await run(
      ...alsEigenaar(path.join(bin, 'initdb'), [
        '-D',
        data,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
      ]),
    );
  const instellingen = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    ...(opties.duurzaam ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    '-c max_connections=200',
    '-c shared_buffers=128MB',
  ].join(' ');
  const start = () =>
    run(...pgCtl('-D', data, '-l', path.join(dir, 'log'), '-o', instellingen, '-w', 'start'));
  try {
    await start();
  } catch (error) {
    const log = existsSync(path.join(dir, 'log'))
      ? readFileSync(path.join(dir, 'log'), 'utf8').slice(-2000)
      : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
  }
  // A kept cluster stops cleanly, so the next run starts without recovery.
  const stopwijze = opties.bewaar ? 'fast' : 'immediate';
  let gestopt = false;
  const stopSync = () => {
    if (gestopt) return;
    gestopt = true;
    const [cmd, args] = pgCtl('-D', data, '-m', stopwijze, 'stop');
    execFileSync(cmd, args, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed or interrupted test run leaves no cluster behind.
  process.once('exit', stopSync);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    socketUrl: `postgres://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`,
    postmaster: () => Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    async herstart() {
      await start();
    },
    async stop() {
      if (gestopt) return;
      gestopt = true;
      process.off('exit', stopSync);
      await run(...pgCtl('-D', data, '-m', stopwijze, 'stop'));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
