import { z } from '@hono/zod-openapi';
import { ONGELDIGE_TEKST, ongeldigeTekst } from '../../../platform/http/tekst-grens';
import { vertrouwelijkheden } from '../../zaaktypen/waarden';

const bestand = z.instanceof(File, { message: 'Kies een bestand.' }).openapi({
  type: 'string',
  format: 'binary',
  description: 'Het bestand (tot DOCUMENT_MAX_MB, standaard 20 MB)',
});

/** A form field left empty is not given. */
const leegIsNiets = (v: unknown) => (v === '' ? undefined : v);

export const documentInvoer = z
  .object({
    bestand,
    titel: z
      .string()
      .trim()
      .max(200, 'Maximaal 200 tekens.')
      .refine((t) => !ongeldigeTekst(t), ONGELDIGE_TEKST)
      .optional()
      .openapi({ description: 'Standaard de bestandsnaam zonder extensie' }),
    informatieobjecttypeId: z
      .preprocess(leegIsNiets, z.uuid({ message: 'Geen geldig informatieobjecttype-id.' }).optional())
      .openapi({ type: 'string', format: 'uuid', description: 'Een informatieobjecttype van het zaaktype' }),
    vertrouwelijkheid: z
      .preprocess(leegIsNiets, z.enum(vertrouwelijkheden).optional())
      .openapi({ type: 'string', enum: [...vertrouwelijkheden], description: 'Standaard die van de zaak' }),
  })
  .openapi('DocumentInvoer');
export type DocumentInvoer = z.infer<typeof documentInvoer>;

export const versieInvoer = z.object({ bestand }).openapi('DocumentVersieInvoer');

export const documentParams = z.object({
  id: z.uuid({ message: 'Geen geldig id.' }).openapi({ param: { name: 'id', in: 'path' } }),
  documentId: z
    .uuid({ message: 'Geen geldig document-id.' })
    .openapi({ param: { name: 'documentId', in: 'path' } }),
});

export const inhoudQuery = z.object({
  versie: z.coerce
    .number({ message: 'Geef de versie als getal.' })
    .int('Geef de versie als getal.')
    .min(1, 'Deze versie bestaat niet.')
    .max(2_147_483_647, 'Deze versie bestaat niet.')
    .optional()
    .openapi({ description: 'Standaard de huidige versie' }),
});

const documentVersie = z
  .object({
    versie: z.number().int(),
    bestandsomvang: z.number().int(),
    sha256: z.string(),
    medewerkerNaam: z.string().nullable(),
    aangemaakt: z.string(),
  })
  .openapi('DocumentVersie');

export const documentUit = z
  .object({
    id: z.uuid(),
    zaakId: z.uuid(),
    titel: z.string(),
    bestandsnaam: z.string(),
    formaat: z.string(),
    vertrouwelijkheid: z.enum(vertrouwelijkheden),
    informatieobjecttypeId: z.uuid().nullable(),
    informatieobjecttypeOmschrijving: z.string().nullable(),
    auteur: z.string(),
    creatiedatum: z.string(),
    versie: z.number().int(),
    vergrendeldDoorId: z.uuid().nullable(),
    vergrendeldDoorNaam: z.string().nullable(),
    vergrendeldSinds: z.string().nullable(),
    versies: z.array(documentVersie).openapi({ description: 'De nieuwste eerst' }),
    mag: z.object({ vergrendelen: z.boolean(), ontgrendelen: z.boolean(), nieuweVersie: z.boolean() }),
  })
  .openapi('ZaakDocument');
