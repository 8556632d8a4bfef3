import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { body, fout404, fout422, idParams, json, route } from '../../platform/http/route';
import { beeindigLopendContact } from './operations/beeindig-lopend-contact';
import { beginLopendContact } from './operations/begin-lopend-contact';
import { bewaarLopendContact } from './operations/bewaar-lopend-contact';
import { leesLopendContact } from './operations/lees-lopend-contact';
import { lopendContactInhoud, lopendContactInvoer, lopendContactUit } from './schemas';

const tags = ['Werkplek'];
const pad = '/api/v1/lopende-contacten/{id}';

const beginRoute = route({
  method: 'post',
  path: '/api/v1/lopende-contacten',
  beleid: 'lopend-contact.beginnen',
  tags,
  summary: 'Contact aan de werkplek beginnen (vervangt het vorige lopende contact)',
  request: body(lopendContactInvoer),
  responses: { 201: json(lopendContactUit, 'Begonnen'), ...fout404, ...fout422 },
});
const leesRoute = route({
  method: 'get',
  path: pad,
  beleid: 'lopend-contact.eigen',
  tags,
  summary: 'Eigen lopend contact (na het herladen van de werkplek)',
  request: { params: idParams },
  responses: { 200: json(lopendContactUit), ...fout404 },
});
const bewaarRoute = route({
  method: 'put',
  path: pad,
  beleid: 'lopend-contact.eigen',
  tags,
  summary: 'Wat tot nu toe is ingevuld bewaren',
  request: { params: idParams, ...body(z.strictObject({ inhoud: lopendContactInhoud })) },
  responses: { 200: json(lopendContactUit), ...fout404, ...fout422 },
});
const beeindigRoute = route({
  method: 'delete',
  path: pad,
  beleid: 'lopend-contact.eigen',
  tags,
  summary: 'Lopend contact weggooien (na registreren of afbreken)',
  request: { params: idParams },
  responses: { 204: { description: 'Verwijderd' }, ...fout404 },
});

export function werkplekRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(beginRoute, async (c) =>
    c.json(await beginLopendContact(c.get('ctx'), actorVan(c), c.req.valid('json')), 201),
  );
  app.openapi(leesRoute, async (c) =>
    c.json(await leesLopendContact(c.get('ctx').db, actorVan(c), c.req.valid('param').id), 200),
  );
  app.openapi(bewaarRoute, async (c) =>
    c.json(
      await bewaarLopendContact(
        c.get('ctx'),
        actorVan(c),
        c.req.valid('param').id,
        c.req.valid('json').inhoud,
      ),
      200,
    ),
  );
  app.openapi(beeindigRoute, async (c) => {
    await beeindigLopendContact(c.get('ctx'), actorVan(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
