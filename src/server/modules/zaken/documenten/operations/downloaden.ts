import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../platform/audit/audit';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import { nietGevonden, ProblemError } from '../../../../platform/http/problem';
import { OntbrekendBestand } from '../../../../platform/opslag/opslag';
import { vereisDocumentenLezen } from '../../../../policies';
import { getZaak } from '../../operations/lees-zaak';
import { zaakDocumentVersie } from '../../schema';
import { sha256 } from '../bestand';
import { documentVan } from './lezen';

const beschadigd = () =>
  new ProblemError(
    500,
    'Bestand beschadigd',
    'Het bestand van dit document ontbreekt of klopt niet meer met zijn controlegetal (sha256). Meld dit bij de functioneel beheerder.',
  );

/**
 * The content of a document (the current version or the one asked), for who reads the zaak
 * fully; it leaves only when its sha256 is still the one stored with the version. Audited.
 */
export async function downloadDocument(
  ctx: AppContext,
  actor: Actor,
  zaakId: string,
  documentId: string,
  versie?: number,
) {
  const z = await getZaak(ctx.db, zaakId, ctx.now());
  vereisDocumentenLezen(actor, z);
  const d = await documentVan(ctx.db, zaakId, documentId);
  const nummer = versie ?? d.versie;
  const [v] = await ctx.db
    .select()
    .from(zaakDocumentVersie)
    .where(and(eq(zaakDocumentVersie.documentId, documentId), eq(zaakDocumentVersie.versie, nummer)));
  if (!v) throw nietGevonden('Deze versie van het document');
  let inhoud: Buffer;
  try {
    inhoud = await ctx.opslag.get(v.opslagsleutel);
  } catch (e) {
    if (!(e instanceof OntbrekendBestand)) throw e;
    ctx.logger.error({ documentId, versie: nummer }, 'documentbestand ontbreekt in de opslag');
    throw beschadigd();
  }
  if (sha256(inhoud) !== v.sha256) {
    ctx.logger.error({ documentId, versie: nummer }, 'documentbestand klopt niet met zijn sha256');
    throw beschadigd();
  }
  await audit(ctx.db, actor, {
    actie: 'zaak.document-gedownload',
    objectType: 'zaak',
    objectId: zaakId,
    persoonsgegevens: z.partijIds.length > 0,
    details: { documentId, versie: nummer },
  });
  return { inhoud, bestandsnaam: d.bestandsnaam, formaat: d.formaat, sha256: v.sha256 };
}
