import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const sluitingsdag = pgTable('sluitingsdag', {
  id: uuid('id').primaryKey().defaultRandom(),
  datum: date('datum', { mode: 'string' }).notNull().unique(),
  omschrijving: text('omschrijving').notNull(),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
});
