import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/rollen';
import type { Queryable } from '../db/client';
import { auditRegel } from './schema';

export interface AuditInvoer {
  actie: string;
  objectType: string;
  objectId?: string | null;
  /** True when personal data of a resident (such as a BSN) was read or changed. */
  persoonsgegevens?: boolean;
  reden?: string | null;
  details?: Record<string, unknown>;
}

const regel = (actor: Actor, invoer: AuditInvoer) => ({
  medewerkerId: actor.id,
  medewerkerNaam: actor.naam,
  rol: actor.rollen.join(',') || null,
  actie: invoer.actie,
  objectType: invoer.objectType,
  objectId: invoer.objectId ?? null,
  persoonsgegevens: invoer.persoonsgegevens ?? false,
  reden: invoer.reden ?? null,
  requestId: actor.requestId,
  details: invoer.details ?? null,
});

/** Call inside the transaction of the change (or read) it records. */
export async function audit(db: Queryable, actor: Actor, invoer: AuditInvoer): Promise<void> {
  await db.insert(auditRegel).values(regel(actor, invoer));
}

/**
 * The same line as a data-modifying CTE body, for a change written in one statement: the
 * object id is the `id` of each row of the CTE `bron`.
 */
export function auditVan(bron: string, actor: Actor, invoer: Omit<AuditInvoer, 'objectId'>) {
  const r = regel(actor, invoer);
  return sql`insert into audit_regel (medewerker_id, medewerker_naam, rol, actie, object_type, object_id,
      persoonsgegevens, reden, request_id, details)
    select ${r.medewerkerId}::uuid, ${r.medewerkerNaam}, ${r.rol}, ${r.actie}, ${r.objectType}, id::text,
      ${r.persoonsgegevens}, ${r.reden}, ${r.requestId}, ${r.details && JSON.stringify(r.details)}::jsonb
    from ${sql.identifier(bron)}`;
}
