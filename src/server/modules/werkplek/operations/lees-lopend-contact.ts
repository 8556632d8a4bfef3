import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { Queryable } from '../../../platform/db/client';
import { vereisEigenLopendContact } from '../../../policies';
import { lopendContact } from '../schema';
import type { LopendContactInhoud } from '../schemas';

export const lopendContactUit = (rij: typeof lopendContact.$inferSelect) => ({
  id: rij.id,
  partijId: rij.partijId,
  start: rij.start.toISOString(),
  gewijzigd: rij.gewijzigd.toISOString(),
  inhoud: rij.inhoud as LopendContactInhoud,
});

/** The employee's own running contact; someone else's answers 404. */
export async function leesLopendContact(db: Queryable, actor: Actor, id: string) {
  const [rij] = await db.select().from(lopendContact).where(eq(lopendContact.id, id));
  return lopendContactUit(vereisEigenLopendContact(actor, rij));
}
