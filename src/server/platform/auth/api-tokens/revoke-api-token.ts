import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../audit/audit';
import { amsterdamseDatum, datumTekst } from '../../calendar/tijd';
import type { AppContext } from '../../context';
import { conflict, nietGevonden } from '../../http/problem';
import type { Actor } from '../rollen';
import { apiToken } from '../schema';
import { findApiToken, getApiToken } from './api-token-lezen';
import type { ApiTokenUit } from './schemas';

/** From this moment on the token gets 401; who and when are kept on the token and in the audit trail. */
export async function revokeApiToken(
  ctx: AppContext,
  actor: Actor,
  welk: { id: string } | { naam: string },
): Promise<ApiTokenUit> {
  const nu = ctx.now();
  const waar = 'id' in welk ? eq(apiToken.id, welk.id) : eq(apiToken.naam, welk.naam);
  return ctx.db.transaction(async (tx) => {
    const [rij] = await tx
      .update(apiToken)
      .set({ ingetrokken: nu, ingetrokkenDoor: actor.naam })
      .where(and(waar, isNull(apiToken.ingetrokken)))
      .returning({ id: apiToken.id, naam: apiToken.naam });
    if (!rij) {
      const huidig = await findApiToken(tx, nu, welk);
      if (!huidig) throw nietGevonden('naam' in welk ? `Het API-token "${welk.naam}"` : 'Dit API-token');
      const op = datumTekst(amsterdamseDatum(new Date(huidig.ingetrokken as string)));
      throw conflict(
        `API-token ${huidig.naam} is al ingetrokken, op ${op} door ${huidig.ingetrokkenDoor}.`,
        huidig,
      );
    }
    await audit(tx, actor, {
      actie: 'api-token.ingetrokken',
      objectType: 'api-token',
      objectId: rij.id,
      details: { naam: rij.naam },
    });
    return getApiToken(tx, nu, rij.id);
  });
}
