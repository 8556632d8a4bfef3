import { existsSync, openAsBlob, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { neemDatamap, SLOTBESTAND } from '../db/slot';
import { openIngebouwd, telMigraties, vereisIngebouwd } from './ingebouwd';

/** Inside the data folder, so the restored files move in on the same file system. */
const UITPAKKEN = '.terugzetten';

const geenBackup = (bestand: string, waarom: string) =>
  new Error(`${bestand} is geen back-up van Stadspunt (${waarom}).`);

/** The backup unpacked and opened in a folder of its own: a file that is no backup changes nothing. */
async function pakUit(bestand: string, doel: string): Promise<number> {
  rmSync(doel, { recursive: true, force: true });
  try {
    const db = await openIngebouwd(doel, { loadDataDir: await openAsBlob(bestand) }).catch((error: Error) => {
      throw geenBackup(bestand, error.message);
    });
    try {
      return await telMigraties(db).catch(() => {
        throw geenBackup(bestand, 'er staan geen migraties in');
      });
    } finally {
      await db.close();
    }
  } catch (error) {
    rmSync(doel, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Restores a backup into the data folder, with the server stopped. A folder that
 * holds a database is only replaced with `overschrijven`, and only after the backup was
 * unpacked and opened in full.
 */
export async function zetTerug(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  bestand: string,
  { overschrijven }: { overschrijven: boolean },
) {
  vereisIngebouwd(config, 'pg_restore --clean --if-exists --no-owner -d "$DATABASE_URL" <bestand>');
  if (!existsSync(bestand)) throw new Error(`${bestand} bestaat niet.`);
  const map = config.dataDir;
  const slot = neemDatamap(map);
  try {
    const oud = readdirSync(map).filter((naam) => naam !== SLOTBESTAND && naam !== UITPAKKEN);
    if (oud.length > 0 && !overschrijven)
      throw new Error(
        `De datamap ${map} is niet leeg. Gebruik --overschrijven om de database daarin te vervangen door de back-up.`,
      );
    const uitgepakt = path.join(map, UITPAKKEN);
    const migraties = await pakUit(bestand, uitgepakt);
    // Made by a process that held the folder: that claim does not come along.
    rmSync(path.join(uitgepakt, SLOTBESTAND), { force: true });
    for (const naam of oud) rmSync(path.join(map, naam), { recursive: true, force: true });
    for (const naam of readdirSync(uitgepakt)) renameSync(path.join(uitgepakt, naam), path.join(map, naam));
    rmdirSync(uitgepakt);
    return `Back-up ${bestand} teruggezet in ${map} (${migraties} migraties).`;
  } finally {
    slot.geefVrij();
  }
}
