import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { team } from '../organisatie/schema';

/** A product or service of the municipality; seeded from the Uniforme Productnamenlijst (UPL). */
export const product = pgTable(
  'product',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    zoeknaam: text('zoeknaam').notNull(),
    uplNaam: text('upl_naam'),
    uplUri: text('upl_uri').unique(),
    voorBurger: boolean('voor_burger').notNull().default(false),
    voorBedrijf: boolean('voor_bedrijf').notNull().default(false),
    actief: boolean('actief').notNull().default(true),
    /** The team that answers for it: a contactverzoek about this product goes there. */
    teamId: uuid('team_id').references(() => team.id),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_zoeknaam_trgm').using('gin', t.zoeknaam.op('gin_trgm_ops'))],
);
