import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../context';
import { type AppEnv, correlatieIdUit } from './env';

/** A path as it may be logged: a 9-digit number in it (a BSN) is masked as the product masks a BSN. */
export const logPad = (pad: string) => pad.replace(/(?<!\d)\d{5}(?=\d{4}(?!\d))/g, '*****');

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
        path: logPad(c.req.path),
        status: c.res.status,
        ms: Math.round(performance.now() - start),
      },
      'verzoek',
    );
  };
}
