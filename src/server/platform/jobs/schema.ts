import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const domeinGebeurtenis = pgTable(
  'domein_gebeurtenis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    data: jsonb('data').notNull(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    requestId: text('request_id'),
  },
  (t) => [index('domein_gebeurtenis_object_idx').on(t.objectType, t.objectId)],
);
