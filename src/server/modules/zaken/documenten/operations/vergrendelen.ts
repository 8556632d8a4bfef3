import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import { conflict } from '../../../../platform/http/problem';
import { wijzigZaak } from '../../operations/wijzigen';
import { zaakDocument } from '../../schema';
import { vergrendeldDoor } from '../bestand';
import { documentUit, documentVan } from './lezen';

/**
 * Locks a document of an open zaak for editing: one person at a time. Who comes second gets
 * 409 naming who has it; the zaak cannot close while it is locked.
 */
export async function vergrendel(ctx: AppContext, actor: Actor, zaakId: string, documentId: string) {
  const nu = ctx.now();
  const zaak = await wijzigZaak(ctx, actor, zaakId, { naam: 'document-vergrendeld' }, async (huidig, tx) => {
    const d = await documentVan(tx, zaakId, documentId);
    // Set only while nobody holds it: of two at once, the second finds it taken.
    const gezet = await tx
      .update(zaakDocument)
      .set({ vergrendeldDoor: actor.id, vergrendeldSinds: nu })
      .where(and(eq(zaakDocument.id, documentId), isNull(zaakDocument.vergrendeldDoor)))
      .returning({ id: zaakDocument.id });
    if (gezet.length === 0) {
      const nuDan = await documentVan(tx, zaakId, documentId);
      throw conflict(
        nuDan.vergrendeldDoorId === actor.id
          ? 'U hebt dit document al vergrendeld.'
          : `Dit document is ${vergrendeldDoor(nuDan)}: alleen die medewerker kan het nu bewerken.`,
        await documentUit(tx, actor, huidig, documentId),
      );
    }
    return {
      logboek: [
        {
          soort: 'document',
          tekst: `Document "${d.titel}" vergrendeld om te bewerken.`,
          details: { documentId },
        },
      ],
    };
  });
  return documentUit(ctx.db, actor, zaak, documentId);
}
