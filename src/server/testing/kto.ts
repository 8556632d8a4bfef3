import { ktoUitnodiging } from '../modules/kto/schema';
import { hashToken, nieuwToken } from '../platform/auth/tokens';
import type { Db } from '../platform/db/client';

/** An open invitation as the KTO writes it, for a test that needs one without a contact behind it; its token. */
export async function ktoUitnodigingVoor(db: Db, partijId: string, teamId: string | null, nu = new Date()) {
  const token = nieuwToken();
  await db.insert(ktoUitnodiging).values({
    tokenHash: hashToken(token),
    aanleiding: 'klantcontact',
    aanleidingId: crypto.randomUUID(),
    partijId,
    teamId,
    kanaal: 'telefoon',
    via: 'email',
    verstuurd: nu,
    verlooptOp: new Date(nu.getTime() + 86_400_000),
  });
  return token;
}
