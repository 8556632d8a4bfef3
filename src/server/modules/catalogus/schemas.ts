import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../platform/http/lijst';

export const productUit = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    uplNaam: z.string().nullable(),
    uplUri: z.string().nullable(),
    voorBurger: z.boolean(),
    voorBedrijf: z.boolean(),
    teamId: z.uuid().nullable().openapi({ description: 'Het team dat verantwoordelijk is voor het product' }),
    teamNaam: z.string().nullable(),
  })
  .openapi('Product');

export const productLijstQuery = lijstQuery.extend({
  team: z
    .union([z.uuid({ message: 'Geen geldig team-id.' }), z.literal('geen')])
    .optional()
    .openapi({ description: "De producten van dit team; 'geen': zonder verantwoordelijk team" }),
});

export const productWijziging = z
  .strictObject({
    teamId: z
      .uuid({ message: 'Kies een team uit de lijst.' })
      .nullable()
      .openapi({ description: 'Het verantwoordelijke team; null: geen' }),
  })
  .openapi('ProductWijziging');

export type ProductLijstQuery = z.infer<typeof productLijstQuery>;
export type ProductWijziging = z.infer<typeof productWijziging>;
