import { z } from '@hono/zod-openapi';
import { Duration } from 'luxon';

/** Whether a text is an ISO 8601 duration of some length (P6W, P8W, P1Y6M); P0D is no term. */
export function isDuur(tekst: string): boolean {
  const duur = Duration.fromISO(tekst);
  return duur.isValid && duur.toMillis() > 0;
}

/** A duration field as the Catalogi API writes it, with a Dutch error. */
export const duurVeld = (wat: string) =>
  z
    .string()
    .trim()
    .refine(isDuur, `Vul ${wat} in als ISO 8601-duur, bijvoorbeeld P6W (6 weken), P8W of P30D.`)
    .openapi({ description: `${wat} (ISO 8601-duur, bijvoorbeeld P6W)`, example: 'P6W' });
