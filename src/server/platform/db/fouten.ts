/** The PostgreSQL error behind a driver or drizzle error, on both databases. */
function pgFout(error: unknown): { code?: string; constraint?: string } {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  return e.code ? e : (e.cause ?? {});
}

/** A foreign key violation; of the named constraint when one is given. */
export const isVerwijzingFout = (error: unknown, constraint?: string) => {
  const e = pgFout(error);
  return e.code === '23503' && (!constraint || e.constraint === constraint || !e.constraint);
};
