import { z } from '@hono/zod-openapi';
import { aanleidingen, OPMERKING_MAX } from './waarden';

export const tokenParams = z.object({
  token: z
    .string()
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'Uit de link in de uitnodiging' }),
});

export const ktoAntwoord = z
  .object({
    score: z
      .number({ message: 'Kies een cijfer van 1 tot en met 5.' })
      .int({ message: 'Kies een cijfer van 1 tot en met 5.' })
      .min(1, 'Kies een cijfer van 1 tot en met 5.')
      .max(5, 'Kies een cijfer van 1 tot en met 5.')
      .openapi({ description: '1 (zeer ontevreden) tot en met 5 (zeer tevreden)' }),
    inEenKeer: z.boolean({ message: 'Geef aan of uw vraag in één keer geregeld is.' }),
    opmerking: z
      .string({ message: 'Een opmerking is tekst.' })
      .max(OPMERKING_MAX, `Een opmerking is hoogstens ${OPMERKING_MAX} tekens.`)
      .optional(),
  })
  .openapi('KtoAntwoord');
export type KtoAntwoord = z.infer<typeof ktoAntwoord>;

export const ktoUitnodigingUit = z
  .object({
    status: z.enum(['open', 'beantwoord', 'verlopen']),
    aanleiding: z.enum(aanleidingen),
    kanaal: z.string().nullable(),
    productNaam: z.string().nullable(),
    verstuurd: z.string(),
    verlooptOp: z.string(),
  })
  .openapi('KtoUitnodiging');

export const ktoBeantwoordUit = z.object({ status: z.literal('beantwoord') });
