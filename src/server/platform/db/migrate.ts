import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { inProject } from '../projectmap';
import type { Database } from './client';

export const migrationsFolder = inProject('drizzle');
const MIGRATION_LOCK = 7_301_2026;

export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // Several instances may start at once against one PostgreSQL: one migrates, the others wait.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await migrateNodePg(tx as never, { migrationsFolder });
  });
}

export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
  return journal.entries.length;
}

export async function appliedMigrationCount(database: Database): Promise<number> {
  const { rows } = await database.raw.executeSql(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
    [],
  );
  return rows[0].n;
}
