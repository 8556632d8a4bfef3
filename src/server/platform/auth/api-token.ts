import { eq } from 'drizzle-orm';
import { audit } from '../audit/audit';
import type { AppContext } from '../context';
import { systeemActor } from './rollen';
import { apiToken } from './schema';
import { hashToken, nieuwToken } from './tokens';

/** Returns the token once; only its hash is kept. */
export async function createApiToken(ctx: AppContext, naam: string, alleenLezen: boolean): Promise<string> {
  const scopes = alleenLezen ? ['lezen'] : ['lezen', 'klantinteracties', 'persoonsgegevens'];
  const verloopt = new Date(ctx.now().getTime() + 365 * 86_400_000);
  const token = nieuwToken();
  await ctx.db.transaction(async (tx) => {
    const [bestaand] = await tx.select({ id: apiToken.id }).from(apiToken).where(eq(apiToken.naam, naam));
    if (bestaand) throw new Error(`Er bestaat al een API-token met de naam "${naam}".`);
    const [rij] = await tx
      .insert(apiToken)
      .values({ naam, tokenHash: hashToken(token), scopes, verloopt, aangemaaktDoor: 'Beheer-CLI' })
      .returning();
    await audit(tx, systeemActor('Beheer-CLI', 'cli'), {
      actie: 'api-token.aangemaakt',
      objectType: 'api-token',
      objectId: rij.id,
      details: { naam, scopes },
    });
  });
  return token;
}
