import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { product } from '../schema';
import type { ProductWijziging } from '../schemas';
import { getProduct } from './product-lezen';

/** Makes a team responsible for a product: a contactverzoek about it goes to that team. */
export async function zetProductTeam(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { teamId }: ProductWijziging,
) {
  return ctx.db.transaction(async (tx) => {
    const voor = await getProduct(tx, id);
    await tx
      .update(product)
      .set({ teamId })
      .where(eq(product.id, id))
      .catch((error) => {
        throw isVerwijzingFout(error, undefined)
          ? nietVerwerkbaar('Dit team bestaat niet.', [
              { veld: 'teamId', melding: 'Kies een team uit de lijst.' },
            ])
          : error;
      });
    const na = await getProduct(tx, id);
    await audit(tx, actor, {
      actie: 'product.team-gewijzigd',
      objectType: 'product',
      objectId: id,
      details: { van: voor.teamNaam, naar: na.teamNaam },
    });
    return na;
  });
}
