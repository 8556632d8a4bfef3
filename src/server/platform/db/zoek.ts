import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

const escapeLike = (tekst: string) => tekst.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case-insensitive "contains"; the user's text is matched literally, also % and _. */
export function bevat(kolom: AnyColumn | SQL, tekst: string): SQL {
  return sql`${kolom} ilike ${`%${escapeLike(tekst)}%`}`;
}

/** Lowercase, accents and punctuation removed, single spaces: how names are stored for search and compared. */
export function normaliseerNaam(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Starts with", literally; an index with text_pattern_ops makes it a range scan. */
export function begintMet(kolom: AnyColumn | SQL, tekst: string): SQL {
  return sql`${kolom} like ${`${escapeLike(tekst)}%`}`;
}
