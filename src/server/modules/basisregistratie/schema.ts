import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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

/** Searchable current values of each BRP person (the embedded source); rebuilt from the persoonslijsten. */
export const brpPersoon = pgTable(
  'brp_persoon',
  {
    bsn: text('bsn').primaryKey(),
    voornamen: text('voornamen'),
    voorvoegsel: text('voorvoegsel'),
    geslachtsnaam: text('geslachtsnaam'),
    /** normaliseerNaam(geslachtsnaam): what name search compares against. */
    zoeknaam: text('zoeknaam').notNull(),
    geboortedatum: date('geboortedatum', { mode: 'string' }),
    straat: text('straat'),
    huisnummer: integer('huisnummer'),
    huisletter: text('huisletter'),
    toevoeging: text('toevoeging'),
    postcode: text('postcode'),
    woonplaats: text('woonplaats'),
    geheimhouding: boolean('geheimhouding').notNull().default(false),
  },
  (t) => [
    index('brp_persoon_zoeknaam_trgm').using('gin', t.zoeknaam.op('gin_trgm_ops')),
    index('brp_persoon_zoeknaam_idx').on(t.zoeknaam, t.geboortedatum),
    index('brp_persoon_adres_idx').on(t.postcode, t.huisnummer),
  ],
);

/** Handelsregister: establishments of companies (the embedded source is a generated set). */
export const hrVestiging = pgTable(
  'hr_vestiging',
  {
    vestigingsnummer: text('vestigingsnummer').primaryKey(),
    kvkNummer: text('kvk_nummer').notNull(),
    rsin: text('rsin'),
    handelsnamen: text('handelsnamen').array().notNull(),
    zoeknaam: text('zoeknaam').notNull(),
    straat: text('straat'),
    huisnummer: integer('huisnummer'),
    huisletter: text('huisletter'),
    toevoeging: text('toevoeging'),
    postcode: text('postcode'),
    woonplaats: text('woonplaats'),
    hoofdvestiging: boolean('hoofdvestiging').notNull().default(true),
  },
  (t) => [
    index('hr_vestiging_kvk_idx').on(t.kvkNummer),
    index('hr_vestiging_zoeknaam_trgm').using('gin', t.zoeknaam.op('gin_trgm_ops')),
    // Nearest trade names first for the typo search: stable where GIN plans swing to a seq scan.
    index('hr_vestiging_zoeknaam_knn').using('gist', t.zoeknaam.op('gist_trgm_ops')),
    index('hr_vestiging_zoeknaam_begin_idx').on(t.zoeknaam.op('text_pattern_ops')),
    index('hr_vestiging_adres_idx').on(t.postcode, t.huisnummer),
  ],
);

/** Read-through cache of persons fetched from an external BRP (Haal Centraal), with their age. */
export const brpCache = pgTable('brp_cache', {
  bsn: text('bsn').primaryKey(),
  gegevens: jsonb('gegevens').notNull(),
  opgehaald: timestamp('opgehaald', { withTimezone: true }).notNull(),
});
