import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Queryable } from '../../platform/db/client';
import { nietGevonden } from '../../platform/http/problem';
import { partij } from './schema';

export interface TijdlijnItem {
  type: string;
  id: string;
  partijId: string;
  tijdstip: string;
  kanaal: string | null;
  titel: string;
  omschrijving: string;
  status: string | null;
  door: string | null;
}

export interface TijdlijnFilter {
  kanaal?: string;
  type?: string;
}

/**
 * A module that has something to show on a party's timeline registers a source; the
 * timeline merges them without knowing the modules.
 */
export interface TijdlijnBron {
  type: string;
  lees(db: Queryable, partijIds: string[], filter: TijdlijnFilter, limiet: number): Promise<TijdlijnItem[]>;
  tel(db: Queryable, partijIds: string[], filter: TijdlijnFilter): Promise<number>;
}

const bronnen = new Map<string, TijdlijnBron>();

export function registerTijdlijnBron(bron: TijdlijnBron): void {
  bronnen.set(bron.type, bron);
}

export const tijdlijnTypes = () => [...bronnen.keys()];

/** The party and, for an organisation, its contact persons. */
async function betrokkenen(db: Queryable, partijId: string): Promise<string[]> {
  const [p] = await db.select({ soort: partij.soort }).from(partij).where(eq(partij.id, partijId));
  if (!p) throw nietGevonden('Deze partij');
  if (p.soort !== 'organisatie') return [partijId];
  const personen = await db.select({ id: partij.id }).from(partij).where(eq(partij.organisatieId, partijId));
  return [partijId, ...personen.map((c) => c.id)];
}

export async function leesTijdlijn(
  ctx: AppContext,
  partijId: string,
  filter: TijdlijnFilter,
  page: number,
  pageSize: number,
) {
  const ids = await betrokkenen(ctx.db, partijId);
  const actief = [...bronnen.values()].filter((b) => !filter.type || b.type === filter.type);
  const tot = page * pageSize;
  const [lijsten, aantallen] = await Promise.all([
    Promise.all(actief.map((b) => b.lees(ctx.db, ids, filter, tot))),
    Promise.all(actief.map((b) => b.tel(ctx.db, ids, filter))),
  ]);
  const items = lijsten
    .flat()
    .sort((a, b) => b.tijdstip.localeCompare(a.tijdstip))
    .slice(tot - pageSize, tot);
  return { items, total: aantallen.reduce((a, b) => a + b, 0), page, pageSize };
}
