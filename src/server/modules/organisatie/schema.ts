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
import type { Rol } from '../../platform/auth/rollen';

export const team = pgTable(
  'team',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    omschrijving: text('omschrijving').notNull().default(''),
    email: text('email'),
    /** The id other systems (KISS, ZGW) know this team by, set by the beheerder. */
    identificatie: text('identificatie'),
    /** The team that keeps regie: its teamleider sees the whole organisation, unrouted tasks wait in its queue. */
    kcc: boolean('kcc').notNull().default(false),
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('team_naam_uq').on(sql`lower(${t.naam})`),
    uniqueIndex('team_identificatie_uq').on(t.identificatie),
    uniqueIndex('team_kcc_uq').on(t.kcc).where(sql`${t.kcc}`),
  ],
);

export const medewerker = pgTable(
  'medewerker',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
    gebruikersnaam: text('gebruikersnaam').notNull(),
    email: text('email').notNull(),
    rollen: text('rollen').array().$type<Rol[]>().notNull(),
    actief: boolean('actief').notNull().default(true),
    wachtwoordHash: text('wachtwoord_hash'),
    wachtwoordTijdelijk: boolean('wachtwoord_tijdelijk').notNull().default(false),
    /** The id other systems (KISS, ZGW) know this employee by, set by the beheerder. */
    identificatie: text('identificatie').unique(),
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
