import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Actor, Herkomst } from '../auth/rollen';
import type { AppContext } from '../context';
import { nietIngelogd } from './problem';

export interface AppEnv {
  Variables: {
    ctx: AppContext;
    requestId: string;
    logger: Logger;
    actor?: Actor;
    /** Set when the caller is authenticated by session cookie (then writes need the CSRF token). */
    sessieTokenHash?: string;
  };
}

/** Where this request came from, for the audit trail: request id, correlation id, address, user agent. */
export function herkomstVan(c: Context<AppEnv>): Herkomst {
  return { requestId: c.get('requestId') };
}

export function actorVan(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw nietIngelogd();
  return actor;
}
