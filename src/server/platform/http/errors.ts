import type { Hook } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { config, locales, type ZodError } from 'zod';
import { zonderBsn } from '../../policies/partij';
import { databaseFout } from '../db/fouten';
import type { AppEnv } from './env';
import { grensmeldingen } from './grensmeldingen';
import { type Problem, ProblemError, type VeldFout } from './problem';

// Validation messages that no schema overrides are given in Dutch; a limit with the field's name.
config({ ...locales.nl(), customError: grensmeldingen });

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify({ ...problem, instance: zonderBsn(c.req.path) }), problem.status as 400, {
    'content-type': 'application/problem+json',
  });
}

export function veldFouten(error: ZodError): VeldFout[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        veld: [...issue.path, key].join('.'),
        melding: 'Dit veld is onbekend.',
      }));
    }
    return [{ veld: issue.path.join('.') || '(body)', melding: issue.message }];
  });
}

export const validatieHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) {
    return problemResponse(
      c,
      new ProblemError(
        400,
        'Ongeldige invoer',
        'De invoer is niet geldig.',
        veldFouten(result.error),
      ).toProblem(),
    );
  }
};

/** Database errors that mean "bad request" or "try again shortly" rather than "server broke". */
const databaseProblemen = {
  'bestaat-al': () => new ProblemError(409, 'Conflict', 'Dit bestaat al.'),
  verwijzing: () => new ProblemError(422, 'Niet verwerkbaar', 'Een verwijzing klopt niet.'),
  formaat: () => new ProblemError(400, 'Ongeldige invoer', 'Een waarde heeft een ongeldig formaat.'),
  onbereikbaar: () =>
    new ProblemError(
      503,
      'Tijdelijk niet beschikbaar',
      'De database is even niet bereikbaar. Probeer het zo opnieuw.',
    ),
};

function vanDatabase(error: unknown): ProblemError | undefined {
  const soort = databaseFout(error);
  return soort && databaseProblemen[soort]();
}

export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ProblemError) return problemResponse(c, error.toProblem());
  if (error instanceof HTTPException) {
    const detail = error.status === 400 ? 'De body is geen geldige JSON.' : error.message;
    return problemResponse(c, new ProblemError(error.status, 'Ongeldig verzoek', detail).toProblem());
  }
  const db = vanDatabase(error);
  if (db) return problemResponse(c, db.toProblem());
  c.get('logger')?.error({ err: error }, 'onverwachte fout');
  return problemResponse(
    c,
    new ProblemError(500, 'Interne fout', 'Er ging iets mis. Probeer het later opnieuw.').toProblem(),
  );
}
