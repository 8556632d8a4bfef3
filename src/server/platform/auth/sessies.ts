import { and, eq, lte, ne, or } from 'drizzle-orm';
import { audit } from '../audit/audit';
import type { AppContext } from '../context';
import type { Queryable } from '../db/client';
import { stilSinds } from './authenticate';
import { ruimPogingenOp } from './inlogpogingen';
import { ruimOidcAanvragenOp } from './oidc';
import type { Actor } from './rollen';
import { sessie } from './schema';

const OPRUIMEN_CRON = '*/15 * * * *';

/** Ends the employee's sessions, all of them or all but the one given; returns how many. */
export async function beeindigSessies(
  db: Queryable,
  medewerkerId: string,
  behalve?: string,
): Promise<number> {
  const weg = await db
    .delete(sessie)
    .where(and(eq(sessie.medewerkerId, medewerkerId), behalve ? ne(sessie.tokenHash, behalve) : undefined))
    .returning({ tokenHash: sessie.tokenHash });
  return weg.length;
}

/** Ends this session; the audit trail shows when the employee left. */
export async function uitloggen(ctx: AppContext, actor: Actor, tokenHash: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessie).where(eq(sessie.tokenHash, tokenHash));
    await audit(tx, actor, { actie: 'uitloggen', objectType: 'medewerker', objectId: actor.id as string });
  });
}

/** "Log overal uit": every session of the employee ends, on every device, this one included. */
export async function uitloggenOveral(ctx: AppContext, actor: Actor): Promise<void> {
  // Its rule admits employees only, who always have an id.
  const medewerkerId = actor.id as string;
  await ctx.db.transaction(async (tx) => {
    const sessies = await beeindigSessies(tx, medewerkerId);
    await audit(tx, actor, {
      actie: 'uitloggen.overal',
      objectType: 'medewerker',
      objectId: medewerkerId,
      details: { sessies },
    });
  });
}

/**
 * Removes what no login can use any more: sessions past their lifetime or idle limit, logins
 * at the identity provider never finished, and failed-login scores decayed to nothing.
 */
export async function ruimAuthOp(ctx: AppContext) {
  const nu = ctx.now();
  const sessies = await ctx.db
    .delete(sessie)
    .where(or(lte(sessie.verloopt, nu), lte(sessie.laatstActief, stilSinds(ctx, nu))))
    .returning({ tokenHash: sessie.tokenHash });
  return {
    sessies: sessies.length,
    oidcAanvragen: await ruimOidcAanvragenOp(ctx.db, nu),
    inlogpogingen: await ruimPogingenOp(ctx.db, nu),
  };
}

export function registerAuthOpruimen(ctx: AppContext): void {
  ctx.jobs.periodiek('auth-opruimen', OPRUIMEN_CRON, () => ruimAuthOp(ctx));
}
