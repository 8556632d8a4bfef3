import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstSchema } from '../../platform/http/lijst';
import { body, fout404, fout422, idParams, json, route } from '../../platform/http/route';
import { getProduct, listProducten } from './operations/product-lezen';
import { zetProductTeam } from './operations/product-team';
import * as s from './schemas';

const tags = ['Catalogus'];

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/catalogus/producten',
  beleid: 'product.zoeken',
  tags,
  summary: 'Producten met hun verantwoordelijke team (beheer)',
  request: { query: s.productLijstQuery },
  responses: { 200: json(lijstSchema(s.productUit, 'ProductLijst')) },
});
const leesRoute = route({
  method: 'get',
  path: '/api/v1/catalogus/producten/{id}',
  beleid: 'product.zoeken',
  tags,
  summary: 'Product',
  request: { params: idParams },
  responses: { 200: json(s.productUit), ...fout404 },
});
const wijzigRoute = route({
  method: 'patch',
  path: '/api/v1/catalogus/producten/{id}',
  beleid: 'product.beheren',
  tags,
  summary: 'Verantwoordelijk team van een product instellen',
  request: { params: idParams, ...body(s.productWijziging) },
  responses: { 200: json(s.productUit), ...fout404, ...fout422 },
});

export function catalogusRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(lijstRoute, async (c) =>
    c.json(await listProducten(c.get('ctx').db, c.req.valid('query')), 200),
  );
  app.openapi(leesRoute, async (c) =>
    c.json(await getProduct(c.get('ctx').db, c.req.valid('param').id), 200),
  );
  app.openapi(wijzigRoute, async (c) =>
    c.json(
      await zetProductTeam(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
