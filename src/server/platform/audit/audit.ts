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

/** Call inside the transaction of the change (or read) it records. */
export async function audit(db: Queryable, actor: Actor, invoer: AuditInvoer): Promise<void> {
  await db.insert(auditRegel).values({
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
}
