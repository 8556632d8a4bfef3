import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './client';

/** Writes many rows in portions of 500: one statement per portion stays well under the parameter limit. */
export async function inPorties<T>(rijen: T[], schrijf: (portie: T[]) => Promise<unknown>) {
  for (let i = 0; i < rijen.length; i += 500) await schrijf(rijen.slice(i, i + 500));
}

/**
 * Writes any number of rows in one statement: the rows travel as one JSON parameter that the
 * database unpacks (`jsonb_to_recordset`), so thousands of rows cost one round trip and no
 * statement with thousands of parameters to build. Every column is written: one a row leaves out
 * is null, not its default.
 */
export async function inEenKeer<T extends PgTable>(db: Queryable, tabel: T, rij: T['$inferInsert'][]) {
  if (rij.length === 0) return;
  const kolommen = Object.entries(getTableColumns(tabel)) as [string, PgColumn][];
  const namen = sql.join(
    kolommen.map(([, k]) => sql.identifier(k.name)),
    sql`, `,
  );
  const typen = sql.raw(kolommen.map(([, k]) => `"${k.name}" ${k.getSQLType()}`).join(', '));
  const json = rij.map((r) =>
    Object.fromEntries(kolommen.map(([veld, k]) => [k.name, (r as Record<string, unknown>)[veld] ?? null])),
  );
  await db.execute(
    sql`insert into ${tabel} (${namen}) select ${namen} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as x(${typen})`,
  );
}
