import { z } from '@hono/zod-openapi';
import { versie } from '../../platform/http/route';
import { kanalen, uitkomsten } from './schema';

const tekst = (max: number) => z.string().trim().max(max);

export const vraagInvoer = z
  .strictObject({
    productId: z.uuid({ message: 'Kies een product uit de catalogus.' }).nullable().optional(),
    onderwerp: tekst(200)
      .optional()
      .openapi({ description: 'Vrij onderwerp als er geen product is gekozen' }),
    vraag: tekst(4000).min(1, 'Vul de vraag in.'),
    antwoord: tekst(4000).optional(),
    uitkomst: z.enum(uitkomsten, { message: `Kies een uitkomst: ${uitkomsten.join(', ')}.` }),
    doorverwezenNaar: tekst(200).nullable().optional(),
  })
  .openapi('VraagInvoer');

export const klantcontactInvoer = z
  .strictObject({
    kanaal: z.enum(kanalen, { message: `Kies een kanaal: ${kanalen.join(', ')}.` }),
    partijId: z
      .uuid({ message: 'Geen geldig partij-id.' })
      .nullable()
      .openapi({ description: 'Leeg voor een anoniem contact' }),
    start: z.iso
      .datetime({ offset: true, message: 'Geef het begin als ISO 8601-tijdstip.' })
      .optional()
      .openapi({ description: 'Wanneer de medewerker het contact opende; standaard nu' }),
    status: z.enum(['concept', 'afgerond']).default('afgerond'),
    vragen: z.array(vraagInvoer).max(20, 'Maximaal 20 vragen per contact.'),
  })
  .openapi('KlantcontactInvoer');

export const klantcontactWijziging = klantcontactInvoer
  .omit({ start: true })
  .partial()
  .extend({ versie })
  .strict()
  .openapi('KlantcontactWijziging');

export const vraagUit = z.object({
  id: z.uuid(),
  volgnummer: z.number().int(),
  productId: z.uuid().nullable(),
  onderwerp: z.string(),
  vraag: z.string(),
  antwoord: z.string(),
  uitkomst: z.enum(uitkomsten),
  doorverwezenNaar: z.string().nullable(),
});

export const klantcontactUit = z
  .object({
    id: z.uuid(),
    kanaal: z.enum(kanalen),
    partijId: z.uuid().nullable(),
    partijNaam: z.string().nullable(),
    medewerkerId: z.uuid().nullable(),
    medewerkerNaam: z.string().nullable(),
    teamId: z.uuid().nullable(),
    status: z.enum(['concept', 'afgerond']),
    start: z.string(),
    einde: z.string().nullable(),
    versie: z.number().int(),
    vragen: z.array(vraagUit),
  })
  .openapi('Klantcontact');

export type KlantcontactInvoer = z.infer<typeof klantcontactInvoer>;
export type KlantcontactWijziging = z.infer<typeof klantcontactWijziging>;
export type VraagInvoer = z.infer<typeof vraagInvoer>;
export type KlantcontactUit = z.infer<typeof klantcontactUit>;
