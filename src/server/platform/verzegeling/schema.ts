import { customType, pgTable, text } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Keys the instances of one installation share, made at the first start; never sent anywhere. */
export const geheim = pgTable('geheim', {
  naam: text('naam').primaryKey(),
  waarde: bytea('waarde').notNull(),
});
