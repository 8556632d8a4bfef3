import { mkdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Queryable = Db | Tx;

/** Plain SQL with `$n` parameters, as pg-boss and the benchmarks speak it. */
export interface SqlClient {
  // biome-ignore lint/suspicious/noExplicitAny: rows are untyped here, as in pg-boss's Db interface
  executeSql(text: string, values?: unknown[], naam?: string): Promise<{ rows: any[] }>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  raw: SqlClient;
  close(): Promise<void>;
}

/**
 * PGlite's buffer pool lives in its WebAssembly memory, which never shrinks: PostgreSQL's default
 * of 128 MB is about 130 MB of resident memory from the start. The one backend reads the pages
 * beyond 16 MB from the operating system's file cache instead, which cost about 5 % more CPU
 * time on a desk query mix over 400,000 contacts (600 MB of data).
 */
const PGLITE_INSTELLINGEN = ['-c', 'shared_buffers=16MB'];

/**
 * V8 compiles WebAssembly quickly first and optimises a function once it has run a while. At
 * the default budget that optimising starts during PGlite's own start-up and the first queries
 * (0.7 s of CPU, 0.4 s and 10-20 MB of the warm start); at 100 times the budget the functions
 * that stay hot are optimised all the same, after the start (a query mix takes the same CPU time
 * after the first thousand queries or so).
 */
const WASM_OPTIMALISEER_BUDGET = 180_000_000;

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  setFlagsFromString(`--wasm-tiering-budget=${WASM_OPTIMALISEER_BUDGET}`);
  const client = await PGlite.create(dataDir ?? 'memory://', {
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_INSTELLINGEN],
  });
  const raw: SqlClient = {
    // pg-boss sends multi-statement scripts without parameters; only exec() runs those.
    async executeSql(text, values = []) {
      if (values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { kind: 'pglite', db, raw, close: () => client.close() };
}

export async function openPostgres(url: string, max = 20): Promise<Database> {
  // Without JIT: our heaviest statements (organisation-wide aggregates) took longer to
  // compile than to run, and the short OLTP statements never gain from it.
  // Fail fast while the database is away (503, not a hanging request), and survive the error an
  // idle connection raises when the server goes: the pool makes new ones when it is back.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: '-c jit=off',
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => {});
  // A connection checked out for a transaction raises the same error on the client itself; its
  // query fails anyway, and without a listener Node would stop the whole server.
  pool.on('connect', (client) => client.on('error', () => {}));
  await pool.query('select 1');
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  const raw: SqlClient = {
    executeSql: (text, values = [], name) => pool.query({ text, values, name }),
  };
  return { kind: 'postgres', db, raw, close: () => pool.end() };
}

export function openDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

/** Rows of a hand-written statement, on both drivers (both return `{ rows }`). */
export async function rijen<T>(db: Queryable, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const dialect = new PgDialect();

/**
 * A hot statement as a named prepared statement: PostgreSQL plans it once per connection.
 * Runs outside any transaction, so it must be atomic by itself.
 */
export async function voorbereid<T>(database: Database, naam: string, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await database.raw.executeSql(text, params, naam)).rows;
}

/** Runs in the caller's transaction when there is one, else in a new one: operations compose. */
export const inTransactie = <T>(db: Db, tx: Tx | undefined, werk: (tx: Tx) => Promise<T>): Promise<T> =>
  tx ? werk(tx) : db.transaction(werk);
