import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { conflict } from '../../../platform/http/problem';
import { team } from '../schema';

const bezet = async (db: Queryable, zelfde: SQL, behalveId?: string) =>
  (
    await db
      .select({ id: team.id })
      .from(team)
      .where(behalveId ? and(zelfde, ne(team.id, behalveId)) : zelfde)
  ).length > 0;

/** Name and identificatie are each unique; the KCC flag moves to the team that gets it. */
export async function assertTeamVrij(
  db: Queryable,
  invoer: { naam?: string; identificatie?: string | null; kcc?: boolean },
  behalveId?: string,
): Promise<void> {
  if (invoer.naam && (await bezet(db, sql`lower(${team.naam}) = lower(${invoer.naam})`, behalveId)))
    throw conflict(`Er is al een team met de naam "${invoer.naam}".`);
  if (invoer.identificatie && (await bezet(db, eq(team.identificatie, invoer.identificatie), behalveId)))
    throw conflict(`Er is al een team met de identificatie "${invoer.identificatie}".`);
  if (invoer.kcc) await db.update(team).set({ kcc: false }).where(eq(team.kcc, true));
}
