import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { fout404, json, route } from '../../platform/http/route';
import { bsnMelding, isGeldigBsn } from './bsn';
import { readPersoon } from './operations/read-persoon';
import { persoonSchema } from './schemas';

const persoonRoute = route({
  method: 'get',
  path: '/api/v1/basisregistratie/personen/{bsn}',
  beleid: 'persoon.lezen',
  tags: ['Basisregistraties'],
  summary: 'Persoon uit de BRP (wordt gelogd als inzage in persoonsgegevens)',
  request: {
    params: z.object({
      bsn: z
        .string()
        .refine(isGeldigBsn, bsnMelding)
        .openapi({ param: { name: 'bsn', in: 'path' }, example: '999993653' }),
    }),
    query: z.object({
      reden: z.string().trim().max(200).optional().openapi({ description: 'Waarom u de gegevens inziet' }),
    }),
  },
  responses: {
    200: json(persoonSchema.extend({ bron: z.string(), opgehaald: z.string() }).openapi('GelezenPersoon')),
    ...fout404,
  },
});

export function basisregistratieRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(persoonRoute, async (c) => {
    const { bsn } = c.req.valid('param');
    return c.json(await readPersoon(c.get('ctx'), actorVan(c), bsn, c.req.valid('query').reden), 200);
  });
}
