import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { inject } from 'vitest';
import { createApp } from '../app';
import { type Runtime, startRuntime } from '../bootstrap';
import { DEMO_WACHTWOORD } from '../modules/organisatie/demo';
import { type Config, loadConfig } from '../platform/config';
import { type Database, openPglite, openPostgres, type Queryable, rijen } from '../platform/db/client';
import { migrate } from '../platform/db/migrate';
import type { SmsProvider } from '../platform/sms/sms';

export const dbKind = (process.env.STADSPUNT_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh database for one test file: in-memory PGlite, or a copy of the migrated template on the test cluster. */
export async function freshDatabase(): Promise<{ database: Database; url?: string }> {
  if (dbKind === 'pglite') {
    const database = await openPglite(undefined);
    await migrate(database);
    return { database };
  }
  const clusterUrl = inject('postgresUrl');
  const naam = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = await openPostgres(clusterUrl, 1);
  await admin.raw.executeSql(`create database ${naam} template stadspunt_template`);
  await admin.close();
  const url = clusterUrl.replace(/\/postgres$/, `/${naam}`);
  return { database: await openPostgres(url, 10), url };
}

export interface TestOmgeving {
  runtime: Runtime;
  config: Config;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  /** A second app instance on the same database, as a second server process would be. */
  tweedeInstantie(overrides?: Partial<Config>): Promise<Runtime>;
  login(gebruikersnaam: string, wachtwoord?: string): Promise<TestClient>;
  anoniem(): TestClient;
  stop(): Promise<void>;
}

export async function testOmgeving(
  overrides: Partial<Config> = {},
  opties: { sms?: SmsProvider } = {},
): Promise<TestOmgeving> {
  const { database, url } = await freshDatabase();
  const clock = { now: new Date() };
  const documenten = mkdtempSync(path.join(tmpdir(), 'stadspunt-documenten-'));
  const config = {
    ...loadConfig({
      DOCUMENTEN_MAP: documenten,
      BASE_URL: 'http://localhost:8080',
      DEMO_KLANTCONTACTEN: '300',
      PERIODIEKE_TAKEN: 'false',
      // No KTO invitations unless a test asks: they would add mails to what other tests count.
      KTO_STEEKPROEF: '0',
    }),
    ...overrides,
  };
  const runtime = await startRuntime(config, {
    ...opties,
    database,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
  });
  const app = createApp(runtime);
  const omgeving: TestOmgeving = {
    runtime,
    config,
    app,
    clock,
    tweedeInstantie: (extra = {}) =>
      url
        ? startRuntime(
            { ...config, ...extra, databaseUrl: url, seedDemo: false },
            { logger: pino({ level: 'silent' }) },
          )
        : startRuntime(
            { ...config, ...extra, seedDemo: false },
            { database, logger: pino({ level: 'silent' }) },
          ),
    anoniem: () => new TestClient(app),
    async login(gebruikersnaam, wachtwoord = DEMO_WACHTWOORD) {
      const client = new TestClient(app);
      const res = await client.post('/api/v1/sessie', { gebruikersnaam, wachtwoord });
      if (res.status !== 200)
        throw new Error(`inloggen als ${gebruikersnaam} mislukt: ${res.status} ${await res.text()}`);
      return client;
    },
    async stop() {
      await runtime.stop();
      await database.close();
      rmSync(documenten, { recursive: true, force: true });
    },
  };
  return omgeving;
}

type Fetcher = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** Talks to the app in-process like a browser would: session cookie plus CSRF header. */
export class TestClient {
  cookie?: string;
  csrfToken?: string;
  headers: Record<string, string> = {};

  constructor(private readonly app: Fetcher) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...this.headers, ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    let payload: string | FormData | undefined;
    // A form (a file upload) sets its own content type with the multipart boundary.
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(path, { method, headers, body: payload });
    const gezet = res.headers.getSetCookie().find((k) => k.startsWith('stadspunt_sessie='));
    if (gezet) this.cookie = gezet.split(';')[0];
    if (path === '/api/v1/sessie' && method === 'POST' && res.status === 200) {
      this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  get = (path: string, extra?: Record<string, string>) => this.request('GET', path, undefined, extra);
  post = (path: string, body?: unknown, extra?: Record<string, string>) =>
    this.request('POST', path, body, extra);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

/** Wait until a condition holds (jobs run asynchronously); fails with the last value seen. */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const einde = Date.now() + timeoutMs;
  let laatste = await probe();
  while (!ok(laatste)) {
    if (Date.now() > einde)
      throw new Error(`voorwaarde niet bereikt; laatste waarde: ${JSON.stringify(laatste)}`);
    await new Promise((r) => setTimeout(r, 100));
    laatste = await probe();
  }
  return laatste;
}

/** Wait until the outbox has nothing left to run: every event's jobs completed (or failed for good). */
export async function outboxAfgehandeld(db: Queryable, timeoutMs = 10_000): Promise<void> {
  await eventually(
    async () =>
      (
        await rijen<{ n: number }>(
          db,
          sql`select count(*)::int as n from pgboss.job where name = 'gebeurtenis' and state in ('created', 'retry', 'active')`,
        )
      )[0].n,
    (n) => n === 0,
    timeoutMs,
  );
}

/** The JSON body of a response, typed by the test. */
export const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

/** Team ids by name, as the demo municipality has them. */
export async function teamsOpNaam(client: TestClient): Promise<Record<string, string>> {
  const lijst = await json<{ items: { id: string; naam: string }[] }>(
    client.get('/api/v1/teams?pageSize=100'),
  );
  return Object.fromEntries(lijst.items.map((t) => [t.naam, t.id]));
}
