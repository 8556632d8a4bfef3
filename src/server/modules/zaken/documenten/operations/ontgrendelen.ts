import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../platform/audit/audit';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import { conflict, geenToegang } from '../../../../platform/http/problem';
import { magVergrendelingVerbreken, magZaakBehandelen, vereisZaakBehandelen } from '../../../../policies';
import { schrijfLogboek } from '../../logboek';
import { getZaak } from '../../operations/lees-zaak';
import { zaakDocument } from '../../schema';
import { vergrendeldDoor } from '../bestand';
import { documentVan } from './lezen';

/**
 * Lifts the lock of a document: who holds it releases it; a key user or teamleider of the team
 * or the functioneel beheerder may break someone else's lock (audited as such). The zaak's
 * version stays: the lock is no change to the zaak itself, but it is in its history.
 */
export async function ontgrendel(ctx: AppContext, actor: Actor, zaakId: string, documentId: string) {
  const nu = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const huidig = await getZaak(tx, zaakId, nu);
    const verbreken = magVergrendelingVerbreken(actor, huidig);
    if (!verbreken) vereisZaakBehandelen(actor, huidig);
    const d = await documentVan(tx, zaakId, documentId);
    if (!d.vergrendeldDoorId) throw conflict('Dit document is niet vergrendeld.');
    const eigen = d.vergrendeldDoorId === actor.id;
    if (!eigen && !verbreken)
      throw geenToegang(
        `Dit document is ${vergrendeldDoor(d)}. Alleen die medewerker, een key user of teamleider van het team of de functioneel beheerder kan de vergrendeling opheffen.`,
      );
    const gezet = await tx
      .update(zaakDocument)
      .set({ vergrendeldDoor: null, vergrendeldSinds: null })
      .where(and(eq(zaakDocument.id, documentId), eq(zaakDocument.vergrendeldDoor, d.vergrendeldDoorId)))
      .returning({ id: zaakDocument.id });
    if (gezet.length === 0) throw conflict('Dit document is intussen gewijzigd.');
    const tekst = eigen
      ? `Vergrendeling van document "${d.titel}" opgeheven.`
      : `Vergrendeling van document "${d.titel}" verbroken (was ${vergrendeldDoor(d)}).`;
    await schrijfLogboek(tx, actor, zaakId, nu, [{ soort: 'document', tekst, details: { documentId } }]);
    await audit(tx, actor, {
      actie: eigen ? 'zaak.document-ontgrendeld' : 'zaak.document-vergrendeling-verbroken',
      objectType: 'zaak',
      objectId: zaakId,
      persoonsgegevens: huidig.partijIds.length > 0,
      details: { documentId, vergrendeldDoor: d.vergrendeldDoorId, lid: magZaakBehandelen(actor, huidig) },
    });
  });
}
