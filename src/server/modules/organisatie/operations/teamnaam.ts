import { and, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { conflict } from '../../../platform/http/problem';
import { team } from '../schema';

export async function assertTeamnaamVrij(db: Queryable, naam: string, behalveId?: string): Promise<void> {
  const zelfde = sql`lower(${team.naam}) = lower(${naam})`;
  const [bestaand] = await db
    .select({ id: team.id })
    .from(team)
    .where(behalveId ? and(zelfde, ne(team.id, behalveId)) : zelfde);
  if (bestaand) throw conflict(`Er is al een team met de naam "${naam}".`);
}
