import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { geldigheidFout, zaaktypeFouten } from '../regels';
import { zaaktype } from '../schema';
import type { ZaaktypeWijziging } from '../schemas';
import { verwijzingFouten, vorigeVersie, weigerBij, wijzigConcept, zetProducten } from './concept';

/** Changes the fields of a concept version; the rules apply to the version as it becomes. */
export function wijzigZaaktype(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, productIds, ...wijziging }: ZaaktypeWijziging,
) {
  return wijzigConcept(ctx, actor, id, versie, 'gewijzigd', async (huidig, tx) => {
    const wordt = { ...huidig, ...wijziging };
    const vorige = wijziging.beginGeldigheid ? await vorigeVersie(tx, huidig.identificatie) : undefined;
    weigerBij([
      ...zaaktypeFouten(wordt),
      ...(await verwijzingFouten(tx, { ...wijziging, productIds })),
      ...geldigheidFout(wordt.beginGeldigheid, vorige?.beginGeldigheid),
    ]);
    const versiedatum = wijziging.beginGeldigheid ? { versiedatum: wijziging.beginGeldigheid } : {};
    if (Object.keys(wijziging).length)
      await tx
        .update(zaaktype)
        .set({ ...wijziging, ...versiedatum })
        .where(eq(zaaktype.id, id));
    if (productIds) await zetProducten(tx, id, productIds);
    return { ...wijziging, ...(productIds ? { productIds } : {}) };
  });
}
