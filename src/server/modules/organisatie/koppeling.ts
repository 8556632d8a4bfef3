import type { Actor } from '../../platform/auth/rollen';
import type { Tx } from '../../platform/db/client';

/**
 * A team or employee that other systems can now find under these keys (identificatie,
 * e-mail address): tasks that waited for such an actor can go there. Other modules listen.
 */
export interface Koppeling {
  soort: 'team' | 'medewerker';
  id: string;
  naam: string;
  sleutels: string[];
}

type Koppelaar = (tx: Tx, actor: Actor, koppeling: Koppeling) => Promise<void>;
const koppelaars = new Map<string, Koppelaar>();

export function registerKoppelaar(naam: string, koppelaar: Koppelaar): void {
  koppelaars.set(naam, koppelaar);
}

/** Called in the transaction that gave the team or employee its keys. */
export async function meldKoppeling(tx: Tx, actor: Actor, koppeling: Koppeling): Promise<void> {
  const sleutels = koppeling.sleutels.filter(Boolean);
  if (sleutels.length === 0) return;
  for (const koppelaar of koppelaars.values()) await koppelaar(tx, actor, { ...koppeling, sleutels });
}
