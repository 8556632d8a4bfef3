import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Toegang } from '../auth/rollen';
import type { AppEnv } from './env';
import { geenToegang, nietIngelogd } from './problem';

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ veld: z.string(), melding: z.string() })).optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

export const standaardFouten = {
  400: problem('Ongeldige invoer'),
  401: problem('Niet ingelogd'),
  403: problem('Geen toegang'),
};
export const fout404 = { 404: problem('Niet gevonden') };
export const fout409 = { 409: problem('Gewijzigd door een ander; het antwoord bevat de huidige versie') };
export const fout422 = { 422: problem('Niet verwerkbaar') };

function vereis(toegang: Toegang, systeem: boolean, schrijft: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (toegang === 'publiek') return next();
    const actor = c.get('actor');
    if (!actor) throw nietIngelogd();
    if (actor.soort === 'systeem') {
      if (!systeem) throw geenToegang('Deze functie is niet beschikbaar voor API-tokens.');
      if (schrijft && actor.alleenLezen) throw geenToegang('Dit API-token mag alleen lezen.');
      return next();
    }
    if (toegang !== 'ingelogd' && !actor.rollen.some((rol) => toegang.includes(rol))) throw geenToegang();
    return next();
  };
}

/**
 * A route with its access rule. The rule is enforced by middleware and published in the
 * OpenAPI document as `x-toegang`, which the route × role test walks.
 */
export function route<R extends RouteConfig>(config: R & { toegang: Toegang; systeem?: boolean }) {
  const { toegang, systeem = false, ...rest } = config;
  const schrijft = !['get', 'head', 'options'].includes(config.method);
  return createRoute({
    ...(rest as unknown as R),
    responses: { ...standaardFouten, ...config.responses },
    middleware: [vereis(toegang, systeem, schrijft)],
    'x-toegang': toegang,
    'x-systeem': systeem,
  });
}

export const idParams = z.object({
  id: z.uuid({ message: 'Geen geldig id.' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
