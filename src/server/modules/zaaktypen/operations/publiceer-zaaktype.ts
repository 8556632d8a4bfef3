import { and, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { dagErvoor, geldigheidFout, publicatieFouten } from '../regels';
import { besluittype, informatieobjecttype, zaaktype } from '../schema';
import { vorigeVersie, wijzigConcept } from './concept';

/**
 * Publishes a concept: from now on it never changes. The previous published version of the
 * same zaaktype ends the day before this one begins, so geldigheid periods never overlap.
 */
export function publiceerZaaktype(ctx: AppContext, actor: Actor, id: string, versie: number) {
  return wijzigConcept(ctx, actor, id, versie, 'gepubliceerd', async (huidig, tx) => {
    const vorige = await vorigeVersie(tx, huidig.identificatie);
    const fouten = [
      ...publicatieFouten(huidig),
      ...geldigheidFout(huidig.beginGeldigheid, vorige?.beginGeldigheid),
    ];
    if (fouten.length)
      throw nietVerwerkbaar('Dit zaaktype voldoet nog niet aan de regels voor publiceren.', fouten);
    const einde = dagErvoor(huidig.beginGeldigheid);
    if (vorige)
      await tx
        .update(zaaktype)
        .set({ eindeGeldigheid: einde })
        .where(
          and(
            eq(zaaktype.id, vorige.id),
            or(isNull(zaaktype.eindeGeldigheid), gt(zaaktype.eindeGeldigheid, einde)),
          ),
        );
    await tx.update(zaaktype).set({ concept: false }).where(eq(zaaktype.id, id));
    const ioIds = huidig.informatieobjecttypen.map((t) => t.id);
    if (ioIds.length)
      await tx
        .update(informatieobjecttype)
        .set({ concept: false })
        .where(inArray(informatieobjecttype.id, ioIds));
    const btIds = huidig.besluittypen.map((t) => t.id);
    if (btIds.length)
      await tx.update(besluittype).set({ concept: false }).where(inArray(besluittype.id, btIds));
    return {
      beginGeldigheid: huidig.beginGeldigheid,
      vorigeVersie: vorige ? { id: vorige.id, eindeGeldigheid: einde } : null,
    };
  });
}
