import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { VeldFout } from '../../../platform/http/problem';
import { besluittype, zaaktypeBesluittype } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { weigerBij, wijzigConcept } from './concept';

/**
 * The besluittypen of a concept: an existing besluittype of the catalogue by id (shared,
 * unchanged), or a new one that is published with this version.
 */
export function zetBesluittypen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'besluittypen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'besluittypen-gewijzigd', async (huidig, tx) => {
    const bestaand = items.flatMap((b) => (b.besluittypeId ? [b.besluittypeId] : []));
    const bekend = new Set(
      bestaand.length
        ? (
            await tx.select({ id: besluittype.id }).from(besluittype).where(inArray(besluittype.id, bestaand))
          ).map((r) => r.id)
        : [],
    );
    weigerBij(
      items.flatMap((item, i): VeldFout[] => {
        if (item.besluittypeId)
          return bekend.has(item.besluittypeId)
            ? []
            : [{ veld: `items.${i}.besluittypeId`, melding: 'Dit besluittype bestaat niet.' }];
        return item.omschrijving
          ? []
          : [{ veld: `items.${i}.omschrijving`, melding: 'Vul de omschrijving in.' }];
      }),
    );
    await tx.delete(zaaktypeBesluittype).where(eq(zaaktypeBesluittype.zaaktypeId, id));
    for (const { besluittypeId, ...nieuw } of items) {
      const typeId =
        besluittypeId ??
        (
          await tx
            .insert(besluittype)
            .values({
              ...nieuw,
              omschrijving: nieuw.omschrijving as string,
              beginGeldigheid: huidig.beginGeldigheid,
            })
            .returning({ id: besluittype.id })
        )[0].id;
      await tx
        .insert(zaaktypeBesluittype)
        .values({ zaaktypeId: id, besluittypeId: typeId })
        .onConflictDoNothing();
    }
    return { besluittypen: items.length };
  });
}
