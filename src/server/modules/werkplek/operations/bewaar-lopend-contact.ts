import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { vereisEigenLopendContact } from '../../../policies';
import { lopendContact } from '../schema';
import type { LopendContactInhoud } from '../schemas';
import { lopendContactUit } from './lees-lopend-contact';

/** Saves what the employee typed so far (the screen calls this after a pause in typing). */
export async function bewaarLopendContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  inhoud: LopendContactInhoud,
) {
  const [rij] = await ctx.db
    .update(lopendContact)
    .set({ inhoud, gewijzigd: ctx.now() })
    .where(and(eq(lopendContact.id, id), eq(lopendContact.medewerkerId, actor.id as string)))
    .returning();
  return lopendContactUit(vereisEigenLopendContact(actor, rij));
}
