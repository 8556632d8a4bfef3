import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { product } from '../catalogus/schema';
import { klantcontact, vraag } from '../klantcontacten/schema';
import { medewerker, team } from '../organisatie/schema';
import { partij } from '../partijen/schema';
import { logboekSoorten, pogingUitkomsten, resultaten, statussen, voorkeurstijden } from './waarden';

/** Reference numbers the resident can quote: CV-2026-000123. */
export const contactverzoekNummer = pgSequence('contactverzoek_nummer');

/**
 * The next number of the sequence with at least six digits: 000123, and 1000000 once there are
 * more (`lpad(…, 6)` would cut that to 100000, a number already given).
 */
export const VOLGNUMMER_SQL = `to_char(nextval('contactverzoek_nummer'), 'FM999999999999000000')`;

export const contactverzoek = pgTable(
  'contactverzoek',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nummer: text('nummer').notNull(),
    partijId: uuid('partij_id').references(() => partij.id),
    klantcontactId: uuid('klantcontact_id').references(() => klantcontact.id),
    vraagId: uuid('vraag_id').references(() => vraag.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    medewerkerId: uuid('medewerker_id').references(() => medewerker.id),
    productId: uuid('product_id').references(() => product.id),
    onderwerp: text('onderwerp').notNull(),
    vraag: text('vraag').notNull(),
    /** What the KCC already told the resident. */
    toelichting: text('toelichting').notNull().default(''),
    naam: text('naam'),
    telefoon: text('telefoon'),
    email: text('email'),
    voorkeurstijd: text('voorkeurstijd', { enum: voorkeurstijden }).notNull().default('geen'),
    urgent: boolean('urgent').notNull().default(false),
    status: text('status', { enum: statussen }).notNull().default('open'),
    ontvangen: timestamp('ontvangen', { withTimezone: true }).notNull(),
    /** The last working day (Europe/Amsterdam) on which the request is within the service norm. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    mislukt: integer('mislukt').notNull().default(0),
    pogingen: integer('pogingen').notNull().default(0),
    resultaat: text('resultaat', { enum: resultaten }),
    afgehandeld: timestamp('afgehandeld', { withTimezone: true }),
    /** Set once by the monitor: the reminder and the escalation are each sent only once. */
    herinnerd: timestamp('herinnerd', { withTimezone: true }),
    geescaleerd: timestamp('geescaleerd', { withTimezone: true }),
    aangemaaktDoor: uuid('aangemaakt_door').references(() => medewerker.id),
    /**
     * A task of another system for an actor that maps to no team yet (a KISS afdeling or groep):
     * it waits in the KCC's queue until the beheerder links the actor to a team.
     */
    wachtOpActor: uuid('wacht_op_actor'),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    uniqueIndex('contactverzoek_nummer_uq').on(t.nummer),
    index('contactverzoek_team_open_idx').on(t.teamId, t.deadline).where(sql`${t.status} = 'open'`),
    index('contactverzoek_team_afgehandeld_idx').on(t.teamId, t.afgehandeld),
    index('contactverzoek_ontvangen_idx').on(t.ontvangen),
    index('contactverzoek_medewerker_idx').on(t.medewerkerId).where(sql`${t.status} = 'open'`),
    index('contactverzoek_partij_idx').on(t.partijId, t.ontvangen.desc()),
    index('contactverzoek_aangemaakt_door_idx').on(t.aangemaaktDoor, t.ontvangen.desc()),
    index('contactverzoek_wacht_idx').on(t.wachtOpActor).where(sql`${t.wachtOpActor} is not null`),
    index('contactverzoek_klantcontact_idx').on(t.klantcontactId).where(sql`${t.klantcontactId} is not null`),
  ],
);

export const logboekregel = pgTable(
  'contactverzoek_logboek',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contactverzoekId: uuid('contactverzoek_id')
      .notNull()
      .references(() => contactverzoek.id),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull(),
    soort: text('soort', { enum: logboekSoorten }).notNull(),
    medewerkerId: uuid('medewerker_id'),
    medewerkerNaam: text('medewerker_naam').notNull(),
    uitkomst: text('uitkomst', { enum: pogingUitkomsten }),
    tekst: text('tekst').notNull().default(''),
    details: jsonb('details'),
  },
  (t) => [index('contactverzoek_logboek_cv_idx').on(t.contactverzoekId, t.id)],
);

/** Service norm per team and per product (a product's norm wins); urgent requests have their own. */
export const servicenorm = pgTable(
  'servicenorm',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id').references(() => team.id),
    productId: uuid('product_id').references(() => product.id),
    werkdagen: integer('werkdagen').notNull(),
    werkdagenUrgent: integer('werkdagen_urgent').notNull().default(0),
    /** Failed call attempts after which the resident automatically gets a message (team norms). */
    maxPogingen: integer('max_pogingen'),
  },
  (t) => [
    uniqueIndex('servicenorm_team_uq').on(t.teamId).where(sql`${t.productId} is null`),
    uniqueIndex('servicenorm_product_uq').on(t.productId).where(sql`${t.teamId} is null`),
  ],
);

/** One daily digest per team per day, however many instances run the monitor. */
export const dagoverzicht = pgTable(
  'contactverzoek_dagoverzicht',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    datum: date('datum', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.datum] })],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Management reports, kept so that past ones can be downloaded. */
export const rapport = pgTable(
  'rapport',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    soort: text('soort', { enum: ['week', 'maand', 'periode'] }).notNull(),
    /** Null for the whole organisation. */
    teamId: uuid('team_id').references(() => team.id),
    van: date('van', { mode: 'string' }).notNull(),
    tot: date('tot', { mode: 'string' }).notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    cijfers: jsonb('cijfers').notNull(),
    pdf: bytea('pdf').notNull(),
    xlsx: bytea('xlsx').notNull(),
  },
  (t) => [uniqueIndex('rapport_periode_uq').on(t.soort, sql`coalesce(${t.teamId}::text, '')`, t.van)],
);
