import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import { conflict, nietVerwerkbaar } from '../../../../platform/http/problem';
import { wijzigZaak } from '../../operations/wijzigen';
import { zaakDocument, zaakDocumentVersie } from '../../schema';
import { bekijk, metOpgeslagen, vergrendeldDoor } from '../bestand';
import { bestandssoorten } from '../waarden';
import { documentUit, documentVan } from './lezen';

const soortnaam = (formaat: string) =>
  Object.values(bestandssoorten).find((s) => s.formaat === formaat)?.naam ?? formaat;

/**
 * A new version of a document, only by who holds its lock, of the same kind of file (the
 * document keeps one name and format); adding it releases the lock. Every version stays.
 */
export async function voegVersieToe(
  ctx: AppContext,
  actor: Actor,
  zaakId: string,
  documentId: string,
  invoer: { bestand: File },
) {
  const bestand = await bekijk(invoer.bestand, ctx.config.documenten.maxBytes);
  const nu = ctx.now();
  const zaak = await metOpgeslagen(ctx.opslag, bestand.inhoud, (sleutel) =>
    wijzigZaak(ctx, actor, zaakId, { naam: 'document-versie' }, async (huidig, tx) => {
      const d = await documentVan(tx, zaakId, documentId);
      if (d.vergrendeldDoorId !== actor.id)
        throw conflict(
          d.vergrendeldDoorId
            ? `Dit document is ${vergrendeldDoor(d)}: alleen die medewerker kan een nieuwe versie toevoegen.`
            : 'Vergrendel het document eerst: alleen wie het vergrendelde kan een nieuwe versie toevoegen.',
          await documentUit(tx, actor, huidig, documentId),
        );
      if (bestand.formaat !== d.formaat) {
        const melding = `Een nieuwe versie moet hetzelfde soort bestand zijn als het document (${soortnaam(d.formaat)}).`;
        throw nietVerwerkbaar(melding, [{ veld: 'bestand', melding }]);
      }
      const versie = d.versie + 1;
      return {
        logboek: [
          {
            soort: 'document',
            tekst: `Versie ${versie} van document "${d.titel}" toegevoegd.`,
            details: { documentId, versie },
          },
        ],
        daarna: async (t) => {
          const gezet = await t
            .update(zaakDocument)
            .set({ versie, vergrendeldDoor: null, vergrendeldSinds: null })
            .where(
              and(
                eq(zaakDocument.id, documentId),
                eq(zaakDocument.versie, d.versie),
                eq(zaakDocument.vergrendeldDoor, actor.id as string),
              ),
            )
            .returning({ id: zaakDocument.id });
          if (gezet.length === 0) throw conflict('Dit document is intussen gewijzigd.');
          await t.insert(zaakDocumentVersie).values({
            documentId,
            versie,
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
  return documentUit(ctx.db, actor, zaak, documentId);
}
