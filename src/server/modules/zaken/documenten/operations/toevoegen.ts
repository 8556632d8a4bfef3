import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import { nietVerwerkbaar } from '../../../../platform/http/problem';
import { hoortBijZaaktype } from '../../../zaaktypen/informatieobjecttypen';
import { wijzigZaak } from '../../operations/wijzigen';
import { zaakDocument, zaakDocumentVersie } from '../../schema';
import { bekijk, metOpgeslagen, zonderExtensie } from '../bestand';
import type { DocumentInvoer } from '../schemas';
import { documentUit } from './lezen';

/**
 * Adds a document to an open zaak: its first version in the file store with its sha256, its
 * titel (the file name without extension unless given), the zaak's vertrouwelijkheid unless given.
 */
export async function voegDocumentToe(ctx: AppContext, actor: Actor, zaakId: string, invoer: DocumentInvoer) {
  const bestand = await bekijk(invoer.bestand, ctx.config.documenten.maxBytes);
  const id = randomUUID();
  const nu = ctx.now();
  const zaak = await metOpgeslagen(ctx.opslag, bestand.inhoud, (sleutel) =>
    wijzigZaak(ctx, actor, zaakId, { naam: 'document-toegevoegd' }, async (huidig, tx, vandaag) => {
      const type = invoer.informatieobjecttypeId;
      if (type && !(await hoortBijZaaktype(tx, huidig.zaaktypeId, type))) {
        const melding = 'Dit informatieobjecttype hoort niet bij het zaaktype van de zaak.';
        throw nietVerwerkbaar(melding, [{ veld: 'informatieobjecttypeId', melding }]);
      }
      const titel = invoer.titel || zonderExtensie(bestand.bestandsnaam);
      return {
        logboek: [
          {
            soort: 'document',
            tekst: `Document "${titel}" toegevoegd.`,
            details: { documentId: id, versie: 1 },
          },
        ],
        daarna: async (t) => {
          await t.insert(zaakDocument).values({
            id,
            zaakId,
            informatieobjecttypeId: type ?? null,
            titel,
            bestandsnaam: bestand.bestandsnaam,
            formaat: bestand.formaat,
            vertrouwelijkheid: invoer.vertrouwelijkheid ?? huidig.vertrouwelijkheid,
            auteur: actor.naam,
            creatiedatum: vandaag,
            aangemaakt: nu,
          });
          await t.insert(zaakDocumentVersie).values({
            documentId: id,
            versie: 1,
            opslagsleutel: sleutel,
            bestandsomvang: bestand.inhoud.length,
            sha256: bestand.sha256,
            medewerkerId: actor.id,
            aangemaakt: nu,
          });
        },
      };
    }),
  );
  return documentUit(ctx.db, actor, zaak, id);
}
