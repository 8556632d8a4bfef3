import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, actorVan } from '../http/env';
import { lijstSchema } from '../http/lijst';
import { fout422, json, route } from '../http/route';
import { exporteerAudit, MAX_EXPORT } from './export';
import { auditFilter, zoekAudit } from './zoeken';

const auditRegelUit = z
  .object({
    id: z.number().int(),
    tijdstip: z.string(),
    medewerkerNaam: z.string(),
    rol: z.string().nullable(),
    actie: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    objectNaam: z
      .string()
      .nullable()
      .openapi({ description: 'De naam van het object (team, medewerker, nummer van het verzoek …)' }),
    persoonsgegevens: z.boolean(),
    reden: z.string().nullable(),
    requestId: z.string().nullable().openapi({ description: 'Door de server gegenereerd, per verzoek' }),
    correlatieId: z
      .string()
      .nullable()
      .openapi({ description: 'De X-Request-Id van de aanroeper, als die geldig was' }),
    adres: z.string().nullable().openapi({ description: 'IP-adres van de aanroeper' }),
    userAgent: z.string().nullable(),
  })
  .openapi('AuditRegel');

const auditRoute = route({
  method: 'get',
  path: '/api/v1/audit',
  beleid: 'audit.zoeken',
  tags: ['Beheer'],
  summary: 'Auditlog doorzoeken',
  request: { query: auditFilter },
  responses: { 200: json(lijstSchema(auditRegelUit, 'AuditLijst')) },
});

const exportRoute = route({
  method: 'get',
  path: '/api/v1/audit/export',
  beleid: 'audit.exporteren',
  tags: ['Beheer'],
  summary: `Auditlog als CSV (het filter van het zoeken, hoogstens ${MAX_EXPORT} regels; zonder BSN)`,
  request: { query: auditFilter.omit({ page: true, pageSize: true }) },
  responses: {
    200: { description: 'CSV, puntkomma-gescheiden', content: { 'text/csv': { schema: z.string() } } },
    ...fout422,
  },
});

export function auditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(auditRoute, async (c) => c.json(await zoekAudit(c.get('ctx').db, c.req.valid('query')), 200));
  app.openapi(exportRoute, async (c) => {
    const csv = await exporteerAudit(c.get('ctx'), actorVan(c), c.req.valid('query'));
    const dag = c.get('ctx').now().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="auditlog-${dag}.csv"`,
    });
  });
}
