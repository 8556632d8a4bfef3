import { isIP } from 'node:net';
import type { HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Actor, Herkomst } from '../auth/rollen';
import type { AppContext } from '../context';
import { nietIngelogd } from './problem';

export interface AppEnv {
  /** The Node socket; absent when a test calls the app in-process without passing it. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    ctx: AppContext;
    requestId: string;
    correlatieId: string | null;
    logger: Logger;
    actor?: Actor;
    /** Set when the caller is authenticated by session cookie (then writes need the CSRF token). */
    sessieTokenHash?: string;
  };
}

const CORRELATIE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_USER_AGENT = 300;

/** The caller's own X-Request-Id as correlation id; anything not well-formed is dropped. */
export const correlatieIdUit = (waarde: string | undefined): string | null =>
  waarde && CORRELATIE_ID.test(waarde) ? waarde : null;

// Node reports an IPv4 client on a dual-stack socket as ::ffff:192.0.2.1.
const leesbaar = (adres: string) => adres.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

function doorgestuurd(c: Context<AppEnv>): string | null {
  const eerste = c.req.header('x-forwarded-for')?.split(',')[0].trim();
  return eerste && isIP(eerste) ? eerste : null;
}

/** The TCP peer, or behind a trusted proxy the client it forwarded for. */
function adresVan(c: Context<AppEnv>): string | null {
  const proxy = c.get('ctx').config.trustProxy ? doorgestuurd(c) : null;
  const peer = c.env?.incoming ? getConnInfo(c).remote.address : undefined;
  const adres = proxy ?? peer;
  return adres ? leesbaar(adres) : null;
}

/** Where this request came from, for the audit trail: request id, correlation id, address, user agent. */
export function herkomstVan(c: Context<AppEnv>): Herkomst {
  return {
    requestId: c.get('requestId'),
    correlatieId: c.get('correlatieId'),
    adres: adresVan(c),
    userAgent: c.req.header('user-agent')?.slice(0, MAX_USER_AGENT) || null,
  };
}

export function actorVan(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw nietIngelogd();
  return actor;
}
