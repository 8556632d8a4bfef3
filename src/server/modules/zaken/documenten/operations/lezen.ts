import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../../platform/audit/audit';
import type { Actor } from '../../../../platform/auth/rollen';
import type { AppContext } from '../../../../platform/context';
import type { Queryable } from '../../../../platform/db/client';
import { nietGevonden } from '../../../../platform/http/problem';
import {
  isLid,
  magVergrendelingVerbreken,
  magZaakBehandelen,
  vereisDocumentenLezen,
  type ZaakFeiten,
} from '../../../../policies';
import { medewerkerNaamSql } from '../../../organisatie/operations/medewerker-lezen';
import { informatieobjecttypeNaamSql } from '../../../zaaktypen/informatieobjecttypen';
import { getZaak } from '../../operations/lees-zaak';
import { zaakDocument, zaakDocumentVersie } from '../../schema';

const zaakDocumentVelden = {
  id: zaakDocument.id,
  zaakId: zaakDocument.zaakId,
  titel: zaakDocument.titel,
  bestandsnaam: zaakDocument.bestandsnaam,
  formaat: zaakDocument.formaat,
  vertrouwelijkheid: zaakDocument.vertrouwelijkheid,
  informatieobjecttypeId: zaakDocument.informatieobjecttypeId,
  informatieobjecttypeOmschrijving: informatieobjecttypeNaamSql(zaakDocument.informatieobjecttypeId),
  auteur: zaakDocument.auteur,
  creatiedatum: zaakDocument.creatiedatum,
  versie: zaakDocument.versie,
  vergrendeldDoorId: zaakDocument.vergrendeldDoor,
  vergrendeldDoorNaam: medewerkerNaamSql(zaakDocument.vergrendeldDoor),
  vergrendeldSinds: zaakDocument.vergrendeldSinds,
};

/** One document of a zaak as stored, or 404. */
export async function documentVan(db: Queryable, zaakId: string, documentId: string) {
  const [d] = await db
    .select(zaakDocumentVelden)
    .from(zaakDocument)
    .where(and(eq(zaakDocument.id, documentId), eq(zaakDocument.zaakId, zaakId)));
  if (!d) throw nietGevonden('Dit document');
  return d;
}

/** The documents of a zaak (or one of them) with their versions, the newest version first. */
export async function documentenVan(db: Queryable, zaakId: string, documentId?: string) {
  const documenten = await db
    .select(zaakDocumentVelden)
    .from(zaakDocument)
    .where(
      documentId
        ? and(eq(zaakDocument.zaakId, zaakId), eq(zaakDocument.id, documentId))
        : eq(zaakDocument.zaakId, zaakId),
    )
    .orderBy(asc(zaakDocument.aangemaakt), asc(zaakDocument.titel));
  if (documenten.length === 0) return [];
  const versies = await db
    .select({
      documentId: zaakDocumentVersie.documentId,
      versie: zaakDocumentVersie.versie,
      bestandsomvang: zaakDocumentVersie.bestandsomvang,
      sha256: zaakDocumentVersie.sha256,
      medewerkerNaam: medewerkerNaamSql(zaakDocumentVersie.medewerkerId),
      aangemaakt: zaakDocumentVersie.aangemaakt,
    })
    .from(zaakDocumentVersie)
    .where(
      inArray(
        zaakDocumentVersie.documentId,
        documenten.map((d) => d.id),
      ),
    )
    .orderBy(desc(zaakDocumentVersie.versie));
  return documenten.map((d) => ({
    ...d,
    versies: versies
      .filter((v) => v.documentId === d.id)
      .map(({ documentId: _d, aangemaakt, ...v }) => ({ ...v, aangemaakt: aangemaakt.toISOString() })),
  }));
}

type DocumentMetVersies = Awaited<ReturnType<typeof documentenVan>>[number];
/** What the rights on a document look at: the zaak's team and whether it is still open. */
export type DocumentZaak = ZaakFeiten & { id: string; einddatum: string | null };

/** A document as the API shows it, with what this actor may do with it. */
export function documentVoorActor(actor: Actor, z: DocumentZaak, d: DocumentMetVersies) {
  const open = !z.einddatum;
  const eigen = d.vergrendeldDoorId !== null && d.vergrendeldDoorId === actor.id;
  return {
    ...d,
    vergrendeldSinds: d.vergrendeldSinds?.toISOString() ?? null,
    mag: {
      vergrendelen: open && !d.vergrendeldDoorId && magZaakBehandelen(actor, z),
      nieuweVersie: open && eigen && magZaakBehandelen(actor, z),
      ontgrendelen: Boolean(d.vergrendeldDoorId) && (eigen || magVergrendelingVerbreken(actor, z)),
    },
  };
}

/** One document of a zaak, fresh from the database, as this actor sees it. */
export async function documentUit(db: Queryable, actor: Actor, z: DocumentZaak, id: string) {
  const [d] = await documentenVan(db, z.id, id);
  if (!d) throw nietGevonden('Dit document');
  return documentVoorActor(actor, z, d);
}

/** The documents of a zaak, for who reads it fully; a read from outside the team is audited. */
export async function leesDocumenten(ctx: AppContext, actor: Actor, zaakId: string) {
  const z = await getZaak(ctx.db, zaakId, ctx.now());
  vereisDocumentenLezen(actor, z);
  if (!isLid(actor, z.teamId) && z.partijIds.length > 0)
    await audit(ctx.db, actor, {
      actie: 'zaak.documenten-ingezien',
      objectType: 'zaak',
      objectId: zaakId,
      persoonsgegevens: true,
    });
  const documenten = await documentenVan(ctx.db, zaakId);
  return { items: documenten.map((d) => documentVoorActor(actor, z, d)) };
}
