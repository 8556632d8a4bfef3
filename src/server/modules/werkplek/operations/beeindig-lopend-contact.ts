import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { vereisEigenLopendContact } from '../../../policies';
import { lopendContact } from '../schema';

/** The contact was registered or discarded: its draft goes. */
export async function beeindigLopendContact(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const [rij] = await ctx.db
    .delete(lopendContact)
    .where(and(eq(lopendContact.id, id), eq(lopendContact.medewerkerId, actor.id as string)))
    .returning({ medewerkerId: lopendContact.medewerkerId });
  vereisEigenLopendContact(actor, rij);
}
