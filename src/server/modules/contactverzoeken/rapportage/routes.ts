import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../../platform/http/env';
import { lijstSchema } from '../../../platform/http/lijst';
import { body, fout404, fout422, idParams, json, route } from '../../../platform/http/route';
import { vereisRapportage } from '../../../policies';
import { dashboard } from './dashboard';
import { BESTANDEN, type Bestandsoort, leesBestand, listRapporten, maakRapportNu } from './rapport';
import * as s from './schemas';

const tags = ['Rapportage'];

const dashboardRoute = route({
  method: 'get',
  path: '/api/v1/contactverzoeken/dashboard',
  beleid: 'dashboard.lezen',
  tags,
  summary: 'Dashboard contactverzoeken van een team of de hele organisatie',
  request: { query: s.dashboardQuery },
  responses: { 200: json(s.dashboardUit), ...fout404 },
});
const lijstRoute = route({
  method: 'get',
  path: '/api/v1/rapporten',
  beleid: 'rapport.lezen',
  tags,
  summary: 'Managementrapportages (week en maand)',
  request: { query: s.rapportQuery },
  responses: { 200: json(lijstSchema(s.rapportUit, 'RapportLijst')) },
});
const maakRoute = route({
  method: 'post',
  path: '/api/v1/rapporten',
  beleid: 'rapport.maken',
  tags,
  summary: 'Managementrapportage nu maken (vervangt die van dezelfde periode)',
  request: body(s.rapportInvoer),
  responses: { 201: json(s.rapportUit, 'Gemaakt'), ...fout422 },
});
const bestandRoute = (soort: Bestandsoort, type: string) =>
  route({
    method: 'get',
    path: `/api/v1/rapporten/{id}/${soort}`,
    beleid: 'rapport.lezen',
    tags,
    summary: soort === 'pdf' ? 'Rapport als PDF met grafieken' : 'Rapport als spreadsheet met alle verzoeken',
    request: { params: idParams },
    responses: {
      200: {
        description: 'Het bestand',
        content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...fout404,
    },
  });

export function rapportageRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(dashboardRoute, async (c) => {
    const ctx = c.get('ctx');
    const teamId = c.req.valid('query').teamId ?? null;
    vereisRapportage(actorVan(c), teamId);
    return c.json(await dashboard(ctx.db, teamId, ctx.now()), 200);
  });
  app.openapi(lijstRoute, async (c) =>
    c.json(await listRapporten(c.get('ctx').db, actorVan(c), c.req.valid('query')), 200),
  );
  app.openapi(maakRoute, async (c) =>
    c.json(await maakRapportNu(c.get('ctx'), actorVan(c), c.req.valid('json') as s.RapportInvoer), 201),
  );
  for (const soort of Object.keys(BESTANDEN) as Bestandsoort[])
    app.openapi(bestandRoute(soort, BESTANDEN[soort].type), async (c) => {
      const b = await leesBestand(c.get('ctx').db, actorVan(c), c.req.valid('param').id, soort);
      return c.body(new Uint8Array(b.inhoud), 200, {
        'content-type': b.type,
        'content-disposition': `attachment; filename="${b.bestandsnaam}"`,
      });
    });
}
