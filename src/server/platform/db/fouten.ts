/** The PostgreSQL error behind a driver or drizzle error, on both databases. */
function pgFout(error: unknown): { code?: string; constraint?: string; message?: string } {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  return e.code ? e : (e.cause ?? {});
}

/** A foreign key violation; of the named constraint when one is given. */
export const isVerwijzingFout = (error: unknown, constraint?: string) => {
  const e = pgFout(error);
  return e.code === '23503' && (!constraint || e.constraint === constraint || !e.constraint);
};

/**
 * What a database error means for the caller, whichever API answers it: the internal API and
 * the Klantinteracties API each turn these into their own error format.
 */
export type DatabaseFout = 'bestaat-al' | 'verwijzing' | 'formaat' | 'onbereikbaar';

/** Connection classes and server states of PostgreSQL (SQLSTATE 08, 57P) and of the socket. */
const ONBEREIKBAAR = /^(08\d{3}|57P0[1-3]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/;
const VERBINDING_WEG =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

export function databaseFout(error: unknown): DatabaseFout | undefined {
  const { code } = pgFout(error);
  if (code === '23505') return 'bestaat-al';
  if (code === '23503') return 'verwijzing';
  if (code === '22P02' || code === '22007' || code === '22008') return 'formaat';
  const e = error as { message?: string; cause?: { message?: string } };
  if ((code && ONBEREIKBAAR.test(code)) || VERBINDING_WEG.test(`${e.message} ${e.cause?.message}`))
    return 'onbereikbaar';
  return undefined;
}

/**
 * pg-boss marks a job done or failed without awaiting it: while the database is away that
 * rejection has nobody to catch it, and Node would stop the whole server. Such a rejection is
 * logged and the job expires and is done again once the database is back; any other
 * unhandled rejection still ends the process.
 */
export function verdraagDatabaseStoringen(logger: { warn(o: object, m: string): void }): void {
  process.on('unhandledRejection', (reden) => {
    if (databaseFout(reden) === 'onbereikbaar')
      return logger.warn({ err: reden }, 'database niet bereikbaar');
    throw reden;
  });
}
