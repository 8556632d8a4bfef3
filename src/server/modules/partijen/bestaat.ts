import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { type Sleutel, scalar } from '../../platform/db/deelvraag';
import { nietGevonden } from '../../platform/http/problem';
import { contactgegeven, partij } from './schema';

/** For other modules that refer to a party: its display name, or 404. */
export async function partijNaam(db: Queryable, id: string): Promise<string> {
  const [p] = await db.select({ naam: partij.naam }).from(partij).where(eq(partij.id, id));
  if (!p) throw nietGevonden('Deze partij');
  return p.naam;
}

/** A party's display name, null when there is none with this id: for another module's statement. */
export const partijNaamSql = (partijId: Sleutel) =>
  scalar<string | null>(sql`select ${partij.naam} from ${partij} where ${partij.id} = ${partijId}`);

/** A party's name with its first recorded phone number and e-mail address, or 404. */
export async function bereikbaarheid(db: Queryable, id: string) {
  const naam = await partijNaam(db, id);
  const gegevens = await db
    .select({ soort: contactgegeven.soort, waarde: contactgegeven.waarde })
    .from(contactgegeven)
    .where(eq(contactgegeven.partijId, id))
    .orderBy(contactgegeven.id);
  return {
    naam,
    telefoon: gegevens.find((g) => g.soort === 'telefoon')?.waarde ?? null,
    email: gegevens.find((g) => g.soort === 'email')?.waarde ?? null,
  };
}

/** A party's BSN, if it is a person known by one: for a check against the BRP (such as geheimhouding). */
export async function partijBsn(db: Queryable, id: string): Promise<string | null> {
  const [p] = await db.select({ bsn: partij.bsn }).from(partij).where(eq(partij.id, id));
  return p?.bsn ?? null;
}
