import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Actor } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstSchema } from '../../platform/http/lijst';
import { body, fout404, fout409, fout422, idParams, json, route } from '../../platform/http/route';
import { createZaaktype } from './operations/create-zaaktype';
import { getZaaktypeVolledig, listZaaktypen } from './operations/lees-zaaktype';
import { nieuweVersie } from './operations/nieuwe-versie';
import { publiceerZaaktype } from './operations/publiceer-zaaktype';
import { listProcestypen, listSelectielijstResultaten } from './operations/selectielijst';
import { verwijderZaaktype } from './operations/verwijder-zaaktype';
import { wijzigZaaktype } from './operations/wijzig-zaaktype';
import { zetBesluittypen } from './operations/zet-besluittypen';
import { zetEigenschappen } from './operations/zet-eigenschappen';
import { zetInformatieobjecttypen } from './operations/zet-informatieobjecttypen';
import { zetResultaattypen } from './operations/zet-resultaattypen';
import { zetRoltypen } from './operations/zet-roltypen';
import { zetStatustypen } from './operations/zet-statustypen';
import * as s from './schemas';

const tags = ['Zaaktypen'];
const pad = '/api/v1/zaaktypen';

const lijstRoute = route({
  method: 'get',
  path: pad,
  beleid: 'zaaktype.lezen',
  tags,
  summary: 'Zaaktypen zoeken',
  request: { query: s.zaaktypenQuery },
  responses: { 200: json(lijstSchema(s.zaaktypeSamenvatting, 'ZaaktypeLijst')) },
});
const leesRoute = route({
  method: 'get',
  path: `${pad}/{id}`,
  beleid: 'zaaktype.lezen',
  tags,
  summary: 'Zaaktype (een versie, met alle onderdelen)',
  request: { params: idParams },
  responses: { 200: json(s.zaaktype), ...fout404 },
});
const maakRoute = route({
  method: 'post',
  path: pad,
  beleid: 'zaaktype.beheren',
  tags,
  summary: 'Zaaktype aanmaken (als concept)',
  request: body(s.zaaktypeInvoer),
  responses: { 201: json(s.zaaktype, 'Aangemaakt'), ...fout409 },
});
const wijzigRoute = route({
  method: 'patch',
  path: `${pad}/{id}`,
  beleid: 'zaaktype.beheren',
  tags,
  summary: 'Concept wijzigen',
  request: { params: idParams, ...body(s.zaaktypeWijziging) },
  responses: { 200: json(s.zaaktype), ...fout404, ...fout409 },
});
const verwijderRoute = route({
  method: 'delete',
  path: `${pad}/{id}`,
  beleid: 'zaaktype.beheren',
  tags,
  summary: 'Concept verwijderen',
  request: { params: idParams },
  responses: { 204: { description: 'Verwijderd' }, ...fout404, ...fout409 },
});
const publiceerRoute = route({
  method: 'post',
  path: `${pad}/{id}/publiceren`,
  beleid: 'zaaktype.beheren',
  tags,
  summary: 'Concept publiceren (daarna verandert deze versie niet meer)',
  request: { params: idParams, ...body(s.versieInvoer) },
  responses: { 200: json(s.zaaktype), ...fout404, ...fout409, ...fout422 },
});
const nieuweVersieRoute = route({
  method: 'post',
  path: `${pad}/{id}/nieuwe-versie`,
  beleid: 'zaaktype.beheren',
  tags,
  summary: 'Nieuwe conceptversie van een gepubliceerde versie',
  request: { params: idParams, ...body(s.nieuweVersieInvoer) },
  responses: { 201: json(s.zaaktype, 'Aangemaakt'), ...fout404, ...fout409 },
});

const onderdeelNamen: Record<s.Onderdeel, string> = {
  statustypen: 'Statustypen (in volgorde)',
  resultaattypen: 'Resultaattypen',
  roltypen: 'Roltypen',
  eigenschappen: 'Eigenschappen',
  informatieobjecttypen: 'Informatieobjecttypen',
  besluittypen: 'Besluittypen',
};
const onderdeelRoute = <O extends s.Onderdeel>(onderdeel: O) =>
  route({
    method: 'put',
    path: `${pad}/{id}/${onderdeel}`,
    beleid: 'zaaktype.beheren',
    tags,
    summary: `${onderdeelNamen[onderdeel]} van een concept vervangen`,
    request: { params: idParams, ...body(s.onderdelen[onderdeel] as (typeof s.onderdelen)[O]) },
    responses: { 200: json(s.zaaktype), ...fout404, ...fout409 },
  });

const procestypenRoute = route({
  method: 'get',
  path: '/api/v1/selectielijst/procestypen',
  beleid: 'zaaktype.lezen',
  tags,
  summary: 'Procestypen van de VNG Selectielijst',
  responses: { 200: json(z.object({ items: z.array(s.selectielijstProcestype) })) },
});
const resultatenRoute = route({
  method: 'get',
  path: '/api/v1/selectielijst/resultaten',
  beleid: 'zaaktype.lezen',
  tags,
  summary: 'Resultaten (selectielijstklassen) van de VNG Selectielijst',
  request: { query: s.selectielijstQuery },
  responses: { 200: json(z.object({ items: z.array(s.selectielijstResultaat) })) },
});

type Zetter<O extends s.Onderdeel> = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  invoer: s.OnderdeelInvoer<O>,
) => Promise<s.ZaaktypeUit>;

function onderdeelRoutes<O extends s.Onderdeel>(app: OpenAPIHono<AppEnv>, onderdeel: O, zet: Zetter<O>) {
  app.openapi(onderdeelRoute(onderdeel), async (c) =>
    c.json(
      await zet(
        c.get('ctx'),
        actorVan(c),
        c.req.valid('param').id,
        c.req.valid('json') as s.OnderdeelInvoer<O>,
      ),
      200,
    ),
  );
}

export function zaaktypenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(procestypenRoute, async (c) => c.json({ items: await listProcestypen(c.get('ctx').db) }, 200));
  app.openapi(resultatenRoute, async (c) =>
    c.json(
      { items: await listSelectielijstResultaten(c.get('ctx').db, c.req.valid('query').procestype) },
      200,
    ),
  );
  app.openapi(lijstRoute, async (c) =>
    c.json(await listZaaktypen(c.get('ctx').db, c.req.valid('query')), 200),
  );
  app.openapi(leesRoute, async (c) =>
    c.json(await getZaaktypeVolledig(c.get('ctx').db, c.req.valid('param').id), 200),
  );
  app.openapi(maakRoute, async (c) =>
    c.json(await createZaaktype(c.get('ctx'), actorVan(c), c.req.valid('json')), 201),
  );
  app.openapi(wijzigRoute, async (c) =>
    c.json(
      await wijzigZaaktype(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(verwijderRoute, async (c) => {
    await verwijderZaaktype(c.get('ctx'), actorVan(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(publiceerRoute, async (c) =>
    c.json(
      await publiceerZaaktype(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json').versie),
      200,
    ),
  );
  app.openapi(nieuweVersieRoute, async (c) =>
    c.json(await nieuweVersie(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  onderdeelRoutes(app, 'statustypen', zetStatustypen);
  onderdeelRoutes(app, 'resultaattypen', zetResultaattypen);
  onderdeelRoutes(app, 'roltypen', zetRoltypen);
  onderdeelRoutes(app, 'eigenschappen', zetEigenschappen);
  onderdeelRoutes(app, 'informatieobjecttypen', zetInformatieobjecttypen);
  onderdeelRoutes(app, 'besluittypen', zetBesluittypen);
}
