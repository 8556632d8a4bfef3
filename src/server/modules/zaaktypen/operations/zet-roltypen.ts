import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { roltype } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { wijzigConcept } from './concept';

/** The roltypen of a concept: who takes part in its zaken (initiator, behandelaar, …). */
export function zetRoltypen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'roltypen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'roltypen-gewijzigd', async (_huidig, tx) => {
    await tx.delete(roltype).where(eq(roltype.zaaktypeId, id));
    if (items.length) await tx.insert(roltype).values(items.map((r) => ({ ...r, zaaktypeId: id })));
    return { roltypen: items.map((r) => r.omschrijving) };
  });
}
