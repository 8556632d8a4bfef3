import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { nietGevonden } from '../../platform/http/problem';
import { partij } from './schema';

/** For other modules that refer to a party: its display name, or 404. */
export async function partijNaam(db: Queryable, id: string): Promise<string> {
  const [p] = await db.select({ naam: partij.naam }).from(partij).where(eq(partij.id, id));
  if (!p) throw nietGevonden('Deze partij');
  return p.naam;
}

/** A party's display name as an SQL expression, for another module's RETURNING clause. */
export const partijNaamSql = (partijId: SQL | AnyColumn) =>
  sql<string | null>`(select ${partij.naam} from ${partij} where ${partij.id} = ${partijId})`;
