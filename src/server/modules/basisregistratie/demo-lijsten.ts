import { asc } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { volledigeNaam } from './bronnen';
import { brpPersoon, hrVestiging } from './schema';

/** Persons and companies of the embedded sources, for other modules' demo data. */
export async function demoPersonen(db: Queryable, aantal: number) {
  const rijen = await db.select().from(brpPersoon).orderBy(asc(brpPersoon.bsn)).limit(aantal);
  return rijen.map((r) => ({ bsn: r.bsn, naam: volledigeNaam(r) }));
}

export async function demoVestigingen(db: Queryable, aantal: number) {
  const rijen = await db.select().from(hrVestiging).orderBy(asc(hrVestiging.vestigingsnummer)).limit(aantal);
  return rijen.map((v) => ({ ...v, naam: v.handelsnamen[0] }));
}
