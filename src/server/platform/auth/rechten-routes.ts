import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { rechtenVan } from '../../policies';
import { type AppEnv, actorVan } from '../http/env';
import { json, route } from '../http/route';

const teams = z.object({
  alle: z.boolean().openapi({ description: 'Alle teams' }),
  teamIds: z.array(z.uuid()).openapi({ description: 'Anders: deze teams' }),
});

const rechtenRoute = route({
  method: 'get',
  path: '/api/v1/sessie/rechten',
  beleid: 'sessie.lezen',
  tags: ['Sessie'],
  summary: 'Wat de ingelogde medewerker mag: de werkvoorraden, dashboards en rapporten van welke teams',
  responses: {
    200: json(
      z.object({ werkvoorraad: teams, rapportage: teams, organisatie: z.boolean() }).openapi('Rechten'),
    ),
  },
});

/** The policy layer's answer for the screens, which hide what the server would refuse. */
export function rechtenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(rechtenRoute, (c) => c.json(rechtenVan(actorVan(c)), 200));
}
