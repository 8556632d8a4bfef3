import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** In-app notifications for an employee, next to the e-mail they may also get. */
export const melding = pgTable(
  'melding',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    medewerkerId: uuid('medewerker_id').notNull(),
    /** Unique per cause and recipient, like a mail's key: a retried job notifies once. */
    sleutel: text('sleutel').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    titel: text('titel').notNull(),
    tekst: text('tekst').notNull().default(''),
    link: text('link'),
    gelezen: timestamp('gelezen', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('melding_sleutel_uq').on(t.sleutel, t.medewerkerId),
    index('melding_medewerker_idx').on(t.medewerkerId, t.tijdstip.desc()),
  ],
);
