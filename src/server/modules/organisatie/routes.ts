import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { rollen } from '../../platform/auth/rollen';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstQuery, lijstSchema } from '../../platform/http/lijst';
import { body, fout404, fout409, fout422, idParams, json, route } from '../../platform/http/route';
import { createMedewerker } from './operations/create-medewerker';
import { createTeam } from './operations/create-team';
import { getMedewerker, listMedewerkers } from './operations/medewerker-lezen';
import { resetWachtwoord } from './operations/reset-wachtwoord';
import { getTeam, listTeams } from './operations/team-lezen';
import { verwijderTeamlid } from './operations/teamlid-verwijderen';
import { zetTeamlid } from './operations/teamlid-zetten';
import { updateMedewerker } from './operations/update-medewerker';
import { updateTeam } from './operations/update-team';
import * as s from './schemas';

const tags = ['Organisatie'];

const rollenRoute = route({
  method: 'get',
  path: '/api/v1/rollen',
  beleid: 'rol.lezen',
  tags,
  summary: 'Rollen',
  responses: {
    200: json(
      z.object({
        items: z.array(z.object({ code: s.rol, naam: z.string(), omschrijving: z.string() })),
      }),
    ),
  },
});
const teamsRoute = route({
  method: 'get',
  path: '/api/v1/teams',
  beleid: 'team.lezen',
  tags,
  summary: 'Teams zoeken',
  request: { query: lijstQuery },
  responses: { 200: json(lijstSchema(s.team, 'TeamLijst')) },
});
const teamRoute = route({
  method: 'get',
  path: '/api/v1/teams/{id}',
  beleid: 'team.lezen',
  tags,
  summary: 'Team',
  request: { params: idParams },
  responses: { 200: json(s.team), ...fout404 },
});
const maakTeamRoute = route({
  method: 'post',
  path: '/api/v1/teams',
  beleid: 'team.beheren',
  tags,
  summary: 'Team aanmaken',
  request: body(s.teamInvoer),
  responses: { 201: json(s.team, 'Aangemaakt'), ...fout409 },
});
const wijzigTeamRoute = route({
  method: 'patch',
  path: '/api/v1/teams/{id}',
  beleid: 'team.beheren',
  tags,
  summary: 'Team wijzigen',
  request: { params: idParams, ...body(s.teamWijziging) },
  responses: { 200: json(s.team), ...fout404, ...fout409 },
});
const teamlidRoute = route({
  method: 'put',
  path: '/api/v1/teams/{id}/leden/{medewerkerId}',
  beleid: 'team.beheren',
  tags,
  summary: 'Medewerker in het team opnemen, als key user of niet',
  request: { params: s.teamlidParams, ...body(s.teamlid) },
  responses: { 200: json(s.medewerker), ...fout404 },
});
const verwijderTeamlidRoute = route({
  method: 'delete',
  path: '/api/v1/teams/{id}/leden/{medewerkerId}',
  beleid: 'team.beheren',
  tags,
  summary: 'Medewerker uit het team halen',
  request: { params: s.teamlidParams },
  responses: { 204: { description: 'Uit het team' }, ...fout404 },
});
const medewerkersRoute = route({
  method: 'get',
  path: '/api/v1/medewerkers',
  beleid: 'medewerker.lezen',
  tags,
  summary: 'Medewerkers zoeken',
  request: {
    query: lijstQuery.extend({
      team: z.uuid({ message: 'Geen geldig team-id.' }).optional(),
      rol: s.rol.optional(),
    }),
  },
  responses: { 200: json(lijstSchema(s.medewerker, 'MedewerkerLijst')) },
});
const medewerkerRoute = route({
  method: 'get',
  path: '/api/v1/medewerkers/{id}',
  beleid: 'medewerker.lezen',
  tags,
  summary: 'Medewerker',
  request: { params: idParams },
  responses: { 200: json(s.medewerker), ...fout404 },
});
const maakMedewerkerRoute = route({
  method: 'post',
  path: '/api/v1/medewerkers',
  beleid: 'medewerker.beheren',
  tags,
  summary: 'Medewerker aanmaken',
  request: body(s.medewerkerInvoer),
  responses: { 201: json(s.medewerker, 'Aangemaakt'), ...fout409, ...fout422 },
});
const wijzigMedewerkerRoute = route({
  method: 'patch',
  path: '/api/v1/medewerkers/{id}',
  beleid: 'medewerker.beheren',
  tags,
  summary: 'Medewerker wijzigen',
  request: { params: idParams, ...body(s.medewerkerWijziging) },
  responses: { 200: json(s.medewerker), ...fout404, ...fout409, ...fout422 },
});
const resetRoute = route({
  method: 'post',
  path: '/api/v1/medewerkers/{id}/wachtwoord-reset',
  beleid: 'medewerker.wachtwoord-reset',
  tags,
  summary: 'Wachtwoord resetten',
  request: { params: idParams },
  responses: { 200: json(z.object({ tijdelijkWachtwoord: z.string() })), ...fout404 },
});

export function organisatieRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(rollenRoute, (c) => c.json({ items: rollen.map((r) => ({ ...r })) }, 200));
  app.openapi(teamsRoute, async (c) => c.json(await listTeams(c.get('ctx').db, c.req.valid('query')), 200));
  app.openapi(teamRoute, async (c) => c.json(await getTeam(c.get('ctx').db, c.req.valid('param').id), 200));
  app.openapi(maakTeamRoute, async (c) =>
    c.json(await createTeam(c.get('ctx'), actorVan(c), c.req.valid('json')), 201),
  );
  app.openapi(wijzigTeamRoute, async (c) =>
    c.json(await updateTeam(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(teamlidRoute, async (c) => {
    const { id, medewerkerId } = c.req.valid('param');
    return c.json(await zetTeamlid(c.get('ctx'), actorVan(c), id, medewerkerId, c.req.valid('json')), 200);
  });
  app.openapi(verwijderTeamlidRoute, async (c) => {
    const { id, medewerkerId } = c.req.valid('param');
    await verwijderTeamlid(c.get('ctx'), actorVan(c), id, medewerkerId);
    return c.body(null, 204);
  });
  app.openapi(medewerkersRoute, async (c) =>
    c.json(await listMedewerkers(c.get('ctx').db, c.req.valid('query')), 200),
  );
  app.openapi(medewerkerRoute, async (c) =>
    c.json(await getMedewerker(c.get('ctx').db, c.req.valid('param').id), 200),
  );
  app.openapi(maakMedewerkerRoute, async (c) =>
    c.json(await createMedewerker(c.get('ctx'), actorVan(c), c.req.valid('json')), 201),
  );
  app.openapi(wijzigMedewerkerRoute, async (c) =>
    c.json(
      await updateMedewerker(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(resetRoute, async (c) =>
    c.json(await resetWachtwoord(c.get('ctx'), actorVan(c), c.req.valid('param').id), 200),
  );
}
