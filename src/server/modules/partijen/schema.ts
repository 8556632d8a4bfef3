import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A person, organisation or contact person the municipality is in contact with. Holds keys
 * into the basisregistraties (never their data) and what the KCC itself records.
 */
export const partij = pgTable(
  'partij',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    soort: text('soort', { enum: ['persoon', 'organisatie', 'contactpersoon'] }).notNull(),
    bsn: text('bsn'),
    kvkNummer: text('kvk_nummer'),
    vestigingsnummer: text('vestigingsnummer'),
    rsin: text('rsin'),
    /** For a contact person: the organisation they speak for. */
    organisatieId: uuid('organisatie_id'),
    /** Display name; for persons and organisations a copy from the basisregistratie at last read. */
    naam: text('naam').notNull(),
    zoeknaam: text('zoeknaam').notNull(),
    voorkeurskanaal: text('voorkeurskanaal'),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partij_bsn_uq').on(t.bsn).where(sql`${t.bsn} is not null`),
    uniqueIndex('partij_vestiging_uq').on(t.vestigingsnummer).where(sql`${t.soort} = 'organisatie'`),
    index('partij_kvk_idx').on(t.kvkNummer),
    index('partij_organisatie_idx').on(t.organisatieId),
    // Only contact persons are searched by name here; persons and companies via the basisregistraties.
    index('partij_contactpersoon_trgm')
      .using('gin', t.zoeknaam.op('gin_trgm_ops'))
      .where(sql`${t.soort} = 'contactpersoon'`),
  ],
);

/** Phone numbers and e-mail addresses the KCC recorded; separate from basisregistratie data. */
export const contactgegeven = pgTable(
  'contactgegeven',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partijId: uuid('partij_id')
      .notNull()
      .references(() => partij.id),
    soort: text('soort', { enum: ['telefoon', 'email'] }).notNull(),
    waarde: text('waarde').notNull(),
    /** E.164 phone number or lowercase e-mail address: what search compares. */
    sleutel: text('sleutel').notNull(),
    omschrijving: text('omschrijving'),
  },
  (t) => [
    index('contactgegeven_sleutel_idx').on(t.sleutel),
    index('contactgegeven_partij_idx').on(t.partijId),
  ],
);
