import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { partijNaam } from '../../partijen/bestaat';
import { lopendContact } from '../schema';
import type { LopendContactInvoer } from '../schemas';
import { lopendContactUit } from './lees-lopend-contact';

/**
 * The employee starts a contact at the desk: it replaces their previous running contact (a
 * new id, so an old tab's URL no longer reaches it). Only employees reach the route.
 */
export async function beginLopendContact(ctx: AppContext, actor: Actor, invoer: LopendContactInvoer) {
  if (invoer.partijId) await partijNaam(ctx.db, invoer.partijId);
  const nu = ctx.now();
  const waarden = {
    medewerkerId: actor.id as string,
    partijId: invoer.partijId,
    start: invoer.start ? new Date(invoer.start) : nu,
    inhoud: invoer.inhoud,
    gewijzigd: nu,
  };
  const [rij] = await ctx.db
    .insert(lopendContact)
    .values(waarden)
    .onConflictDoUpdate({
      target: lopendContact.medewerkerId,
      set: { ...waarden, id: sql`gen_random_uuid()` },
    })
    .returning();
  return lopendContactUit(rij);
}
