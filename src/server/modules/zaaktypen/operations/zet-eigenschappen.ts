import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { eigenschapFouten } from '../regels';
import { eigenschap } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { weigerBij, wijzigConcept } from './concept';

/** The eigenschappen of a concept: what its zaken record besides the standard fields. */
export function zetEigenschappen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'eigenschappen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'eigenschappen-gewijzigd', async (_huidig, tx) => {
    weigerBij(eigenschapFouten(items));
    await tx.delete(eigenschap).where(eq(eigenschap.zaaktypeId, id));
    if (items.length) await tx.insert(eigenschap).values(items.map((e) => ({ ...e, zaaktypeId: id })));
    return { eigenschappen: items.map((e) => e.naam) };
  });
}
