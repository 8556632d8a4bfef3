import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

const escapeLike = (tekst: string) => tekst.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case-insensitive "contains"; the user's text is matched literally, also % and _. */
export function bevat(kolom: AnyColumn | SQL, tekst: string): SQL {
  return sql`${kolom} ilike ${`%${escapeLike(tekst)}%`}`;
}
