import { and, count, desc, eq, gte, isNotNull } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context';
import { productTeamSql } from '../../catalogus/producten';
import { klantcontact, vraag } from '../schema';

/** The subjects asked most in the last 90 days: the agent's one-click choices. */
export async function veelgevraagd(ctx: AppContext, aantal = 8) {
  const sinds = new Date(ctx.now().getTime() - 90 * 86_400_000);
  return ctx.db
    .select({
      id: vraag.productId,
      naam: vraag.onderwerp,
      teamId: productTeamSql(vraag.productId),
      aantal: count(),
    })
    .from(vraag)
    .innerJoin(klantcontact, eq(klantcontact.id, vraag.klantcontactId))
    .where(and(isNotNull(vraag.productId), gte(klantcontact.start, sinds)))
    .groupBy(vraag.productId, vraag.onderwerp)
    .orderBy(desc(count()))
    .limit(aantal);
}
