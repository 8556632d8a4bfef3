import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Actor } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstSchema } from '../../platform/http/lijst';
import { body, fout404, fout409, fout422, idParams, json, route } from '../../platform/http/route';
import type { BeleidSleutel } from '../../policies';
import { maakZaak } from './operations/aanmaken';
import { sluitAf } from './operations/afsluiten';
import { legBesluitVast } from './operations/besluit';
import { zetEigenschap } from './operations/eigenschap-zetten';
import { leesZaak, voorActor, type ZaakDetail } from './operations/lees-zaak';
import { maakZaakNotitie } from './operations/notitie';
import { hervat, schortOp } from './operations/opschorten';
import { leesRegie } from './operations/regie';
import { relateer } from './operations/relateren';
import { zetStatus } from './operations/status-zetten';
import { vraagStatusNa } from './operations/statusvraag';
import { pakZaakOp, wijsZaakToe } from './operations/toewijzen';
import { verleng } from './operations/verlengen';
import { zoekZaken } from './operations/werkvoorraad';
import { zakenVan } from './operations/zaken-van-partij';
import * as s from './schemas';

const tags = ['Zaken'];
const detail = { 200: json(s.zaakDetail), ...fout404, ...fout409, ...fout422 };

type Doe = (ctx: AppContext, actor: Actor, id: string, invoer: never) => Promise<ZaakDetail>;

/** An action on one zaak: its body validated by the route, the zaak with its history back. */
const acties: [string, string, z.ZodType, Doe, BeleidSleutel?][] = [
  ['oppakken', 'Zelf oppakken', s.oppakInvoer, (ctx, a, id, b: s.Versie) => pakZaakOp(ctx, a, id, b.versie)],
  [
    'toewijzing',
    'Toewijzen aan een medewerker van het team (of de toewijzing opheffen)',
    s.toewijzingInvoer,
    (ctx, a, id, b: z.infer<typeof s.toewijzingInvoer>) => wijsZaakToe(ctx, a, id, b.behandelaarId, b.versie),
    'zaak.toewijzen',
  ],
  ['status', 'Status zetten', s.statusInvoer, (ctx, a, id, b: s.StatusInvoer) => zetStatus(ctx, a, id, b)],
  [
    'eigenschappen',
    'Eigenschap vastleggen',
    s.eigenschapInvoer,
    (ctx, a, id, b: s.EigenschapInvoer) => zetEigenschap(ctx, a, id, b),
  ],
  [
    'notities',
    'Notitie toevoegen',
    s.notitieInvoer,
    (ctx, a, id, b: { tekst: string }) => maakZaakNotitie(ctx, a, id, b.tekst),
  ],
  [
    'opschorting',
    'Opschorten (één keer, als het zaaktype het toestaat)',
    s.opschortingInvoer,
    (ctx, a, id, b: { reden: string } & s.Versie) => schortOp(ctx, a, id, b.reden, b.versie),
  ],
  [
    'hervatting',
    'Hervatten: de termijnen schuiven op',
    s.hervattingInvoer,
    (ctx, a, id, b: s.Versie) => hervat(ctx, a, id, b.versie),
  ],
  [
    'verlenging',
    'Verlengen (één keer, binnen de verlengingstermijn)',
    s.verlengingInvoer,
    (ctx, a, id, b: s.VerlengingInvoer) => verleng(ctx, a, id, b),
  ],
  [
    'besluiten',
    'Besluit vastleggen',
    s.besluitInvoer,
    (ctx, a, id, b: s.BesluitInvoer) => legBesluitVast(ctx, a, id, b),
  ],
  [
    'afsluiting',
    'Afsluiten met een resultaat',
    s.afsluitingInvoer,
    (ctx, a, id, b: s.AfsluitingInvoer) => sluitAf(ctx, a, id, b),
  ],
  [
    'relaties',
    'Aan een andere zaak relateren',
    s.relatieInvoer,
    (ctx, a, id, b: s.RelatieInvoer) => relateer(ctx, a, id, b),
  ],
];

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/zaken',
  beleid: 'zaak.zoeken',
  tags,
  summary: 'Werkvoorraad: zaken zoeken en filteren',
  request: { query: s.werkvoorraadQuery },
  responses: { 200: json(lijstSchema(s.zaakUit, 'ZaakLijst')) },
});
const maakRoute = route({
  method: 'post',
  path: '/api/v1/zaken',
  beleid: 'zaak.maken',
  tags,
  summary: 'Zaak aanmaken (los of uit een klantcontact)',
  request: body(s.zaakInvoer),
  responses: { 201: json(s.zaakDetail, 'Aangemaakt'), ...fout404, ...fout422 },
});
const leesRoute = route({
  method: 'get',
  path: '/api/v1/zaken/{id}',
  beleid: 'zaak.lezen',
  tags,
  summary: 'Zaak met statussen, rollen, besluiten en historie',
  request: { params: idParams },
  responses: { 200: json(s.zaakDetail), ...fout404 },
});
const partijRoute = route({
  method: 'get',
  path: '/api/v1/partijen/{id}/zaken',
  beleid: 'zaak.van-partij',
  tags,
  summary: 'De zaken van een partij, voor de klantkaart',
  request: { params: idParams },
  responses: {
    200: json(
      z
        .object({ items: z.array(s.zaakUit), open: z.number().int(), teLaat: z.number().int() })
        .openapi('ZakenVanPartij'),
    ),
  },
});

