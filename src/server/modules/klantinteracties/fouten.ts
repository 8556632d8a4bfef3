import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { databaseFout } from '../../platform/db/fouten';
import type { AppEnv } from '../../platform/http/env';
import { ProblemError } from '../../platform/http/problem';

/** One entry of `invalidParams` in the standard's ValidatieFout. */
export interface OngeldigeParameter {
  name: string;
  code: string;
  reason: string;
}

/**
 * An error in the shape of the standard (Fout, or ValidatieFout with invalidParams), as
 * Open Klant and the other Common Ground APIs answer them.
 */
export class StandaardFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly invalidParams?: OngeldigeParameter[],
  ) {
    super(detail);
  }
}

export const validatieFout = (invalidParams: OngeldigeParameter[]) =>
  new StandaardFout(400, 'invalid', 'Ongeldige invoer.', 'De invoer is niet geldig.', invalidParams);

export const ongeldigVeld = (name: string, reason: string, code = 'invalid') =>
  validatieFout([{ name, code, reason }]);

export const nietGevondenFout = (detail = 'Niet gevonden.') =>
  new StandaardFout(404, 'not_found', 'Niet gevonden.', detail);

export const conflictFout = (detail: string) => new StandaardFout(409, 'conflict', 'Conflict.', detail);

const TYPES: Record<number, string> = {
  400: 'ValidationError',
  401: 'NotAuthenticated',
  403: 'PermissionDenied',
  404: 'NotFound',
  409: 'Conflict',
  413: 'RequestTooLarge',
  500: 'APIException',
};

export function foutAntwoord(c: Context<AppEnv>, fout: StandaardFout): Response {
  const basis = c.get('ctx').config.baseUrl;
  const body = {
    type: `${basis}/klantinteracties/ref/fouten/${TYPES[fout.status] ?? 'APIException'}/`,
    code: fout.code,
    title: fout.title,
    status: fout.status,
    detail: fout.message,
    instance: `urn:uuid:${randomUUID()}`,
    ...(fout.invalidParams ? { invalidParams: fout.invalidParams } : {}),
  };
  return c.body(JSON.stringify(body), fout.status as 400, { 'content-type': 'application/problem+json' });
}

const zodCode = (issue: ZodError['issues'][number]): string => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_type' && issue.input === null) return 'null';
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'max_length' : 'max_value';
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'min_length' : 'min_value';
  if (issue.code === 'invalid_value') return 'invalid_choice';
  return 'invalid';
};

/** Zod's issues as invalidParams; nested fields as `a.b`, list items as `a.0.b`. */
export function vanZod(error: ZodError, voorvoegsel = ''): StandaardFout {
  return validatieFout(
    error.issues.map((issue) => ({
      name: [voorvoegsel, ...issue.path.map(String)].filter(Boolean).join('.') || 'nonFieldErrors',
      code: zodCode(issue),
      reason: issue.message,
    })),
  );
}

const GEEN_SUBCODE: Record<number, string> = {
  401: 'not_authenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'conflict',
  413: 'request_too_large',
};

/**
 * A ProblemError of one of Stadspunt's own operations in the standard's shape. Field errors
 * (400 and 422 alike) become a ValidatieFout, with Stadspunt's field names translated.
 */
export function vanProblem(error: ProblemError, velden: Record<string, string> = {}): StandaardFout {
  if (error.errors?.length) {
    return validatieFout(
      error.errors.map((e) => ({ name: velden[e.veld] ?? e.veld, code: 'invalid', reason: e.melding })),
    );
  }
  if (error.status === 422)
    return validatieFout([{ name: 'nonFieldErrors', code: 'invalid', reason: error.message }]);
  return new StandaardFout(
    error.status,
    GEEN_SUBCODE[error.status] ?? 'error',
    `${error.title}.`,
    error.message,
  );
}

/** PostgreSQL errors that mean bad input rather than a broken server. */
const databaseFouten = {
  'bestaat-al': () => ongeldigVeld('nonFieldErrors', 'Dit bestaat al.', 'unique'),
  verwijzing: () => conflictFout('Er verwijst nog iets naar dit object, of een verwijzing klopt niet.'),
  formaat: () => ongeldigVeld('nonFieldErrors', 'Een waarde heeft een ongeldig formaat.'),
  onbereikbaar: () =>
    new StandaardFout(
      503,
      'service_unavailable',
      'Tijdelijk niet beschikbaar.',
      'De database is even niet bereikbaar.',
    ),
};

function vanDatabase(error: unknown): StandaardFout | undefined {
  const soort = databaseFout(error);
  return soort && databaseFouten[soort]();
}

export function onStandaardFout(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof StandaardFout) return foutAntwoord(c, error);
  if (error instanceof ProblemError) return foutAntwoord(c, vanProblem(error));
  if (error instanceof HTTPException) {
    const detail = error.status === 400 ? 'De body is geen geldige JSON.' : error.message;
    return foutAntwoord(c, new StandaardFout(error.status, 'parse_error', 'Ongeldig verzoek.', detail));
  }
  const db = vanDatabase(error);
  if (db) return foutAntwoord(c, db);
  c.get('logger')?.error({ err: error }, 'onverwachte fout (klantinteracties)');
  return foutAntwoord(c, new StandaardFout(500, 'error', 'Interne fout.', 'Er ging iets mis.'));
}
