import { hash, verify } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { medewerker } from '../../modules/organisatie/schema';
import { audit } from '../audit/audit';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { ProblemError } from '../http/problem';
import { actorVanMedewerker } from './authenticate';
import { type Actor, systeemActor } from './rollen';
import { sessie } from './schema';
import { hashToken, nieuwToken } from './tokens';

export const MAX_POGINGEN = 5;
export const BLOKKADE_MINUTEN = 15;
export const SESSIE_UREN = 10;

const onjuist = () => new ProblemError(401, 'Inloggen mislukt', 'Gebruikersnaam of wachtwoord klopt niet.');
// Verifying against a dummy hash keeps unknown usernames as slow as wrong passwords.
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
  requestId: string,
): Promise<NieuweSessie> {
  const token = nieuwToken();
  const csrfToken = nieuwToken();
  const verloopt = new Date(ctx.now().getTime() + SESSIE_UREN * 3_600_000);
  await tx.insert(sessie).values({ tokenHash: hashToken(token), medewerkerId, csrfToken, verloopt });
  const actor = await actorVanMedewerker(tx, medewerkerId, requestId);
  if (!actor) throw onjuist();
  await audit(tx, actor, { actie: 'inloggen', objectType: 'medewerker', objectId: medewerkerId });
  return { token, csrfToken, actor, verloopt };
}

async function registreerMislukt(ctx: AppContext, id: string, gebruikersnaam: string, requestId: string) {
  await ctx.db.transaction(async (tx) => {
    const [rij] = await tx
      .update(medewerker)
      .set({ misluktePogingen: sql`${medewerker.misluktePogingen} + 1` })
      .where(eq(medewerker.id, id))
      .returning({ pogingen: medewerker.misluktePogingen });
    if (rij.pogingen >= MAX_POGINGEN) {
      const tot = new Date(ctx.now().getTime() + BLOKKADE_MINUTEN * 60_000);
      await tx
        .update(medewerker)
        .set({ misluktePogingen: 0, geblokkeerdTot: tot })
        .where(eq(medewerker.id, id));
    }
    await audit(tx, systeemActor(gebruikersnaam, requestId), {
      actie: rij.pogingen >= MAX_POGINGEN ? 'inloggen.geblokkeerd' : 'inloggen.mislukt',
      objectType: 'medewerker',
      objectId: id,
    });
  });
}

export async function login(ctx: AppContext, gebruikersnaam: string, wachtwoord: string, requestId: string) {
  const [mw] = await ctx.db
    .select()
    .from(medewerker)
    .where(sql`lower(${medewerker.gebruikersnaam}) = lower(${gebruikersnaam})`);
  if (!mw?.wachtwoordHash || !mw.actief) {
    await verify(await dummyHash, wachtwoord);
    throw onjuist();
  }
  if (mw.geblokkeerdTot && mw.geblokkeerdTot > ctx.now()) {
    const minuten = Math.ceil((mw.geblokkeerdTot.getTime() - ctx.now().getTime()) / 60_000);
    throw new ProblemError(
      429,
      'Tijdelijk geblokkeerd',
      `Te veel mislukte pogingen. Probeer het over ${minuten} minuten opnieuw.`,
    );
  }
  if (!(await verify(mw.wachtwoordHash, wachtwoord))) {
    await registreerMislukt(ctx, mw.id, mw.gebruikersnaam, requestId);
    throw onjuist();
  }
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(medewerker)
      .set({ misluktePogingen: 0, geblokkeerdTot: null })
      .where(eq(medewerker.id, mw.id));
    return { ...(await startSessie(tx, ctx, mw.id, requestId)), wachtwoordWijzigen: mw.wachtwoordTijdelijk };
  });
}
