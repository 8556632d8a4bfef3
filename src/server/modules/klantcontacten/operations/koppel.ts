import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { Tx } from '../../../platform/db/client';
import { conflict, nietGevonden } from '../../../platform/http/problem';
import { klantcontact } from '../schema';

type Koppeling = { veld: 'partijId'; actie: string } | { veld: 'medewerkerId'; actie: string };

const KOPPELINGEN = {
  partij: { veld: 'partijId', actie: 'klantcontact.partij-gekoppeld' },
  medewerker: { veld: 'medewerkerId', actie: 'klantcontact.medewerker-gekoppeld' },
} as const satisfies Record<string, Koppeling>;

/**
 * Names the party or employee of a contact that another system registered without one (the
 * Klantinteracties API records the contact first and its betrokkene or actor after). Once a
 * completed contact has one, it stays: a completed contact does not change.
 */
export async function koppelAanKlantcontact(
  tx: Tx,
  actor: Actor,
  klantcontactId: string,
  wat: keyof typeof KOPPELINGEN,
  id: string | null,
) {
  const { veld, actie } = KOPPELINGEN[wat];
  const [kc] = await tx
    .select({ huidig: klantcontact[veld], status: klantcontact.status })
    .from(klantcontact)
    .where(eq(klantcontact.id, klantcontactId));
  if (!kc) throw nietGevonden('Dit klantcontact');
  if (kc.huidig === id) return;
  if (kc.huidig && kc.status === 'afgerond')
    throw conflict(`Dit contact is al afgerond; de ${wat} ervan wijzigt niet meer.`);
  await tx
    .update(klantcontact)
    .set({ [veld]: id, versie: sql`${klantcontact.versie} + 1` })
    .where(eq(klantcontact.id, klantcontactId));
  await audit(tx, actor, {
    actie,
    objectType: 'klantcontact',
    objectId: klantcontactId,
    persoonsgegevens: wat === 'partij',
    details: { [veld]: id },
  });
}
