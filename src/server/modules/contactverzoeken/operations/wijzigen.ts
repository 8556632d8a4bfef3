import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { inTransactie, type Tx } from '../../../platform/db/client';
import { conflict } from '../../../platform/http/problem';
import { vereisBehandelen, vereisRegie } from '../../../policies';
import { type LogboekInvoer, schrijfLogboek } from '../logboek';
import { contactverzoek } from '../schema';
import { getContactverzoek, voorActor } from './lees-contactverzoek';

export type Huidig = Awaited<ReturnType<typeof getContactverzoek>>;

export interface Wijziging {
  set?: Partial<typeof contactverzoek.$inferInsert>;
  logboek: LogboekInvoer[];
  /** Runs after the change is written, in its transaction: events for the outbox. */
  daarna?: (tx: Tx) => Promise<unknown>;
}

/** Decides the change from the current state; may read (checks) through the transaction. */
export type Wijzig = (huidig: Huidig, tx: Tx) => Promise<Wijziging> | Wijziging;

/**
 * One change to an open request inside a transaction: a closed request, another version than
 * the caller saw, or a change that lands first gives 409 with the current state.
 */
export async function wijzigIn(
  tx: Tx,
  actor: Actor,
  nu: Date,
  id: string,
  versie: number | undefined,
  actie: string,
  wijziging: Wijzig,
): Promise<Huidig> {
  const huidig = await getContactverzoek(tx, id, nu);
  // Rights first: who may not act on the request learns nothing of its state.
  if (actie === 'toegewezen') vereisRegie(actor, huidig, 'verzoeken toewijzen');
  else vereisBehandelen(actor, huidig);
  if (huidig.status !== 'open')
    throw conflict('Dit contactverzoek is al afgehandeld.', voorActor(actor, huidig));
  if (versie !== undefined && versie !== huidig.versie)
    throw conflict('Dit contactverzoek is intussen gewijzigd.', voorActor(actor, huidig));
  const { set = {}, logboek, daarna } = await wijziging(huidig, tx);
  const geschreven = await tx
    .update(contactverzoek)
    .set({ ...set, versie: sql`${contactverzoek.versie} + 1` })
    .where(
      and(
        eq(contactverzoek.id, id),
        eq(contactverzoek.versie, huidig.versie),
        eq(contactverzoek.status, 'open'),
      ),
    )
    .returning({ id: contactverzoek.id });
  if (geschreven.length === 0)
    throw conflict(
      'Dit contactverzoek is intussen gewijzigd.',
      voorActor(actor, await getContactverzoek(tx, id, nu)),
    );
  for (const regel of logboek) await schrijfLogboek(tx, actor, id, nu, regel);
  await audit(tx, actor, {
    actie: `contactverzoek.${actie}`,
    objectType: 'contactverzoek',
    objectId: id,
    persoonsgegevens: Boolean(huidig.partijId),
  });
  await daarna?.(tx);
  return getContactverzoek(tx, id, nu);
}

/** A single change in its own transaction, or in the caller's. */
export function wijzig(
  ctx: AppContext,
  actor: Actor,
  id: string,
  versie: number | undefined,
  actie: string,
  wijziging: Wijzig,
  tx?: Tx,
) {
  const nu = ctx.now();
  return inTransactie(ctx.db, tx, (t) => wijzigIn(t, actor, nu, id, versie, actie, wijziging));
}
