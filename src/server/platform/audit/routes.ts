import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { and, count, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { zonderBsn } from '../../policies/partij';
import { bevat } from '../db/zoek';
import type { AppEnv } from '../http/env';
import { lijstQuery, lijstSchema, offset } from '../http/lijst';
import { json, route } from '../http/route';
import { auditRegel } from './schema';

const auditRegelUit = z
  .object({
    id: z.number().int(),
    tijdstip: z.string(),
    medewerkerNaam: z.string(),
    rol: z.string().nullable(),
    actie: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
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

const datum = z.iso.date({ message: 'Gebruik een datum als 2026-11-24.' });
const auditQuery = lijstQuery.omit({ sort: true }).extend({
  actie: z.string().max(100).optional(),
  objectType: z.string().max(100).optional(),
  objectId: z.string().max(100).optional(),
  van: datum.optional(),
  tot: datum.optional().openapi({ description: 'Tot en met deze datum' }),
  persoonsgegevens: z.enum(['true', 'false']).optional(),
  adres: z.string().max(45).optional().openapi({ description: 'IP-adres van de aanroeper (precies)' }),
});

const auditRoute = route({
  method: 'get',
  path: '/api/v1/audit',
  beleid: 'audit.zoeken',
  tags: ['Beheer'],
  summary: 'Auditlog doorzoeken',
  request: { query: auditQuery },
  responses: { 200: json(lijstSchema(auditRegelUit, 'AuditLijst')) },
});

type AuditQuery = z.infer<typeof auditQuery>;

function filter(f: AuditQuery) {
  return and(
    f.q
      ? or(
          bevat(auditRegel.medewerkerNaam, f.q),
          bevat(auditRegel.actie, f.q),
          bevat(auditRegel.objectId, f.q),
          eq(auditRegel.requestId, f.q),
          eq(auditRegel.correlatieId, f.q),
        )
      : undefined,
    f.actie ? eq(auditRegel.actie, f.actie) : undefined,
    f.objectType ? eq(auditRegel.objectType, f.objectType) : undefined,
    f.objectId ? eq(auditRegel.objectId, f.objectId) : undefined,
    f.van
      ? gte(auditRegel.tijdstip, sql`(${f.van}::date)::timestamp at time zone 'Europe/Amsterdam'`)
      : undefined,
    f.tot
      ? lt(auditRegel.tijdstip, sql`(${f.tot}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`)
      : undefined,
    f.persoonsgegevens ? eq(auditRegel.persoonsgegevens, f.persoonsgegevens === 'true') : undefined,
    f.adres ? eq(auditRegel.adres, f.adres) : undefined,
  );
}

export function auditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(auditRoute, async (c) => {
    const f = c.req.valid('query');
    const { db } = c.get('ctx');
    const waar = filter(f);
    const [rijen, [{ total }]] = await Promise.all([
      db
        .select()
        .from(auditRegel)
        .where(waar)
        .orderBy(desc(auditRegel.id))
        .limit(f.pageSize)
        .offset(offset(f)),
      db.select({ total: count() }).from(auditRegel).where(waar),
    ]);
    // The BSN looked up stays in the trail (to answer who read whose data) and is shown masked.
    const items = rijen.map(({ details: _d, medewerkerId: _m, tijdstip, objectId, ...r }) => ({
      ...r,
      objectId: objectId && zonderBsn(objectId),
      tijdstip: tijdstip.toISOString(),
    }));
    return c.json({ items, total, page: f.page, pageSize: f.pageSize }, 200);
  });
}
