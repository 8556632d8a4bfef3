import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env';
import { sessie } from './schema';

/**
 * Remembers in the employee's session whose card is open: the policy layer lets the agent
 * read that party's contactverzoeken of other teams (their status, not the notes).
 */
export async function onthoudOpenKaart(c: Context<AppEnv>, partijId: string): Promise<void> {
  const tokenHash = c.get('sessieTokenHash');
  if (!tokenHash || c.get('actor')?.openPartijId === partijId) return;
  await c.get('ctx').db.update(sessie).set({ openPartijId: partijId }).where(eq(sessie.tokenHash, tokenHash));
}
