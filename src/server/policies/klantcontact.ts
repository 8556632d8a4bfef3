import type { Actor } from '../platform/auth/rollen';
import { geenToegang } from '../platform/http/problem';

/** A draft (concept) is the agent's own: only who started the contact completes or changes it. */
export function vereisEigenConcept(actor: Actor, klantcontact: { medewerkerId: string | null }): void {
  if (klantcontact.medewerkerId !== actor.id)
    throw geenToegang('Alleen wie het contact begon, kan het concept afmaken.');
}
