import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Actor } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstSchema } from '../../platform/http/lijst';
import { body, fout404, fout409, fout422, idParams, json, route, versie } from '../../platform/http/route';
import { handelAf } from './operations/afhandelen';
import { createContactverzoek } from './operations/create-contactverzoek';
import { stuurDoor } from './operations/doorsturen';
import { leesContactverzoek, voorActor } from './operations/lees-contactverzoek';
import { maakNotitie } from './operations/notitie';
import { registreerPoging } from './operations/poging';
import { leesNormen, verwijderNorm, zetNorm } from './operations/servicenormen';
import { claimContactverzoek, wijsToe } from './operations/toewijzen';
import { listContactverzoeken } from './operations/werkvoorraad';
import type { Huidig } from './operations/wijzigen';
import * as s from './schemas';

const tags = ['Contactverzoeken'];
/** An action on one request: its body validated by the route, the request with its logboek back. */
type Actie = (ctx: AppContext, actor: Actor, id: string, invoer: unknown) => Promise<unknown>;
const detail = { 200: json(s.contactverzoekDetail), ...fout404, ...fout409, ...fout422 };
const actie = (
  pad: string,
  summary: string,
  invoer: z.ZodType,
  beleid: 'contactverzoek.behandelen' | 'contactverzoek.oppakken' = 'contactverzoek.behandelen',
) =>
  route({
    method: 'post',
    path: `/api/v1/contactverzoeken/{id}/${pad}`,
    beleid,
    tags,
    summary,
    request: { params: idParams, ...body(invoer) },
    responses: detail,
  });

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/contactverzoeken',
  beleid: 'contactverzoek.zoeken',
  tags,
  summary: 'Werkvoorraad: contactverzoeken zoeken en filteren',
  request: { query: s.werkvoorraadQuery },
  responses: { 200: json(lijstSchema(s.contactverzoekUit, 'ContactverzoekLijst')) },
});
const maakRoute = route({
  method: 'post',
  path: '/api/v1/contactverzoeken',
  beleid: 'contactverzoek.maken',
  tags,
  summary: 'Contactverzoek maken (los of uit een vraag van een klantcontact)',
  request: body(s.contactverzoekInvoer),
  responses: { 201: json(s.contactverzoekDetail, 'Aangemaakt'), ...fout404, ...fout422 },
});
const leesRoute = route({
  method: 'get',
  path: '/api/v1/contactverzoeken/{id}',
  beleid: 'contactverzoek.lezen',
  tags,
  summary: 'Contactverzoek met logboek',
  request: { params: idParams },
  responses: { 200: json(s.contactverzoekDetail), ...fout404 },
});
const toewijzingRoute = route({
  method: 'post',
  path: '/api/v1/contactverzoeken/toewijzing',
  beleid: 'contactverzoek.toewijzen',
  tags,
  summary: 'Een of meer verzoeken toewijzen (of de toewijzing opheffen)',
  request: body(s.toewijzing),
  responses: {
    200: json(z.object({ items: z.array(s.contactverzoekDetail) })),
    ...fout404,
    ...fout409,
    ...fout422,
  },
});
const claimRoute = actie(
  'claim',
  'Zelf oppakken',
  z.strictObject({ versie: versie.optional() }),
  'contactverzoek.oppakken',
);
const pogingRoute = actie('pogingen', 'Belpoging vastleggen', s.poging);
const notitieRoute = actie('notities', 'Notitie toevoegen', s.notitie);
const doorstuurRoute = actie('doorsturen', 'Doorsturen naar een ander team', s.doorsturing);
const afhandelRoute = actie('afhandelen', 'Afhandelen met resultaat', s.afhandeling);
const normenRoute = route({
  method: 'get',
  path: '/api/v1/servicenormen',
  beleid: 'servicenorm.lezen',
  tags,
  summary: 'Servicenormen per team en per product',
  responses: { 200: json(z.object({ standaard: s.norm, items: z.array(s.servicenormUit) })) },
});
const normRoute = route({
  method: 'put',
  path: '/api/v1/servicenormen',
  beleid: 'servicenorm.beheren',
  tags,
  summary: 'Servicenorm van een team of product instellen',
  request: body(s.servicenormInvoer),
  responses: { 200: json(s.servicenormUit), ...fout422 },
});
const verwijderNormRoute = route({
  method: 'delete',
  path: '/api/v1/servicenormen/{id}',
  beleid: 'servicenorm.beheren',
  tags,
  summary: 'Servicenorm verwijderen (het product volgt dan zijn team, het team de standaardnorm)',
  request: { params: idParams },
  responses: { 204: { description: 'Verwijderd' }, ...fout404 },
});

export function contactverzoekenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(lijstRoute, async (c) => {
    const ctx = c.get('ctx');
    return c.json(await listContactverzoeken(ctx.db, actorVan(c), c.req.valid('query'), ctx.now()), 200);
  });
  app.openapi(maakRoute, async (c) => {
    const actor = actorVan(c);
    return c.json(
      voorActor(actor, await createContactverzoek(c.get('ctx'), actor, c.req.valid('json'))),
      201,
    );
  });
  app.openapi(toewijzingRoute, async (c) => {
    const { ids, medewerkerId } = c.req.valid('json');
    const actor = actorVan(c);
    const items = await wijsToe(c.get('ctx'), actor, ids, medewerkerId);
    return c.json({ items: items.map((cv) => voorActor(actor, cv)) }, 200);
  });
  app.openapi(leesRoute, async (c) => {
    return c.json(await leesContactverzoek(c.get('ctx'), actorVan(c), c.req.valid('param').id), 200);
  });
  const acties: [ReturnType<typeof actie>, Actie][] = [
    [
      claimRoute,
      (ctx, actor, id, b) => claimContactverzoek(ctx, actor, id, (b as { versie?: number }).versie),
    ],
    [pogingRoute, (ctx, actor, id, b) => registreerPoging(ctx, actor, id, b as s.Poging)],
    [notitieRoute, (ctx, actor, id, b) => maakNotitie(ctx, actor, id, (b as { tekst: string }).tekst)],
    [doorstuurRoute, (ctx, actor, id, b) => stuurDoor(ctx, actor, id, b as s.Doorsturing)],
    [afhandelRoute, (ctx, actor, id, b) => handelAf(ctx, actor, id, b as s.Afhandeling)],
  ];
  for (const [r, doe] of acties)
    app.openapi(r, async (c) => {
      const actor = actorVan(c);
      const cv = (await doe(c.get('ctx'), actor, c.req.valid('param').id, c.req.valid('json'))) as Huidig;
      return c.json(voorActor(actor, cv), 200);
    });
  app.openapi(normenRoute, async (c) => c.json(await leesNormen(c.get('ctx').db), 200));
  app.openapi(normRoute, async (c) =>
    c.json(await zetNorm(c.get('ctx'), actorVan(c), c.req.valid('json')), 200),
  );
  app.openapi(verwijderNormRoute, async (c) => {
    await verwijderNorm(c.get('ctx'), actorVan(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
