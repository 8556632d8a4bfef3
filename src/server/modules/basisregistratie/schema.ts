import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The embedded BRP: one row per persoonslijst of the RvIG test set, kept as GBA element
 * codes per row (current and historic categories), exactly as delivered.
 */
export const brpPersoonslijst = pgTable(
  'brp_persoonslijst',
  {
    id: text('id').primaryKey(),
    bsn: text('bsn'),
    rijen: jsonb('rijen').$type<Record<string, string>[]>().notNull(),
    geladen: timestamp('geladen', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('brp_persoonslijst_bsn_idx').on(t.bsn)],
);