const regieRoute = route({
  method: 'get',
  path: '/api/v1/regie',
  beleid: 'regie.lezen',
  tags,
  summary: 'Regie van het KCC: open zaken en contactverzoeken van alle teams die bijna of over hun norm zijn',
  request: { query: s.regieQuery },
  responses: { 200: json(s.regieUit) },
});
const statusvraagRoute = route({
  method: 'post',
  path: '/api/v1/regie/statusvraag',
  beleid: 'regie.statusvraag',
  tags,
  summary: 'Vraag status na: een contactverzoek aan het verantwoordelijke team',
  request: body(s.statusvraagInvoer),
  responses: { 201: json(z.object({ id: z.uuid(), nummer: z.string() }), 'Aangemaakt'), ...fout404 },
});

export function zakenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(regieRoute, async (c) => {
    const ctx = c.get('ctx');
    return c.json(await leesRegie(ctx.db, actorVan(c), c.req.valid('query'), ctx.now()), 200);
  });
  app.openapi(statusvraagRoute, async (c) => {
    const { id, nummer } = await vraagStatusNa(c.get('ctx'), actorVan(c), c.req.valid('json'));
    return c.json({ id, nummer }, 201);
  });
  app.openapi(lijstRoute, async (c) => {
    const ctx = c.get('ctx');
    return c.json(await zoekZaken(ctx.db, actorVan(c), c.req.valid('query'), ctx.now()), 200);
  });
  app.openapi(maakRoute, async (c) => {
    const actor = actorVan(c);
    return c.json(voorActor(actor, await maakZaak(c.get('ctx'), actor, c.req.valid('json'))), 201);
  });
  app.openapi(leesRoute, async (c) =>
    c.json(await leesZaak(c.get('ctx'), actorVan(c), c.req.valid('param').id), 200),
  );
  app.openapi(partijRoute, async (c) =>
    c.json(await zakenVan(c.get('ctx'), actorVan(c), c.req.valid('param').id), 200),
  );
  for (const [pad, summary, invoer, doe, beleid = 'zaak.behandelen'] of acties) {
    const r = route({
      method: 'post',
      path: `/api/v1/zaken/{id}/${pad}`,
      beleid,
      tags,
      summary,
      request: { params: idParams, ...body(invoer) },
      responses: detail,
    });
    app.openapi(r, async (c) => {
      const actor = actorVan(c);
      const zaak = await doe(c.get('ctx'), actor, c.req.valid('param').id, c.req.valid('json') as never);
      return c.json(voorActor(actor, zaak), 200);
    });
  }
}
