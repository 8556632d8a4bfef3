import { createWriteStream, existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { Config } from '../config';
import { neemDatamap } from '../db/slot';
import { openIngebouwd, telMigraties, vereisIngebouwd } from './ingebouwd';

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/**
 * A backup of the embedded database: PGlite's tarball of the data folder (gzip), taken after a
 * checkpoint with the server stopped. Written under a temporary name first, so a backup that
 * breaks off never passes for a whole one.
 */
export async function maakBackup(config: Pick<Config, 'databaseUrl' | 'dataDir'>, bestand: string) {
  vereisIngebouwd(config, 'pg_dump -Fc -f <bestand> "$DATABASE_URL"');
  if (existsSync(bestand))
    throw new Error(`${bestand} bestaat al. Kies een andere naam: een back-up overschrijft niets.`);
  if (!existsSync(path.join(config.dataDir, 'PG_VERSION')))
    throw new Error(`In ${config.dataDir} staat geen database (DATA_DIR).`);
  const slot = neemDatamap(config.dataDir);
  try {
    const db = await openIngebouwd(config.dataDir);
    try {
      await db.exec('checkpoint');
      const migraties = await telMigraties(db);
      const tarball = await db.dumpDataDir('gzip');
      const deel = `${bestand}.deel`;
      await pipeline(Readable.fromWeb(tarball.stream() as ReadableStream), createWriteStream(deel));
      renameSync(deel, bestand);
      return `Back-up gemaakt: ${bestand} (${mb(statSync(bestand).size)} MB, ${migraties} migraties).`;
    } finally {
      await db.close();
    }
  } finally {
    slot.geefVrij();
  }
}
