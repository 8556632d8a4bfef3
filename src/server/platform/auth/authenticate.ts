import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { actieveMedewerkers } from '../../modules/organisatie/views';
import type { AppContext } from '../context';
import { bundelPer } from '../db/bundel';
import type { Db, Queryable } from '../db/client';
import { type AppEnv, herkomstVan } from '../http/env';
import { geenToegang } from '../http/problem';
import { markeerGebruikt } from './api-tokens/gebruik';
import type { Actor, Herkomst, Rol, Scope } from './rollen';
import { apiToken, sessie } from './schema';
import { gelijk, hashToken } from './tokens';

export const SESSIE_COOKIE = 'stadspunt_sessie';
const LEZEN = new Set(['GET', 'HEAD', 'OPTIONS']);

async function actorVanToken(
  db: Db,
  token: string,
  herkomst: Herkomst,
  nu: Date,
): Promise<Actor | undefined> {
  const [rij] = await db
    .select({
      id: apiToken.id,
      naam: apiToken.naam,
      scopes: apiToken.scopes,
      laatstGebruikt: apiToken.laatstGebruikt,
    })
    .from(apiToken)
    .where(
      and(eq(apiToken.tokenHash, hashToken(token)), isNull(apiToken.ingetrokken), gt(apiToken.verloopt, nu)),
    );
  if (!rij) return undefined;
  await markeerGebruikt(db, rij, nu);
  return {
    soort: 'systeem',
    id: null,
    naam: `API-token ${rij.naam}`,
    rollen: [],
    teamIds: [],
    inKcc: false,
    scopes: rij.scopes as Scope[],
    openPartijId: null,
    ...herkomst,
  };
}

const m = actieveMedewerkers;
const actorVelden = { id: m.id, naam: m.naam, rollen: m.rollen, teamIds: m.teamIds, inKcc: m.inKcc };

function actor(
  mw: { id: string; naam: string; rollen: string[]; teamIds: string[]; inKcc: boolean },
  herkomst: Herkomst,
  openPartijId: string | null = null,
): Actor {
  return {
    soort: 'medewerker',
    id: mw.id,
    naam: mw.naam,
    rollen: mw.rollen as Rol[],
    teamIds: mw.teamIds,
    inKcc: mw.inKcc,
    scopes: [],
    openPartijId,
    ...herkomst,
  };
}

export async function actorVanMedewerker(
  db: Queryable,
  medewerkerId: string,
  herkomst: Herkomst,
): Promise<Actor | undefined> {
  const [mw] = await db.select(actorVelden).from(m).where(eq(m.id, medewerkerId));
  return mw && actor(mw, herkomst);
}

const sessiesQuery = (db: Db) =>
  db
    .select({
      tokenHash: sessie.tokenHash,
      csrfToken: sessie.csrfToken,
      verloopt: sessie.verloopt,
      laatstActief: sessie.laatstActief,
      openPartijId: sessie.openPartijId,
      wachtwoordTijdelijk: m.wachtwoordTijdelijk,
      ...actorVelden,
    })
    .from(sessie)
    .innerJoin(m, eq(m.id, sessie.medewerkerId))
    .where(sql`${sessie.tokenHash} = any(${sql.placeholder('hashes')})`)
    .prepare('sessies_van');

/**
 * Session and employee in one prepared query. This runs on every request, so the requests
 * of one turn of the event loop share it.
 */
const sessieBij = bundelPer((db: Db) => {
  const query = sessiesQuery(db);
  return async (hashes: readonly string[]) => {
    const gevonden = new Map(
      (await query.execute({ hashes: [...new Set(hashes)] })).map((r) => [r.tokenHash, r]),
    );
    return hashes.map((hash) => gevonden.get(hash) ?? null);
  };
});

const MINUUT = 60_000;

/** A session last active at or before this moment has been idle too long. */
export const stilSinds = (ctx: AppContext, nu: Date) =>
  new Date(nu.getTime() - ctx.config.sessieInactiefMinuten * MINUUT);

/** At most one write a minute per session: only when the minute is up, and only if no other request did it. */
async function houdActief(db: Db, rij: { tokenHash: string; laatstActief: Date }, nu: Date) {
  const grens = new Date(nu.getTime() - MINUUT);
  if (rij.laatstActief > grens) return;
  await db
    .update(sessie)
    .set({ laatstActief: nu })
    .where(and(eq(sessie.tokenHash, rij.tokenHash), lt(sessie.laatstActief, grens)));
}

/**
 * A request the screen makes by itself (a poll for notifications) sends this header: it is not
 * the employee at work, so it must not keep an unattended session alive.
 */
const ACHTERGROND_HEADER = 'x-stadspunt-achtergrond';

async function sessieVan(ctx: AppContext, token: string, achtergrond: boolean) {
  const nu = ctx.now();
  const rij = await sessieBij(ctx.db, hashToken(token));
  if (!rij || rij.verloopt <= nu || rij.laatstActief <= stilSinds(ctx, nu)) return undefined;
  if (!achtergrond) await houdActief(ctx.db, rij, nu);
  return rij;
}

/** What an employee with a temporary password may still do: see the session, choose a password, leave. */
const MET_TIJDELIJK_WACHTWOORD = new Set([
  'GET /api/v1/sessie',
  'POST /api/v1/sessie',
  'PUT /api/v1/sessie/wachtwoord',
  'DELETE /api/v1/sessie',
  'DELETE /api/v1/sessie/alle',
]);

/** Resolves the caller from `Authorization: Token …` or the session cookie; never rejects by itself. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, now } = c.get('ctx');
  const herkomst = herkomstVan(c);
  const header = c.req.header('authorization');
  if (header?.startsWith('Token ')) {
    c.set('actor', await actorVanToken(db, header.slice(6).trim(), herkomst, now()));
    return next();
  }
  const token = getCookie(c, SESSIE_COOKIE);
  const rij = token
    ? await sessieVan(c.get('ctx'), token, c.req.header(ACHTERGROND_HEADER) === '1')
    : undefined;
  if (!rij) return next();
  const isInloggen = c.req.method === 'POST' && c.req.path === '/api/v1/sessie';
  if (!LEZEN.has(c.req.method) && !isInloggen && !gelijk(c.req.header('x-csrf-token') ?? '', rij.csrfToken)) {
    throw geenToegang('Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.');
  }
  if (rij.wachtwoordTijdelijk && !MET_TIJDELIJK_WACHTWOORD.has(`${c.req.method} ${c.req.path}`)) {
    throw geenToegang('U moet eerst een eigen wachtwoord kiezen. Wijzig uw tijdelijke wachtwoord.');
  }
  c.set('actor', actor(rij, herkomst, rij.openPartijId));
  c.set('sessieTokenHash', rij.tokenHash);
  return next();
};
