import type { Db } from '../db/client';
import { melding } from './schema';

export interface NieuweMelding {
  medewerkerId: string;
  /** Unique per cause (e.g. the event id): a retried job notifies once. */
  sleutel: string;
  titel: string;
  tekst?: string;
  link?: string;
}

export async function meld(db: Db, m: NieuweMelding): Promise<void> {
  await db.insert(melding).values(m).onConflictDoNothing();
}
