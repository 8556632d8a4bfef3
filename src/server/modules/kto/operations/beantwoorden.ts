import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { hashToken } from '../../../platform/auth/tokens';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { conflict, nietGevonden, ProblemError } from '../../../platform/http/problem';
import { productNaamSql } from '../../catalogus/producten';
import { ktoUitnodiging } from '../schema';
import type { KtoAntwoord } from '../schemas';
import { LAAG } from '../waarden';

export type Uitnodigingsstatus = 'open' | 'beantwoord' | 'verlopen';

const verlopen = () =>
  new ProblemError(
    410,
    'Verlopen',
    'Deze uitnodiging is verlopen. Hebt u een vraag of klacht? Bel 14 0123 of kijk op voorbeeldstad.nl.',
  );
const alBeantwoord = () => conflict('U hebt deze vragenlijst al ingevuld. Dank u wel!');

async function opToken(db: Queryable, token: string) {
  const [rij] = await db
    .select({
      id: ktoUitnodiging.id,
      aanleiding: ktoUitnodiging.aanleiding,
      kanaal: ktoUitnodiging.kanaal,
      verstuurd: ktoUitnodiging.verstuurd,
      verlooptOp: ktoUitnodiging.verlooptOp,
      beantwoord: ktoUitnodiging.beantwoord,
      teamId: ktoUitnodiging.teamId,
      productNaam: productNaamSql(ktoUitnodiging.productId, { inactief: true }),
    })
    .from(ktoUitnodiging)
    .where(eq(ktoUitnodiging.tokenHash, hashToken(token)));
  if (!rij) throw nietGevonden('Deze uitnodiging');
  return rij;
}

const statusVan = (rij: { beantwoord: Date | null; verlooptOp: Date }, nu: Date): Uitnodigingsstatus =>
  rij.beantwoord ? 'beantwoord' : rij.verlooptOp <= nu ? 'verlopen' : 'open';

/** What the public page shows of an invitation: what it is about, and whether it can still be filled in. No personal data. */
export async function leesUitnodiging(ctx: AppContext, token: string) {
  const rij = await opToken(ctx.db, token);
  return {
    status: statusVan(rij, ctx.now()),
    aanleiding: rij.aanleiding,
    kanaal: rij.kanaal,
    productNaam: rij.productNaam,
    verstuurd: rij.verstuurd.toISOString(),
    verlooptOp: rij.verlooptOp.toISOString(),
  };
}

/**
 * Stores the resident's answer, once: the update only takes an open invitation, so two
 * submissions at once store one. A low score with a comment goes to the team's key users.
 */
export async function beantwoord(ctx: AppContext, actor: Actor, token: string, invoer: KtoAntwoord) {
  const nu = ctx.now();
  const opmerking = invoer.opmerking?.trim() || null;
  return ctx.db.transaction(async (tx) => {
    const [geschreven] = await tx
      .update(ktoUitnodiging)
      .set({ beantwoord: nu, score: invoer.score, inEenKeer: invoer.inEenKeer, opmerking })
      .where(
        and(
          eq(ktoUitnodiging.tokenHash, hashToken(token)),
          isNull(ktoUitnodiging.beantwoord),
          gt(ktoUitnodiging.verlooptOp, sql`${nu.toISOString()}::timestamptz`),
        ),
      )
      .returning({ id: ktoUitnodiging.id, teamId: ktoUitnodiging.teamId });
    if (!geschreven) {
      const rij = await opToken(tx, token);
      throw statusVan(rij, nu) === 'beantwoord' ? alBeantwoord() : verlopen();
    }
    await audit(tx, actor, {
      actie: 'kto.beantwoord',
      objectType: 'kto-uitnodiging',
      objectId: geschreven.id,
    });
    if (invoer.score <= LAAG && opmerking)
      await ctx.jobs.emit(tx, actor, {
        type: 'kto.laag',
        objectType: 'kto-uitnodiging',
        objectId: geschreven.id,
        data: { teamId: geschreven.teamId, score: invoer.score },
      });
    return { status: 'beantwoord' as const };
  });
}
