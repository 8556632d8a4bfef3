import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../http/lijst';
import { scopes } from '../rollen';
import { GELDIG_JAREN, scopeUitleg, tokenStatussen } from './waarden';

const scope = z.enum(scopes, { message: `Kies uit: ${scopes.join(', ')}.` });

export const apiTokenInvoer = z
  .strictObject({
    naam: z.string().trim().min(2, 'Vul minstens 2 tekens in.').max(100),
    scopes: z
      .array(scope, { message: 'Kies minstens één scope.' })
      .min(1, 'Kies minstens één scope.')
      .refine(
        (gekozen) => gekozen.length === 0 || gekozen.some((s) => s !== 'persoonsgegevens'),
        'Persoonsgegevens kan alleen naast lezen, klantinteracties of beheer.',
      )
      .openapi({
        description: Object.entries(scopeUitleg)
          .map(([s, uitleg]) => `${s}: ${uitleg}`)
          .join(' '),
      }),
    verloopt: z.iso
      .date({ message: 'Geef een bestaande datum als 2027-12-31.' })
      .optional()
      .openapi({
        description: `De dag waarop het token ophoudt te werken (vanaf 00:00 Nederlandse tijd); standaard over ${GELDIG_JAREN.standaard} jaar, hooguit ${GELDIG_JAREN.hoogstens} jaar vooruit`,
      }),
  })
  .openapi('ApiTokenInvoer');

export const apiToken = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    scopes: z.array(scope),
    status: z.enum(tokenStatussen),
    aangemaakt: z.string(),
    aangemaaktDoor: z.string(),
    verloopt: z.string(),
    laatstGebruikt: z
      .string()
      .nullable()
      .openapi({ description: 'Bijgewerkt hooguit eens per minuut; leeg als het nooit is gebruikt' }),
    ingetrokken: z.string().nullable(),
    ingetrokkenDoor: z.string().nullable(),
  })
  .openapi('ApiToken');

export const nieuwApiToken = apiToken
  .extend({
    token: z.string().openapi({
      description:
        'Alleen in dit antwoord: Stadspunt bewaart alleen de SHA-256 ervan en toont het nooit meer',
    }),
  })
  .openapi('NieuwApiToken');

export const apiTokenQuery = lijstQuery.extend({
  status: z.enum(tokenStatussen, { message: `Kies uit: ${tokenStatussen.join(', ')}.` }).optional(),
});

export type ApiTokenInvoer = z.infer<typeof apiTokenInvoer>;
export type ApiTokenUit = z.infer<typeof apiToken>;
export type NieuwApiTokenUit = z.infer<typeof nieuwApiToken>;
export type ApiTokenFilter = z.infer<typeof apiTokenQuery>;
