import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { body, fout404, fout409, fout422, idParams, json, route } from '../../platform/http/route';
import { zoekProducten } from '../catalogus/producten';
import { listConcepten } from './operations/concepten';
import { getKlantcontact } from './operations/lees-klantcontact';
import { registerKlantcontact } from './operations/register-klantcontact';
import { updateKlantcontact } from './operations/update-klantcontact';
import { veelgevraagd } from './operations/veelgevraagd';
import { klantcontactInvoer, klantcontactUit, klantcontactWijziging } from './schemas';

const tags = ['Klantcontacten'];

const registreerRoute = route({
  method: 'post',
  path: '/api/v1/klantcontacten',
  beleid: 'klantcontact.registreren',
  tags,
  summary: 'Klantcontact registreren (of als concept opslaan)',
  request: body(klantcontactInvoer),
  responses: { 201: json(klantcontactUit, 'Geregistreerd'), ...fout404, ...fout422 },
});
const leesRoute = route({
  method: 'get',
  path: '/api/v1/klantcontacten/{id}',
  beleid: 'klantcontact.lezen',
  tags,
  summary: 'Klantcontact',
  request: { params: idParams },
  responses: { 200: json(klantcontactUit), ...fout404 },
});
const wijzigRoute = route({
  method: 'patch',
  path: '/api/v1/klantcontacten/{id}',
  beleid: 'klantcontact.concept-afronden',
  tags,
  summary: 'Concept aanvullen of afronden (dezelfde dag)',
  request: { params: idParams, ...body(klantcontactWijziging) },
  responses: { 200: json(klantcontactUit), ...fout404, ...fout409, ...fout422 },
});
const conceptenRoute = route({
  method: 'get',
  path: '/api/v1/klantcontacten/concepten',
  beleid: 'klantcontact.eigen-concepten',
  tags,
  summary: 'Eigen concepten van vandaag',
  responses: { 200: json(z.object({ items: z.array(klantcontactUit) })) },
});
const veelgevraagdRoute = route({
  method: 'get',
  path: '/api/v1/klantcontacten/veelgevraagd',
  beleid: 'klantcontact.veelgevraagd',
  tags,
  summary: 'Meest gevraagde onderwerpen (laatste 90 dagen)',
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({ id: z.uuid(), naam: z.string(), teamId: z.uuid().nullable(), aantal: z.number().int() }),
        ),
      }),
    ),
  },
});
const productenRoute = route({
  method: 'get',
  path: '/api/v1/producten',
  beleid: 'product.zoeken',
  tags: ['Catalogus'],
  summary: 'Producten zoeken (onderwerp van een vraag)',
  request: { query: z.object({ q: z.string().trim().max(100).optional() }) },
  responses: {
    200: json(
      z.object({
        items: z.array(
          z.object({
            id: z.uuid(),
            naam: z.string(),
            uplNaam: z.string().nullable(),
            uplUri: z.string().nullable(),
            teamId: z.uuid().nullable().openapi({ description: 'Het verantwoordelijke team' }),
          }),
        ),
      }),
    ),
  },
});

export function klantcontactenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(veelgevraagdRoute, async (c) =>
    c.json(
      {
        items: (await veelgevraagd(c.get('ctx'))) as {
          id: string;
          naam: string;
          teamId: string | null;
          aantal: number;
        }[],
      },
      200,
    ),
  );
  app.openapi(conceptenRoute, async (c) =>
    c.json({ items: await listConcepten(c.get('ctx'), actorVan(c)) }, 200),
  );
  app.openapi(registreerRoute, async (c) =>
    c.json(await registerKlantcontact(c.get('ctx'), actorVan(c), c.req.valid('json')), 201),
  );
  app.openapi(leesRoute, async (c) =>
    c.json(await getKlantcontact(c.get('ctx').db, c.req.valid('param').id), 200),
  );
  app.openapi(wijzigRoute, async (c) =>
    c.json(
      await updateKlantcontact(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(productenRoute, async (c) =>
    c.json({ items: await zoekProducten(c.get('ctx').db, c.req.valid('query').q ?? '') }, 200),
  );
}
