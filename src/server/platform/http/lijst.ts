import { z } from '@hono/zod-openapi';
import { type AnyColumn, asc, desc, type SQL } from 'drizzle-orm';
import { ongeldig } from './problem';

export const lijstQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ description: 'Paginanummer, vanaf 1' }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .openapi({ description: 'Aantal per pagina (max. 100)' }),
  sort: z
    .string()
    .max(50)
    .optional()
    .openapi({ description: "Veld om op te sorteren; '-' ervoor voor aflopend" }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Zoektekst' }),
});
export type LijstQuery = z.infer<typeof lijstQuery>;

export function lijstSchema<T extends z.ZodType>(item: T, naam: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    })
    .openapi(naam);
}

export function sortering(
  sort: string | undefined,
  kolommen: Record<string, AnyColumn | SQL>,
  standaard: string,
): SQL[] {
  const gevraagd = sort ?? standaard;
  const aflopend = gevraagd.startsWith('-');
  const veld = aflopend ? gevraagd.slice(1) : gevraagd;
  const kolom = kolommen[veld];
  if (!kolom) {
    throw ongeldig([{ veld: 'sort', melding: `Sorteren kan op: ${Object.keys(kolommen).join(', ')}.` }]);
  }
  return [aflopend ? desc(kolom) : asc(kolom)];
}

export const offset = (q: LijstQuery) => (q.page - 1) * q.pageSize;
