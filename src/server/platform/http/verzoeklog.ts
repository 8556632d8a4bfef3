import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { zonderBsn } from '../../policies/partij';
import type { AppContext } from '../context';
import { type AppEnv, correlatieIdUit } from './env';

/**
 * Our own request id, always generated here (the caller's X-Request-Id is only kept as
 * correlation id), and one log line per request: path without query string, no BSN.
 */
export function verzoekLog(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    const correlatieId = correlatieIdUit(c.req.header('x-request-id'));
    c.set('ctx', ctx);
    c.set('requestId', requestId);
    c.set('correlatieId', correlatieId);
    c.header('X-Request-Id', requestId);
    if (correlatieId) c.header('X-Correlation-Id', correlatieId);
    const logger = ctx.logger.child({ requestId, correlatieId: correlatieId ?? undefined });
    c.set('logger', logger);
    const start = performance.now();
    await next();
    logger.info(
      {
        method: c.req.method,
        path: zonderBsn(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - start),
      },
      'verzoek',
    );
  };
}
