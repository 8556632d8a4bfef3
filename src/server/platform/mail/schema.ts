import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const mail = pgTable(
  'mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The event or action that caused the mail; makes delivery idempotent. */
    sleutel: text('sleutel').notNull(),
    aan: text('aan').notNull(),
    onderwerp: text('onderwerp').notNull(),
    tekst: text('tekst').notNull(),
    status: text('status', { enum: ['wachtrij', 'bewaard', 'verzonden', 'mislukt'] }).notNull(),
    fout: text('fout'),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    verzonden: timestamp('verzonden', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mail_sleutel_aan_uq').on(t.sleutel, t.aan),
    index('mail_aangemaakt_idx').on(t.aangemaakt),
  ],
);
