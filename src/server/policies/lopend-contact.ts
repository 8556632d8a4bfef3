import type { Actor } from '../platform/auth/rollen';
import { nietGevonden } from '../platform/http/problem';

/**
 * A running contact is its employee's alone: anyone else (even a teamleider) is told it does
 * not exist, as with someone else's notification.
 */
export function vereisEigenLopendContact<T extends { medewerkerId: string }>(
  actor: Actor,
  rij: T | undefined,
): T {
  if (!rij || rij.medewerkerId !== actor.id) throw nietGevonden('Dit lopende contact');
  return rij;
}
