import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiToken } from '../schema';

const MINUUT = 60_000;

/**
 * Moves `laatst_gebruikt` forward at most once a minute: most calls only read, and of several
 * instances seeing the same stale time only the first one's update matches.
 */
export async function markeerGebruikt(
  db: Db,
  token: { id: string; laatstGebruikt: Date | null },
  nu: Date,
): Promise<void> {
  const grens = new Date(nu.getTime() - MINUUT);
  if (token.laatstGebruikt && token.laatstGebruikt > grens) return;
  await db
    .update(apiToken)
    .set({ laatstGebruikt: nu })
    .where(
      and(
        eq(apiToken.id, token.id),
        or(isNull(apiToken.laatstGebruikt), lte(apiToken.laatstGebruikt, grens)),
      ),
    );
}
