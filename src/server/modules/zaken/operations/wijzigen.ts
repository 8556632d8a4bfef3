import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { inTransactie, type Tx } from '../../../platform/db/client';
import { conflict } from '../../../platform/http/problem';
import { vereisZaakBehandelen, vereisZaakToewijzen } from '../../../policies';
import { type LogboekInvoer, schrijfLogboek } from '../logboek';
import { zaak } from '../schema';
import { getZaak, voorActor, type ZaakDetail } from './lees-zaak';

export interface Wijziging {
  set?: Partial<typeof zaak.$inferInsert>;
  logboek: LogboekInvoer[];
  /** Runs after the change is written, in its transaction: child rows, events for the outbox. */
  daarna?: (tx: Tx) => Promise<unknown>;
}

/** Decides the change from the current state; may read (checks) through the transaction. */
export type Wijzig = (huidig: ZaakDetail, tx: Tx, vandaag: string) => Promise<Wijziging> | Wijziging;

export interface Actie {
  /** The audit action: zaak.<naam>. */
  naam: string;
  /** Assigning to another is regie; everything else is handling. */
  regie?: boolean;
  /** The version the caller saw: another one gives 409. */
  versie?: number;
}

/**
 * One change to an open zaak inside a transaction: a closed zaak, another version than the caller
 * saw, or a change that lands first gives 409 with the current state, and nothing is written.
 */
export async function wijzigZaakIn(
  tx: Tx,
  actor: Actor,
  nu: Date,
  id: string,
  actie: Actie,
  wijziging: Wijzig,
) {
  const huidig = await getZaak(tx, id, nu);
  // Rights first: who may not act on the zaak learns nothing of its state.
  if (actie.regie) vereisZaakToewijzen(actor, huidig);
  else vereisZaakBehandelen(actor, huidig);
  if (huidig.einddatum) throw conflict('Deze zaak is al afgesloten.', voorActor(actor, huidig));
  if (actie.versie !== undefined && actie.versie !== huidig.versie)
    throw conflict('Deze zaak is intussen gewijzigd.', voorActor(actor, huidig));
  const { set = {}, logboek, daarna } = await wijziging(huidig, tx, amsterdamseDatum(nu));
  const geschreven = await tx
    .update(zaak)
    .set({ ...set, versie: sql`${zaak.versie} + 1` })
    .where(and(eq(zaak.id, id), eq(zaak.versie, huidig.versie), isNull(zaak.einddatum)))
    .returning({ id: zaak.id });
  if (geschreven.length === 0)
    throw conflict('Deze zaak is intussen gewijzigd.', voorActor(actor, await getZaak(tx, id, nu)));
  await schrijfLogboek(tx, actor, id, nu, logboek);
  await audit(tx, actor, {
    actie: `zaak.${actie.naam}`,
    objectType: 'zaak',
    objectId: id,
    persoonsgegevens: huidig.partijIds.length > 0,
  });
  await daarna?.(tx);
  return getZaak(tx, id, nu);
}

/** A single change in its own transaction, or in the caller's. */
export function wijzigZaak(
  ctx: AppContext,
  actor: Actor,
  id: string,
  actie: Actie,
  wijziging: Wijzig,
  tx?: Tx,
) {
  const nu = ctx.now();
  return inTransactie(ctx.db, tx, (t) => wijzigZaakIn(t, actor, nu, id, actie, wijziging));
}
