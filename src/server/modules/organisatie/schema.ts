import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const team = pgTable(
  'team',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    email: text('email'),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('team_naam_uq').on(sql`lower(${t.naam})`)],
);

export const medewerker = pgTable(
  'medewerker',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    gebruikersnaam: text('gebruikersnaam').notNull(),
    email: text('email').notNull(),
    rollen: text('rollen').array().notNull(),
    actief: boolean('actief').notNull().default(true),
    wachtwoordHash: text('wachtwoord_hash'),
    wachtwoordTijdelijk: boolean('wachtwoord_tijdelijk').notNull().default(false),
    misluktePogingen: integer('mislukte_pogingen').notNull().default(0),
    geblokkeerdTot: timestamp('geblokkeerd_tot', { withTimezone: true }),
    oidcSubject: text('oidc_subject').unique(),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('medewerker_gebruikersnaam_uq').on(sql`lower(${t.gebruikersnaam})`),
    index('medewerker_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const teamlidmaatschap = pgTable(
  'teamlidmaatschap',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    medewerkerId: uuid('medewerker_id')
      .notNull()
      .references(() => medewerker.id),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.medewerkerId] }),
    index('teamlidmaatschap_mw_idx').on(t.medewerkerId),
  ],
);
