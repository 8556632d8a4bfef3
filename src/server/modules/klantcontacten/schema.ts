import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { product } from '../catalogus/schema';
import { medewerker, team } from '../organisatie/schema';
import { partij } from '../partijen/schema';
import { kanalen, uitkomsten } from './waarden';

export { kanalen, uitkomsten };

export const klantcontact = pgTable(
  'klantcontact',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kanaal: text('kanaal', { enum: kanalen }).notNull(),
    /** Null for an anonymous contact. */
    partijId: uuid('partij_id').references(() => partij.id),
    medewerkerId: uuid('medewerker_id').references(() => medewerker.id),
    teamId: uuid('team_id').references(() => team.id),
    status: text('status', { enum: ['concept', 'afgerond'] }).notNull(),
    start: timestamp('start', { withTimezone: true }).notNull(),
    einde: timestamp('einde', { withTimezone: true }),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    index('klantcontact_partij_start_idx').on(t.partijId, t.start.desc()),
    index('klantcontact_medewerker_status_idx').on(t.medewerkerId, t.status),
    // Management information reads a period of contacts of every party.
    index('klantcontact_start_idx').on(t.start),
  ],
);

export const vraag = pgTable(
  'vraag',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    klantcontactId: uuid('klantcontact_id')
      .notNull()
      .references(() => klantcontact.id),
    volgnummer: integer('volgnummer').notNull(),
    productId: uuid('product_id').references(() => product.id),
    onderwerp: text('onderwerp').notNull(),
    vraag: text('vraag').notNull(),
    antwoord: text('antwoord').notNull().default(''),
    uitkomst: text('uitkomst', { enum: uitkomsten }).notNull(),
    doorverwezenNaar: text('doorverwezen_naar'),
  },
  (t) => [index('vraag_klantcontact_idx').on(t.klantcontactId, t.volgnummer)],
);
