import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { nietGevonden } from '../../platform/http/problem';
import { partij } from './schema';

/** For other modules that refer to a party: its display name, or 404. */
export async function partijNaam(db: Queryable, id: string): Promise<string> {
  const [p] = await db.select({ naam: partij.naam }).from(partij).where(eq(partij.id, id));
  if (!p) throw nietGevonden('Deze partij');
  return p.naam;
}
