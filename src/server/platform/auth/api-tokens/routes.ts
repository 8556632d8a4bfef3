import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../http/env';
import { lijstSchema } from '../../http/lijst';
import { body, fout404, fout409, idParams, json, route } from '../../http/route';
import { listApiTokens } from './api-token-lezen';
import { createApiToken } from './create-api-token';
import { revokeApiToken } from './revoke-api-token';
import * as s from './schemas';

const tags = ['Beheer'];

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/api-tokens',
  beleid: 'api-token.beheren',
  tags,
  summary: 'API-tokens zoeken',
  description: 'Zonder het token zelf of zijn hash: die zijn na het aanmaken niet meer op te vragen.',
  request: { query: s.apiTokenQuery },
  responses: { 200: json(lijstSchema(s.apiToken, 'ApiTokenLijst')) },
});
const maakRoute = route({
  method: 'post',
  path: '/api/v1/api-tokens',
  beleid: 'api-token.beheren',
  tags,
  summary: 'API-token aanmaken',
  description: 'Het antwoord bevat het token, eenmalig.',
  request: body(s.apiTokenInvoer),
  responses: { 201: json(s.nieuwApiToken, 'Aangemaakt'), ...fout409 },
});
const intrekRoute = route({
  method: 'post',
  path: '/api/v1/api-tokens/{id}/intrekken',
  beleid: 'api-token.beheren',
  tags,
  summary: 'API-token intrekken',
  description: 'Vanaf nu krijgt het token 401. Een ingetrokken token blijft in de lijst staan.',
  request: { params: idParams },
  responses: { 200: json(s.apiToken), ...fout404, ...fout409 },
});

export function apiTokenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(lijstRoute, async (c) => {
    const { db, now } = c.get('ctx');
    return c.json(await listApiTokens(db, now(), c.req.valid('query')), 200);
  });
  app.openapi(maakRoute, async (c) => {
    const nieuw = await createApiToken(c.get('ctx'), actorVan(c), c.req.valid('json'));
    c.header('Cache-Control', 'no-store');
    return c.json(nieuw, 201);
  });
  app.openapi(intrekRoute, async (c) =>
    c.json(await revokeApiToken(c.get('ctx'), actorVan(c), { id: c.req.valid('param').id }), 200),
  );
}
