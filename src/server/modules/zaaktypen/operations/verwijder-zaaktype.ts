import { and, eq, inArray, notExists } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { conflict } from '../../../platform/http/problem';
import {
  besluittype,
  informatieobjecttype,
  zaaktype,
  zaaktypeBesluittype,
  zaaktypeInformatieobjecttype,
} from '../schema';
import { getZaaktypeVolledig } from './lees-zaaktype';

/** Deletes a concept version with its parts, and the new document and besluit types only it used. */
export async function verwijderZaaktype(ctx: AppContext, actor: Actor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const huidig = await getZaaktypeVolledig(tx, id);
    if (!huidig.concept)
      throw conflict('Een gepubliceerde versie blijft bestaan: alleen een concept kan weg.', huidig);
    const verwijderd = await tx
      .delete(zaaktype)
      .where(and(eq(zaaktype.id, id), eq(zaaktype.concept, true)))
      .returning({ id: zaaktype.id });
    if (verwijderd.length === 0)
      throw conflict('Dit zaaktype is intussen gepubliceerd.', await getZaaktypeVolledig(tx, id));
    const ioIds = huidig.informatieobjecttypen.map((t) => t.id);
    if (ioIds.length)
      await tx
        .delete(informatieobjecttype)
        .where(
          and(
            inArray(informatieobjecttype.id, ioIds),
            eq(informatieobjecttype.concept, true),
            notExists(
              tx
                .select()
                .from(zaaktypeInformatieobjecttype)
                .where(eq(zaaktypeInformatieobjecttype.informatieobjecttypeId, informatieobjecttype.id)),
            ),
          ),
        );
    const btIds = huidig.besluittypen.map((t) => t.id);
    if (btIds.length)
      await tx
        .delete(besluittype)
        .where(
          and(
            inArray(besluittype.id, btIds),
            eq(besluittype.concept, true),
            notExists(
              tx
                .select()
                .from(zaaktypeBesluittype)
                .where(eq(zaaktypeBesluittype.besluittypeId, besluittype.id)),
            ),
          ),
        );
    await audit(tx, actor, {
      actie: 'zaaktype.verwijderd',
      objectType: 'zaaktype',
      objectId: id,
      details: { identificatie: huidig.identificatie, omschrijving: huidig.omschrijving },
    });
  });
}
