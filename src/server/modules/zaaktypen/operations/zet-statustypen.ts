import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { statustypeFouten } from '../regels';
import { statustype } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { weigerBij, wijzigConcept } from './concept';

/** The statustypen of a concept, in the order given (volgnummer 1, 2, …). */
export function zetStatustypen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'statustypen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'statustypen-gewijzigd', async (_huidig, tx) => {
    weigerBij(statustypeFouten(items));
    await tx.delete(statustype).where(eq(statustype.zaaktypeId, id));
    if (items.length)
      await tx.insert(statustype).values(items.map((s, i) => ({ ...s, zaaktypeId: id, volgnummer: i + 1 })));
    return { statustypen: items.map((s) => s.omschrijving) };
  });
}
