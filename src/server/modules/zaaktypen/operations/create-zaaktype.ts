import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { normaliseerNaam } from '../../../platform/db/zoek';
import { conflict } from '../../../platform/http/problem';
import { zaaktypeFouten } from '../regels';
import { zaaktype } from '../schema';
import type { ZaaktypeInvoer } from '../schemas';
import { verwijzingFouten, weigerBij, zetProducten } from './concept';
import { getZaaktypeVolledig } from './lees-zaaktype';

const uitOmschrijving = (omschrijving: string) =>
  normaliseerNaam(omschrijving).replaceAll(' ', '-').slice(0, 50);

/** A new zaaktype, as its first concept version. */
export async function createZaaktype(
  ctx: AppContext,
  actor: Actor,
  { productIds = [], ...invoer }: ZaaktypeInvoer,
) {
  return ctx.db.transaction(async (tx) => {
    weigerBij([...zaaktypeFouten(invoer), ...(await verwijzingFouten(tx, { ...invoer, productIds }))]);
    const identificatie = invoer.identificatie ?? uitOmschrijving(invoer.omschrijving);
    const [bestaand] = await tx
      .select({ id: zaaktype.id })
      .from(zaaktype)
      .where(eq(zaaktype.identificatie, identificatie))
      .limit(1);
    if (bestaand)
      throw conflict(
        `Er is al een zaaktype met identificatie ${identificatie}: kies een andere of maak een nieuwe versie daarvan.`,
      );
    const begin = invoer.beginGeldigheid ?? amsterdamseDatum(ctx.now());
    const [rij] = await tx
      .insert(zaaktype)
      .values({ ...invoer, identificatie, beginGeldigheid: begin, versiedatum: begin, concept: true })
      .returning({ id: zaaktype.id });
    await zetProducten(tx, rij.id, productIds);
    await audit(tx, actor, {
      actie: 'zaaktype.aangemaakt',
      objectType: 'zaaktype',
      objectId: rij.id,
      details: { identificatie, omschrijving: invoer.omschrijving },
    });
    return getZaaktypeVolledig(tx, rij.id);
  });
}
