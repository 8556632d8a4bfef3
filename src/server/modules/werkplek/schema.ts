import { jsonb, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { medewerker } from '../organisatie/schema';
import { partij } from '../partijen/schema';

/**
 * The contact an employee is running at the desk, as typed so far: kept so that a reload
 * (or a crashed browser) brings back the open card and every field. One per employee: starting
 * the next contact replaces it; registering or discarding the contact removes it.
 */
export const lopendContact = pgTable(
  'lopend_contact',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    medewerkerId: uuid('medewerker_id')
      .notNull()
      .references(() => medewerker.id, { onDelete: 'cascade' }),
    /** Null for an anonymous contact. */
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'cascade' }),
    start: timestamp('start', { withTimezone: true }).notNull(),
    /** The form as the screen holds it (kanaal, questions, requests); see `lopendContactInhoud`. */
    inhoud: jsonb('inhoud').notNull(),
    gewijzigd: timestamp('gewijzigd', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('lopend_contact_medewerker_uq').on(t.medewerkerId)],
);
