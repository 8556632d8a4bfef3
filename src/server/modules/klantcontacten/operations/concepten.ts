import { and, desc, eq, gte } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { klantcontact } from '../schema';
import { getKlantcontact } from './lees-klantcontact';

/** The agent's own drafts of the last 24 hours (the API refuses completing them after the day ends). */
export async function listConcepten(ctx: AppContext, actor: Actor) {
  if (!actor.id) return [];
  const sinds = new Date(ctx.now().getTime() - 24 * 3_600_000);
  const rijen = await ctx.db
    .select({ id: klantcontact.id })
    .from(klantcontact)
    .where(
      and(
        eq(klantcontact.medewerkerId, actor.id),
        eq(klantcontact.status, 'concept'),
        gte(klantcontact.start, sinds),
      ),
    )
    .orderBy(desc(klantcontact.start))
    .limit(50);
  return Promise.all(rijen.map((r) => getKlantcontact(ctx.db, r.id)));
}
