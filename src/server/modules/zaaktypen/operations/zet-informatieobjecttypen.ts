import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { VeldFout } from '../../../platform/http/problem';
import { informatieobjecttype, zaaktypeInformatieobjecttype } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { weigerBij, wijzigConcept } from './concept';

/**
 * The document types of a concept, in order: an existing informatieobjecttype of the catalogue
 * by id (shared with other zaaktypen, unchanged), or a new one that is published with this version.
 */
export function zetInformatieobjecttypen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'informatieobjecttypen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'informatieobjecttypen-gewijzigd', async (huidig, tx) => {
    const bestaand = items.flatMap((i) => (i.informatieobjecttypeId ? [i.informatieobjecttypeId] : []));
    const bekend = new Set(
      bestaand.length
        ? (
            await tx
              .select({ id: informatieobjecttype.id })
              .from(informatieobjecttype)
              .where(inArray(informatieobjecttype.id, bestaand))
          ).map((r) => r.id)
        : [],
    );
    weigerBij(
      items.flatMap((item, i): VeldFout[] => {
        if (item.informatieobjecttypeId)
          return bekend.has(item.informatieobjecttypeId)
            ? []
            : [
                {
                  veld: `items.${i}.informatieobjecttypeId`,
                  melding: 'Dit informatieobjecttype bestaat niet.',
                },
              ];
        return item.omschrijving
          ? []
          : [{ veld: `items.${i}.omschrijving`, melding: 'Vul de omschrijving in.' }];
      }),
    );
    await tx.delete(zaaktypeInformatieobjecttype).where(eq(zaaktypeInformatieobjecttype.zaaktypeId, id));
    for (const [i, item] of items.entries()) {
      const typeId =
        item.informatieobjecttypeId ??
        (
          await tx
            .insert(informatieobjecttype)
            .values({
              omschrijving: item.omschrijving as string,
              categorie: item.categorie,
              vertrouwelijkheid: item.vertrouwelijkheid,
              beginGeldigheid: huidig.beginGeldigheid,
            })
            .returning({ id: informatieobjecttype.id })
        )[0].id;
      await tx
        .insert(zaaktypeInformatieobjecttype)
        .values({
          zaaktypeId: id,
          informatieobjecttypeId: typeId,
          volgnummer: i + 1,
          richting: item.richting,
        })
        .onConflictDoNothing();
    }
    return { informatieobjecttypen: items.length };
  });
}
