import { desc, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import { type Actor, systeemActor } from '../../../platform/auth/rollen';
import { hashToken, nieuwToken } from '../../../platform/auth/tokens';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { ProblemError } from '../../../platform/http/problem';
import { basisregistraties } from '../../basisregistratie';
import { bereikbaarheid, partijBsn } from '../../partijen/bestaat';
import { inSteekproef, uitnodigingVoor, type Via } from '../regels';
import { ktoUitnodiging } from '../schema';
import { type Aanleiding, GELDIG_DAGEN } from '../waarden';

/** A contact, request or zaak that has ended and may be followed by an invitation. */
export interface Kandidaat {
  aanleiding: Aanleiding;
  aanleidingId: string;
  partijId: string | null;
  teamId: string | null;
  kanaal: string | null;
  productId: string | null;
}

export const KTO = systeemActor('Klanttevredenheidsonderzoek', 'kto');

/** What the invitation's message needs: the link's token, where it goes and to whom. */
export interface Uitnodigingsbericht {
  token: string;
  via: Via['via'];
  aan: string;
  naam: string;
  aanleiding: Aanleiding;
  verlooptOp: string;
}

/** Whether the BRP keeps this party's data secret (geheimhouding): then the municipality does not approach them. */
export async function geheim(ctx: AppContext, partijId: string): Promise<boolean> {
  const bsn = await partijBsn(ctx.db, partijId);
  if (!bsn) return false;
  const [persoon] = await basisregistraties(ctx).brp.zoekOpBsn(bsn);
  return persoon?.geheimhouding ?? false;
}

async function laatsteUitnodiging(tx: Tx, partijId: string): Promise<Date | null> {
  const [rij] = await tx
    .select({ verstuurd: ktoUitnodiging.verstuurd })
    .from(ktoUitnodiging)
    .where(eq(ktoUitnodiging.partijId, partijId))
    .orderBy(desc(ktoUitnodiging.verstuurd))
    .limit(1);
  return rij?.verstuurd ?? null;
}

async function schrijf(tx: Tx, k: Kandidaat & { partijId: string }, via: Via, nu: Date) {
  const token = nieuwToken();
  const verlooptOp = new Date(nu.getTime() + GELDIG_DAGEN * 86_400_000);
  const [rij] = await tx
    .insert(ktoUitnodiging)
    .values({
      aanleiding: k.aanleiding,
      aanleidingId: k.aanleidingId,
      partijId: k.partijId,
      teamId: k.teamId,
      kanaal: k.kanaal,
      productId: k.productId,
      tokenHash: hashToken(token),
      via: via.via,
      verstuurd: nu,
      verlooptOp,
    })
    .onConflictDoNothing()
    .returning({ id: ktoUitnodiging.id });
  return rij ? { id: rij.id, token, verlooptOp: verlooptOp.toISOString() } : null;
}

/**
 * Invites the party of something that ended to the KTO, when the sample takes it and the rules
 * allow it (never anonymous, never with geheimhouding, at most once per 30 days, only with an
 * address). Safe to repeat: a cause gets one invitation at most. Returns why not, or 'uitgenodigd'.
 */
export async function nodigUit(ctx: AppContext, k: Kandidaat, actor: Actor = KTO): Promise<string> {
  if (!inSteekproef(k.aanleidingId, ctx.config.kto.steekproef)) return 'buiten-steekproef';
  const partijId = k.partijId;
  if (!partijId) return 'anoniem';
  const bereik = await bereikbaarheid(ctx.db, partijId).catch((e) => {
    // Erased since it ended: nobody left to ask.
    if (e instanceof ProblemError && e.status === 404) return null;
    throw e;
  });
  if (!bereik) return 'partij-verwijderd';
  const { naam, email, telefoon } = bereik;
  const geheimhouding = await geheim(ctx, partijId);
  const nu = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // One invitation decision per party at a time: two endings at once cannot both pass the 30 days.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kto:${partijId}`}))`);
    const besluit = uitnodigingVoor(
      { email, telefoon, geheimhouding, laatsteUitnodiging: await laatsteUitnodiging(tx, partijId) },
      nu,
    );
    if ('niet' in besluit) return besluit.niet;
    const geschreven = await schrijf(tx, { ...k, partijId }, besluit, nu);
    if (!geschreven) return 'al-uitgenodigd';
    await audit(tx, actor, {
      actie: 'kto.uitgenodigd',
      objectType: 'partij',
      objectId: partijId,
      persoonsgegevens: true,
      details: { aanleiding: k.aanleiding, aanleidingId: k.aanleidingId, via: besluit.via },
    });
    const { token, verlooptOp } = geschreven;
    const bericht: Uitnodigingsbericht = { token, verlooptOp, ...besluit, naam, aanleiding: k.aanleiding };
    await ctx.jobs.emit(tx, actor, {
      type: 'kto.uitgenodigd',
      objectType: 'kto-uitnodiging',
      objectId: geschreven.id,
      data: { ...bericht },
    });
    return 'uitgenodigd';
  });
}
