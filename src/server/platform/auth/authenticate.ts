import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { medewerker, team, teamlidmaatschap } from '../../modules/organisatie/schema';
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

// The outer row is named explicitly: drizzle renders select-field columns unqualified.
const actorVelden = {
  id: medewerker.id,
  naam: medewerker.naam,
  rollen: medewerker.rollen,
  teamIds: sql<string[]>`coalesce((select array_agg(${teamlidmaatschap.teamId}::text) from ${teamlidmaatschap}
    where ${teamlidmaatschap.medewerkerId} = ${sql.raw('"medewerker"."id"')}), '{}')`,
  inKcc: sql<boolean>`exists (select 1 from ${teamlidmaatschap} join ${team} on ${team.id} = ${teamlidmaatschap.teamId}
    where ${team.kcc} and ${teamlidmaatschap.medewerkerId} = ${sql.raw('"medewerker"."id"')})`,
};

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
  const [mw] = await db
    .select(actorVelden)
    .from(medewerker)
    .where(and(eq(medewerker.id, medewerkerId), eq(medewerker.actief, true)));
  return mw && actor(mw, herkomst);
}

const sessiesQuery = (db: Db) =>
  db
    .select({
      tokenHash: sessie.tokenHash,
      csrfToken: sessie.csrfToken,
      verloopt: sessie.verloopt,
      openPartijId: sessie.openPartijId,
      ...actorVelden,
    })
    .from(sessie)
    .innerJoin(medewerker, eq(medewerker.id, sessie.medewerkerId))
    .where(and(sql`${sessie.tokenHash} = any(${sql.placeholder('hashes')})`, eq(medewerker.actief, true)))
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

async function sessieVan(db: Db, token: string, nu: Date) {
  const rij = await sessieBij(db, hashToken(token));
  return rij && rij.verloopt > nu ? rij : undefined;
}

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
  const rij = token ? await sessieVan(db, token, now()) : undefined;
  if (!rij) return next();
  const isInloggen = c.req.method === 'POST' && c.req.path === '/api/v1/sessie';
  if (!LEZEN.has(c.req.method) && !isInloggen && !gelijk(c.req.header('x-csrf-token') ?? '', rij.csrfToken)) {
    throw geenToegang('Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.');
  }
  c.set('actor', actor(rij, herkomst, rij.openPartijId));
  c.set('sessieTokenHash', rij.tokenHash);
  return next();
};
