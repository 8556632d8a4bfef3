import { asc } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { type Kalender, standaardOpeningstijden } from './rules';
import { sluitingsdag } from './schema';

/** The municipality's calendar as stored: legal holidays come from the rules, closing days from here. */
export async function loadKalender(db: Queryable): Promise<Kalender> {
  const rijen = await db
    .select({ datum: sluitingsdag.datum })
    .from(sluitingsdag)
    .orderBy(asc(sluitingsdag.datum));
  return { openingstijden: standaardOpeningstijden, sluitingsdagen: new Set(rijen.map((r) => r.datum)) };
}
