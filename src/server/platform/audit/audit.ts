import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/rollen';
import { type Queryable, rijen } from '../db/client';
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
  correlatieId: actor.correlatieId ?? null,
  adres: actor.adres ?? null,
  userAgent: actor.userAgent ?? null,
  details: invoer.details ?? null,
});

/** Call inside the transaction of the change (or read) it records. */
export async function audit(db: Queryable, actor: Actor, invoer: AuditInvoer): Promise<void> {
  await db.insert(auditRegel).values(regel(actor, invoer));
}

/** The line as columns of audit_regel, for a statement that records many changes at once. */
export function auditKolommen(actor: Actor, invoer: Omit<AuditInvoer, 'objectId'>) {
  const r = regel(actor, invoer);
  return {
    medewerker_id: r.medewerkerId,
    medewerker_naam: r.medewerkerNaam,
    rol: r.rol,
    actie: r.actie,
    object_type: r.objectType,
    persoonsgegevens: r.persoonsgegevens,
    reden: r.reden,
    request_id: r.requestId,
    correlatie_id: r.correlatieId,
    adres: r.adres,
    user_agent: r.userAgent,
    details: r.details,
  };
}

/** The types of those columns, for reading them with jsonb_to_recordset. */
export const AUDIT_KOLOMTYPEN = sql.raw(
  'medewerker_id uuid, medewerker_naam text, rol text, actie text, object_type text, persoonsgegevens boolean, ' +
    'reden text, request_id text, correlatie_id text, adres text, user_agent text, details jsonb',
);

/**
 * A data-modifying CTE body: a line for every row of the relation `bron`, which has the
 * columns of auditKolommen and the `id` of the object.
 */
export const auditRegels = (bron: string) =>
  sql`insert into audit_regel (medewerker_id, medewerker_naam, rol, actie, object_type, object_id,
      persoonsgegevens, reden, request_id, correlatie_id, adres, user_agent, details)
    select medewerker_id, medewerker_naam, rol, actie, object_type, id::text, persoonsgegevens, reden, request_id,
      correlatie_id, adres, user_agent, details
    from ${sql.identifier(bron)}`;

/**
 * The values an employee's earlier lines of this action listed under `details[veld]` since a
 * moment: so that a repeated read can be left out when the trail already shows it.
 */
export async function eerderGelogd(
  db: Queryable,
  actor: Actor,
  { actie, veld, sinds }: { actie: string; veld: string; sinds: Date },
): Promise<Set<string>> {
  if (!actor.id) return new Set();
  const gelogd = await rijen<{ waarde: string }>(
    db,
    sql`select distinct jsonb_array_elements_text(${auditRegel.details} -> ${veld}) as waarde
        from ${auditRegel}
        where ${auditRegel.tijdstip} >= ${sinds} and ${auditRegel.medewerkerId} = ${actor.id}
          and ${auditRegel.actie} = ${actie}`,
  );
  return new Set(gelogd.map((r) => r.waarde));
}
