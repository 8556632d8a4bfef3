import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Config } from '../config';

/** The embedded database of a data folder, opened as the server opens it. */
export const openIngebouwd = (map: string, opties: PGliteOptions = {}) =>
  PGlite.create(map, { ...opties, extensions: { pg_trgm } });

export async function telMigraties(db: PGlite): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return rows[0].n;
}

/** On PostgreSQL the database's own tools make and restore backups; the CLI says which command. */
export function vereisIngebouwd(config: Pick<Config, 'databaseUrl'>, commando: string): void {
  if (config.databaseUrl)
    throw new Error(
      `Stadspunt gebruikt PostgreSQL (DATABASE_URL); gebruik daarvoor ${commando} (zie README, Betrouwbaarheid).`,
    );
}
