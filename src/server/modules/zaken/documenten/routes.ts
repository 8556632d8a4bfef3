import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../../../platform/http/env';
import { fout404, fout409, fout422, idParams, json, route } from '../../../platform/http/route';
import { contentDisposition } from './bestand';
import { downloadDocument } from './operations/downloaden';
import { leesDocumenten } from './operations/lezen';
import { voegVersieToe } from './operations/nieuwe-versie';
import { ontgrendel } from './operations/ontgrendelen';
import { voegDocumentToe } from './operations/toevoegen';
import { vergrendel } from './operations/vergrendelen';
import * as s from './schemas';

const tags = ['Zaken'];
const probleem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } },
});
const formulier = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'multipart/form-data': { schema } } },
});
const uploadFouten = {
  413: probleem('Het bestand is groter dan DOCUMENT_MAX_MB'),
  415: probleem('De body is geen multipart/form-data'),
  ...fout404,
  ...fout409,
  ...fout422,
};
const document = { 200: json(s.documentUit), ...fout404, ...fout409, ...fout422 };

const lijstRoute = route({
  method: 'get',
  path: '/api/v1/zaken/{id}/documenten',
  beleid: 'zaak.documenten-lezen',
  tags,
  summary: 'De documenten van een zaak, met hun versies',
  request: { params: idParams },
  responses: {
    200: json(z.object({ items: z.array(s.documentUit) }).openapi('ZaakDocumenten')),
    ...fout404,
  },
});
const toevoegRoute = route({
  method: 'post',
  path: '/api/v1/zaken/{id}/documenten',
  beleid: 'zaak.documenten-behandelen',
  tags,
  summary: 'Document toevoegen aan een open zaak (multipart/form-data)',
  request: { params: idParams, ...formulier(s.documentInvoer) },
  responses: { 201: json(s.documentUit, 'Toegevoegd'), ...uploadFouten },
});
const inhoudRoute = route({
  method: 'get',
  path: '/api/v1/zaken/{id}/documenten/{documentId}/inhoud',
  beleid: 'zaak.documenten-lezen',
  tags,
  summary: 'Document downloaden (de huidige versie of een gegeven versie)',
  request: { params: s.documentParams, query: s.inhoudQuery },
  responses: {
    200: {
      description: 'Het bestand, als bijlage onder zijn oorspronkelijke naam',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...fout404,
    500: probleem('Het bestand ontbreekt of klopt niet met zijn sha256'),
  },
});
const vergrendelRoute = route({
  method: 'post',
  path: '/api/v1/zaken/{id}/documenten/{documentId}/vergrendeling',
  beleid: 'zaak.documenten-behandelen',
  tags,
  summary: 'Document vergrendelen om het te bewerken (één medewerker tegelijk)',
  request: { params: s.documentParams },
  responses: document,
});
const versieRoute = route({
  method: 'post',
  path: '/api/v1/zaken/{id}/documenten/{documentId}/versies',
  beleid: 'zaak.documenten-behandelen',
  tags,
  summary: 'Nieuwe versie toevoegen (alleen wie het document vergrendelde; heft de vergrendeling op)',
  request: { params: s.documentParams, ...formulier(s.versieInvoer) },
  responses: { 200: json(s.documentUit), ...uploadFouten },
});
const ontgrendelRoute = route({
  method: 'post',
  path: '/api/v1/zaken/{id}/documenten/{documentId}/ontgrendeling',
  beleid: 'zaak.document-ontgrendelen',
  tags,
  summary: 'Vergrendeling opheffen (of, door key user, teamleider of beheerder, verbreken)',
  request: { params: s.documentParams },
  responses: { 204: { description: 'Opgeheven' }, ...fout404, ...fout409 },
});

export function documentenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(lijstRoute, async (c) =>
    c.json(await leesDocumenten(c.get('ctx'), actorVan(c), c.req.valid('param').id), 200),
  );
  app.openapi(toevoegRoute, async (c) => {
    const invoer = c.req.valid('form') as s.DocumentInvoer;
    return c.json(await voegDocumentToe(c.get('ctx'), actorVan(c), c.req.valid('param').id, invoer), 201);
  });
  app.openapi(inhoudRoute, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const b = await downloadDocument(c.get('ctx'), actorVan(c), id, documentId, c.req.valid('query').versie);
    return c.body(new Uint8Array(b.inhoud), 200, {
      'content-type': b.formaat,
      'content-disposition': contentDisposition(b.bestandsnaam),
      'cache-control': 'private, no-store',
      etag: `"${b.sha256}"`,
    });
  });
  app.openapi(vergrendelRoute, async (c) => {
    const { id, documentId } = c.req.valid('param');
    return c.json(await vergrendel(c.get('ctx'), actorVan(c), id, documentId), 200);
  });
  app.openapi(versieRoute, async (c) => {
    const { id, documentId } = c.req.valid('param');
    const invoer = c.req.valid('form') as { bestand: File };
    return c.json(await voegVersieToe(c.get('ctx'), actorVan(c), id, documentId, invoer), 200);
  });
  app.openapi(ontgrendelRoute, async (c) => {
    const { id, documentId } = c.req.valid('param');
    await ontgrendel(c.get('ctx'), actorVan(c), id, documentId);
    return c.body(null, 204);
  });
}
