import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { type BeleidSleutel, type Regel, regelVan, weigering } from '../../policies/regels';
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
/** What every operation with a body can answer before it reads it. */
const bodyFouten = {
  413: problem('De body is groter dan 1 MB'),
  415: problem('De body is geen JSON'),
};
export const fout404 = { 404: problem('Niet gevonden') };
export const fout409 = { 409: problem('Gewijzigd door een ander; het antwoord bevat de huidige versie') };
export const fout422 = { 422: problem('Niet verwerkbaar') };
export const fout410 = { 410: problem('Verlopen') };
export const fout429 = { 429: problem('Even wachten: te veel mislukte pogingen') };

function vereis(regel: Regel, schrijft: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (regel.rollen === 'publiek') return next();
    const actor = c.get('actor');
    if (!actor) throw nietIngelogd();
    const reden = weigering(regel, actor, schrijft);
    if (reden) throw geenToegang(reden);
    return next();
  };
}

/**
 * A route with the rule of the policy layer that guards it. The role half is enforced here and
 * published in the OpenAPI document (`x-beleid`, `x-toegang`, `x-systeem`), which the
 * authorization matrix test walks; the object half is asked by the operation.
 */
export function route<R extends RouteConfig>(config: R & { beleid: BeleidSleutel }) {
  const { beleid, ...rest } = config;
  const regel = regelVan(beleid);
  const schrijft = !['get', 'head', 'options'].includes(config.method);
  return createRoute({
    ...(rest as unknown as R),
    responses: { ...standaardFouten, ...(config.request?.body ? bodyFouten : {}), ...config.responses },
    middleware: [vereis(regel, schrijft)],
    'x-beleid': beleid,
    'x-toegang': regel.rollen,
    'x-systeem': regel.systeem ?? [],
    'x-uitleg': regel.uitleg,
  });
}

export const idParams = z.object({
  id: z.uuid({ message: 'Geen geldig id.' }).openapi({ param: { name: 'id', in: 'path' } }),
});

/** The version the caller saw (optimistic locking); a version column is an int4. */
export const versie = z
  .number()
  .int()
  .min(1)
  .max(2_147_483_647, 'Deze versie bestaat niet.')
  .openapi({ description: 'De versie die u zag; bij een andere versie volgt 409 met de huidige stand' });

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
