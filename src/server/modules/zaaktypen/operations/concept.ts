import { and, desc, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { type Queryable, rijen, type Tx } from '../../../platform/db/client';
import { conflict, ongeldig, type VeldFout } from '../../../platform/http/problem';
import { productNaamSql } from '../../catalogus/producten';
import { findTeam } from '../../organisatie/operations/team-lezen';
import { selectielijstProcestype, zaaktype, zaaktypeProduct } from '../schema';
import type { ZaaktypeUit } from '../schemas';
import { getZaaktypeVolledig } from './lees-zaaktype';

/** Throws the field errors as one 400, so that nothing is written. */
export function weigerBij(fouten: VeldFout[]): void {
  if (fouten.length) throw ongeldig(fouten);
}

/**
 * One change to a concept version in its own transaction: a published version, another
 * version than the caller saw, or a change that lands first gives 409 with the current state.
 * The version row is bumped (and so locked) before the change, so concurrent changes queue.
 */
export async function wijzigConcept(
  ctx: AppContext,
  actor: Actor,
  id: string,
  versie: number,
  actie: string,
  wijzig: (huidig: ZaaktypeUit, tx: Tx) => Promise<Record<string, unknown> | undefined>,
): Promise<ZaaktypeUit> {
  return ctx.db.transaction(async (tx) => {
    const huidig = await getZaaktypeVolledig(tx, id);
    if (!huidig.concept)
      throw conflict('Een gepubliceerde versie verandert niet meer: maak een nieuwe versie.', huidig);
    if (versie !== huidig.versie) throw conflict('Dit zaaktype is intussen gewijzigd.', huidig);
    const geschreven = await tx
      .update(zaaktype)
      .set({ versie: sql`${zaaktype.versie} + 1` })
      .where(and(eq(zaaktype.id, id), eq(zaaktype.versie, versie), eq(zaaktype.concept, true)))
      .returning({ id: zaaktype.id });
    if (geschreven.length === 0)
      throw conflict('Dit zaaktype is intussen gewijzigd.', await getZaaktypeVolledig(tx, id));
    const details = await wijzig(huidig, tx);
    await audit(tx, actor, { actie: `zaaktype.${actie}`, objectType: 'zaaktype', objectId: id, details });
    return getZaaktypeVolledig(tx, id);
  });
}

/** The team, products and selectielijst procestype a zaaktype refers to must exist. */
export async function verwijzingFouten(
  db: Queryable,
  invoer: { teamId?: string | null; productIds?: string[]; selectielijstProcestype?: string | null },
): Promise<VeldFout[]> {
  const fouten: VeldFout[] = [];
  if (invoer.teamId && !(await findTeam(db, invoer.teamId)))
    fouten.push({ veld: 'teamId', melding: 'Dit team bestaat niet.' });
  for (const [i, productId] of (invoer.productIds ?? []).entries()) {
    const [rij] = await rijen<{ naam: string | null }>(
      db,
      sql`select ${productNaamSql(sql`${productId}::uuid`)} as naam`,
    );
    if (!rij.naam)
      fouten.push({ veld: `productIds.${i}`, melding: 'Dit product staat niet (meer) in de catalogus.' });
  }
  if (invoer.selectielijstProcestype) {
    const [rij] = await db
      .select({ url: selectielijstProcestype.url })
      .from(selectielijstProcestype)
      .where(eq(selectielijstProcestype.url, invoer.selectielijstProcestype));
    if (!rij)
      fouten.push({
        veld: 'selectielijstProcestype',
        melding: 'Dit procestype staat niet in de selectielijst.',
      });
  }
  return fouten;
}

/** The products of a version, replaced by these. */
export async function zetProducten(tx: Tx, zaaktypeId: string, productIds: string[]): Promise<void> {
  await tx.delete(zaaktypeProduct).where(eq(zaaktypeProduct.zaaktypeId, zaaktypeId));
  const uniek = [...new Set(productIds)];
  if (uniek.length)
    await tx.insert(zaaktypeProduct).values(uniek.map((productId) => ({ zaaktypeId, productId })));
}

/** The latest published version with this identificatie, other than the given one. */
export async function vorigeVersie(db: Queryable, identificatie: string) {
  const [rij] = await db
    .select({
      id: zaaktype.id,
      beginGeldigheid: zaaktype.beginGeldigheid,
      eindeGeldigheid: zaaktype.eindeGeldigheid,
    })
    .from(zaaktype)
    .where(and(eq(zaaktype.identificatie, identificatie), eq(zaaktype.concept, false)))
    .orderBy(desc(zaaktype.beginGeldigheid))
    .limit(1);
  return rij;
}
