import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { fout404, fout422, json, route } from '../../platform/http/route';
import { vereisRapportage } from '../../policies';
import { contactsturing } from './contactsturing';
import { ktosturing } from './ktosturing';
import { normsturing } from './normsturing';
import * as s from './schemas';

const contactenRoute = route({
  method: 'get',
  path: '/api/v1/sturing/contacten',
  beleid: 'sturing.lezen',
  tags: ['Sturing'],
  summary: 'First-contact resolution en kanaalmix van de contacten van een team of de hele organisatie',
  request: { query: s.sturingQuery },
  responses: { 200: json(s.sturingContactenUit), ...fout404, ...fout422 },
});

const normenRoute = route({
  method: 'get',
  path: '/api/v1/sturing/servicenormen',
  beleid: 'sturing.lezen',
  tags: ['Sturing'],
  summary:
    'De servicenormen van elk kanaal: het aandeel dat de norm haalde in de vorige week, maand en kwartaal',
  request: { query: s.normQuery },
  responses: { 200: json(s.sturingNormenUit), ...fout404, ...fout422 },
});

const ktoRoute = route({
  method: 'get',
  path: '/api/v1/sturing/kto',
  beleid: 'sturing.lezen',
  tags: ['Sturing'],
  summary:
    'Het klanttevredenheidsonderzoek van een team of de hele organisatie: respons, score, trend en opmerkingen',
  request: { query: s.sturingQuery },
  responses: { 200: json(s.sturingKtoUit), ...fout404, ...fout422 },
});

export function sturingRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(contactenRoute, async (c) => {
    const ctx = c.get('ctx');
    const q = c.req.valid('query');
    vereisRapportage(actorVan(c), q.teamId ?? null);
    return c.json(await contactsturing(ctx.db, { ...q, teamId: q.teamId ?? null }, ctx.now()), 200);
  });
  app.openapi(normenRoute, async (c) => {
    const ctx = c.get('ctx');
    const teamId = c.req.valid('query').teamId ?? null;
    vereisRapportage(actorVan(c), teamId);
    return c.json(await normsturing(ctx.db, teamId, ctx.now()), 200);
  });
  app.openapi(ktoRoute, async (c) => {
    const ctx = c.get('ctx');
    const q = c.req.valid('query');
    vereisRapportage(actorVan(c), q.teamId ?? null);
    return c.json(await ktosturing(ctx.db, { ...q, teamId: q.teamId ?? null }, ctx.now()), 200);
  });
}
