import type { OpenAPIHono } from '@hono/zod-openapi';
import { systeemActor } from '../../platform/auth/rollen';
import { type AppEnv, herkomstVan } from '../../platform/http/env';
import { body, fout404, fout409, fout410, fout422, json, route } from '../../platform/http/route';
import { beantwoord, leesUitnodiging } from './operations/beantwoorden';
import * as s from './schemas';

const leesRoute = route({
  method: 'get',
  path: '/api/v1/kto/{token}',
  beleid: 'kto.lezen',
  tags: ['KTO'],
  summary: 'Een uitnodiging voor het klanttevredenheidsonderzoek: waarover, en of ze nog in te vullen is',
  request: { params: s.tokenParams },
  responses: { 200: json(s.ktoUitnodigingUit), ...fout404 },
});

const beantwoordRoute = route({
  method: 'post',
  path: '/api/v1/kto/{token}',
  beleid: 'kto.beantwoorden',
  tags: ['KTO'],
  summary: 'Het antwoord van de inwoner: één keer per uitnodiging, tot ze verloopt',
  request: { params: s.tokenParams, ...body(s.ktoAntwoord) },
  responses: { 201: json(s.ktoBeantwoordUit, 'Opgeslagen'), ...fout404, ...fout409, ...fout410, ...fout422 },
});

export function ktoRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(leesRoute, async (c) =>
    c.json(await leesUitnodiging(c.get('ctx'), c.req.valid('param').token), 200),
  );
  app.openapi(beantwoordRoute, async (c) => {
    const inwoner = systeemActor('Inwoner (KTO)', herkomstVan(c));
    return c.json(
      await beantwoord(c.get('ctx'), inwoner, c.req.valid('param').token, c.req.valid('json')),
      201,
    );
  });
}
