import { z } from '@hono/zod-openapi';
import { and, count, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { zonderBsn } from '../../policies/partij';
import type { Queryable } from '../db/client';
import { bevat } from '../db/zoek';
import { lijstQuery, offset } from '../http/lijst';
import { objectnamen } from './objectnamen';
import { auditRegel } from './schema';

const datum = z.iso.date({ message: 'Gebruik een datum als 2026-11-24.' });
export const auditFilter = lijstQuery.omit({ sort: true }).extend({
  actie: z.string().max(100).optional(),
  objectType: z.string().max(100).optional(),
  objectId: z.string().max(100).optional(),
  van: datum.optional(),
  tot: datum.optional().openapi({ description: 'Tot en met deze datum' }),
  persoonsgegevens: z.enum(['true', 'false']).optional(),
  adres: z.string().max(45).optional().openapi({ description: 'IP-adres van de aanroeper (precies)' }),
});
export type AuditFilter = z.infer<typeof auditFilter>;
/** The filter without the page: what an export takes. */
export type AuditSelectie = Omit<AuditFilter, 'page' | 'pageSize'>;

function filter(f: AuditSelectie): SQL | undefined {
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

/**
 * The lines as they leave the server: the object named by its owner, the BSN looked up (kept
 * in the trail to answer who read whose data) masked, the details left out.
 */
async function leesbaar(db: Queryable, rijen: (typeof auditRegel.$inferSelect)[]) {
  const namen = await objectnamen(db, rijen);
  return rijen.map(({ details: _d, medewerkerId: _m, tijdstip, objectId, ...r }) => ({
    ...r,
    objectId: objectId && zonderBsn(objectId),
    objectNaam: namen.get(`${r.objectType}:${objectId}`) ?? null,
    reden: r.reden && zonderBsn(r.reden),
    tijdstip: tijdstip.toISOString(),
  }));
}

export async function zoekAudit(db: Queryable, f: AuditFilter) {
  const waar = filter(f);
  const [rijen, [{ total }]] = await Promise.all([
    db.select().from(auditRegel).where(waar).orderBy(desc(auditRegel.id)).limit(f.pageSize).offset(offset(f)),
    db.select({ total: count() }).from(auditRegel).where(waar),
  ]);
  return { items: await leesbaar(db, rijen), total, page: f.page, pageSize: f.pageSize };
}

/** Every line of the filter, newest first, at most `max`; null when more match. */
export async function alleAuditregels(db: Queryable, f: AuditSelectie, max: number) {
  const rijen = await db
    .select()
    .from(auditRegel)
    .where(filter(f))
    .orderBy(desc(auditRegel.id))
    .limit(max + 1);
  return rijen.length > max ? null : leesbaar(db, rijen);
}
