import { z } from '@hono/zod-openapi';
import { kanalen, uitkomsten } from '../klantcontacten/waarden';

const tekst = (max: number) => z.string().max(max, `Maximaal ${max} tekens.`);
/** A part of a question the form fills in (a contactverzoek, a zaak): its own flat object of short values. */
const deel = z.record(z.string().max(50), z.union([tekst(4000), z.boolean(), z.null()]));

/**
 * What the desk's contact form holds, as typed (not yet checked as a contact would be: an empty
 * question is fine here). The request part of a question is the form's own, a flat object of
 * short values, so the screen can add a field without a new API; so is its zaak part.
 */
export const lopendContactInhoud = z
  .strictObject({
    kanaal: z.enum(kanalen, { message: `Kies een kanaal: ${kanalen.join(', ')}.` }),
    /** The klantcontact concept being completed, if any. */
    concept: z.strictObject({ id: z.uuid(), versie: z.number().int().min(1) }).nullable(),
    vragen: z
      .array(
        z.strictObject({
          productId: z.uuid().nullable(),
          onderwerp: tekst(200),
          vraag: tekst(4000),
          antwoord: tekst(4000),
          uitkomst: z.enum(uitkomsten),
          doorverwezenNaar: tekst(200),
          verzoek: deel,
          zaak: deel.optional(),
        }),
      )
      .max(20, 'Maximaal 20 vragen per contact.'),
  })
  .openapi('LopendContactInhoud');

export const lopendContactInvoer = z
  .strictObject({
    partijId: z
      .uuid({ message: 'Geen geldig partij-id.' })
      .nullable()
      .openapi({ description: 'Leeg voor een anoniem contact' }),
    start: z.iso
      .datetime({ offset: true, message: 'Geef het begin als ISO 8601-tijdstip.' })
      .optional()
      .openapi({ description: 'Wanneer het contact begon; standaard nu' }),
    inhoud: lopendContactInhoud,
  })
  .openapi('LopendContactInvoer');

export const lopendContactUit = z
  .object({
    id: z.uuid(),
    partijId: z.uuid().nullable(),
    start: z.string(),
    gewijzigd: z.string(),
    inhoud: lopendContactInhoud,
  })
  .openapi('LopendContact');

export type LopendContactInhoud = z.infer<typeof lopendContactInhoud>;
export type LopendContactInvoer = z.infer<typeof lopendContactInvoer>;
