import { hash, verify } from '@node-rs/argon2';
import { accountOpGebruikersnaam } from '../../modules/organisatie/operations/aanmelding';
import { audit } from '../audit/audit';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { ProblemError } from '../http/problem';
import { actorVanMedewerker } from './authenticate';
import { type Sleutels, telMislukt, wachttijd, wisPogingen } from './inlogpogingen';
import { type Actor, type Herkomst, systeemActor } from './rollen';
import { sessie } from './schema';
import { hashToken, nieuwToken } from './tokens';

export { BLOKKADE_MINUTEN, MAX_POGINGEN } from './inlogpogingen';
export const SESSIE_UREN = 10;

// One answer for an unknown name, a wrong password and an inactive account: nothing to enumerate.
const onjuist = () => new ProblemError(401, 'Inloggen mislukt', 'Gebruikersnaam of wachtwoord klopt niet.');
const wachten = (minuten: number) =>
  new ProblemError(
    429,
    'Even wachten',
    `Te veel mislukte pogingen. Probeer het over ${minuten} ${minuten === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  );
// Verifying against a dummy hash keeps every refusal as slow as a wrong password.
const dummyHash = hash('geen-echt-wachtwoord');

export interface NieuweSessie {
  token: string;
  csrfToken: string;
  actor: Actor;
  verloopt: Date;
}

export async function startSessie(
  tx: Tx,
  ctx: AppContext,
  medewerkerId: string,
  herkomst: Herkomst,
): Promise<NieuweSessie> {
  const token = nieuwToken();
  const csrfToken = nieuwToken();
  const nu = ctx.now();
  const verloopt = new Date(nu.getTime() + SESSIE_UREN * 3_600_000);
  await tx.insert(sessie).values({
    tokenHash: hashToken(token),
    medewerkerId,
    csrfToken,
    verloopt,
    aangemaakt: nu,
    laatstActief: nu,
  });
  const actor = await actorVanMedewerker(tx, medewerkerId, herkomst);
  if (!actor) throw onjuist();
  await audit(tx, actor, { actie: 'inloggen', objectType: 'medewerker', objectId: medewerkerId });
  return { token, csrfToken, actor, verloopt };
}

async function registreerMislukt(ctx: AppContext, sleutels: Sleutels, herkomst: Herkomst, id?: string) {
  await ctx.db.transaction(async (tx) => {
    const geblokkeerd = await telMislukt(tx, sleutels, ctx.now());
    if (!id) return;
    await audit(tx, systeemActor(sleutels.account, herkomst), {
      actie: geblokkeerd ? 'inloggen.geblokkeerd' : 'inloggen.mislukt',
      objectType: 'medewerker',
      objectId: id,
    });
  });
}

/**
 * Throttled per account name and per client address whether or not the account exists; the
 * password is always verified (against a dummy when there is nothing to verify), so every
 * refusal takes as long as a wrong password.
 */
export async function login(ctx: AppContext, gebruikersnaam: string, wachtwoord: string, herkomst: Herkomst) {
  const sleutels = { account: gebruikersnaam, adres: herkomst.adres };
  const mw = await accountOpGebruikersnaam(ctx.db, gebruikersnaam);
  const bruikbaar = mw?.wachtwoordHash && mw.actief ? mw : undefined;
  const minuten = await wachttijd(ctx.db, sleutels, ctx.now());
  const klopt = await verify(bruikbaar?.wachtwoordHash ?? (await dummyHash), wachtwoord);
  if (minuten > 0) throw wachten(minuten);
  if (!bruikbaar || !klopt) {
    await registreerMislukt(ctx, sleutels, herkomst, bruikbaar?.id);
    throw onjuist();
  }
  return ctx.db.transaction(async (tx) => {
    await wisPogingen(tx, bruikbaar.gebruikersnaam);
    return {
      ...(await startSessie(tx, ctx, bruikbaar.id, herkomst)),
      wachtwoordWijzigen: bruikbaar.wachtwoordTijdelijk,
    };
  });
}
