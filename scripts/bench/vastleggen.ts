// "The same SQL run directly": the statements one API request sent to the database, recorded at
// the driver (node-postgres or PGlite), to be run again without the app in between.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../../src/server/platform/db/client';
import { laatLos, type Sessie, type Verzoek } from './app';
import { percentiel, rond, tijd } from './meten';

export type Statement = [text: string, values: unknown[]];

/** pg-boss's own polling runs beside the request; it is not part of the request's work. */
const vanAchtergrond = (text: string) =>
  /skip locked|pgboss\.(version|schedule|subscription)|pg_advisory/i.test(text);

/** Records every statement the drivers send while `doe` runs. */
export async function legVast<T>(doe: () => Promise<T>): Promise<{ uit: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const neem = (text: unknown, values: unknown) => {
    const t = typeof text === 'string' ? text : (text as { text: string }).text;
    const v = (Array.isArray(values) ? values : ((text as { values?: unknown[] }).values ?? [])) as unknown[];
    if (t && !vanAchtergrond(t)) statements.push([t, v]);
  };
  const pgQuery = pg.Client.prototype.query;
  const liteQuery = PGlite.prototype.query;
  const liteTransactie = PGlite.prototype.transaction;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    neem(args[0], args[1]);
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
  PGlite.prototype.query = function (this: PGlite, text: string, values?: unknown[], o?: unknown) {
    neem(text, values);
    return liteQuery.call(this, text, values, o as never);
  } as typeof liteQuery;
  PGlite.prototype.transaction = function (this: PGlite, fn: (tx: never) => Promise<unknown>) {
    return liteTransactie.call(this, (tx) => {
      neem('BEGIN', []);
      const opgenomen = new Proxy(tx, {
        get(doel, k) {
          if (k !== 'query') return Reflect.get(doel, k);
          return (text: string, values?: unknown[], o?: unknown) => {
            neem(text, values);
            return doel.query(text, values, o as never);
          };
        },
      });
      return fn(opgenomen as never).then((uit) => {
        neem('COMMIT', []);
        return uit;
      });
    });
  } as typeof liteTransactie;
  try {
    return { uit: await doe(), statements };
  } finally {
    pg.Client.prototype.query = pgQuery;
    PGlite.prototype.query = liteQuery;
    PGlite.prototype.transaction = liteTransactie;
  }
}

/** Runs recorded statements one after the other on one connection. */
export async function speelAf(db: Database, statements: Statement[]): Promise<void> {
  for (const [text, values] of statements) await db.raw.executeSql(text, values);
}

/** One request from this process to the in-process server, with the statements it sent. */
export async function vastgelegd(sessie: Sessie, v: Verzoek) {
  const { uit, statements } = await legVast(async () => {
    const res = await fetch(`${sessie.base}${v.pad}`, {
      method: v.method,
      headers: {
        cookie: sessie.cookie,
        'x-csrf-token': sessie.csrfToken,
        'content-type': 'application/json',
      },
      body: v.body === undefined ? undefined : JSON.stringify(v.body),
    });
    if (res.status >= 400) throw new Error(`${v.method} ${v.pad}: ${res.status} ${await res.text()}`);
    return res.json();
  });
  return { uit, statements };
}

/** The requests through the API (from a second process) and the same statements run directly. */
export async function vergelijk(
  sessie: Sessie,
  direct: Database,
  verzoeken: Verzoek[],
  voorbeelden: Verzoek[],
) {
  const api = await laatLos(sessie, verzoeken);
  const sets: Statement[][] = [];
  for (const v of voorbeelden) sets.push((await vastgelegd(sessie, v)).statements);
  const tijden: number[] = [];
  for (let i = 0; i < verzoeken.length; i++)
    tijden.push((await tijd(() => speelAf(direct, sets[i % sets.length])))[0]);
  const sql = {
    p50: rond(percentiel(tijden, 50), 2),
    p95: rond(percentiel(tijden, 95), 2),
    statements: sets[0].length,
  };
  return { ...api, sql, verhouding: rond(sql.p95 / api.p95, 2) };
}
