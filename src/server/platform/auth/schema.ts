import { doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { medewerker } from '../../modules/organisatie/schema';

/** The cookie holds a random token; only its SHA-256 is stored. */
export const sessie = pgTable(
  'sessie',
  {
    tokenHash: text('token_hash').primaryKey(),
    medewerkerId: uuid('medewerker_id')
      .notNull()
      .references(() => medewerker.id),
    csrfToken: text('csrf_token').notNull(),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
    verloopt: timestamp('verloopt', { withTimezone: true }).notNull(),
    /** Moved forward at most once a minute; the idle timeout counts from here. */
    laatstActief: timestamp('laatst_actief', { withTimezone: true }).notNull().defaultNow(),
    /** The party whose card the employee has open: it may read that party's contactverzoeken. */
    openPartijId: uuid('open_partij_id'),
  },
  (t) => [index('sessie_medewerker_idx').on(t.medewerkerId), index('sessie_verloopt_idx').on(t.verloopt)],
);

export const apiToken = pgTable('api_token', {
  id: uuid('id').primaryKey().defaultRandom(),
  naam: text('naam').notNull().unique(),
  tokenHash: text('token_hash').notNull().unique(),
  /** What the system client may do: lezen, klantinteracties, persoonsgegevens, beheer. */
  scopes: text('scopes').array().notNull(),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  aangemaaktDoor: text('aangemaakt_door').notNull(),
  verloopt: timestamp('verloopt', { withTimezone: true }).notNull(),
  /** Moved forward at most once a minute. */
  laatstGebruikt: timestamp('laatst_gebruikt', { withTimezone: true }),
  ingetrokken: timestamp('ingetrokken', { withTimezone: true }),
  ingetrokkenDoor: text('ingetrokken_door'),
});

/** A login at the organisation's identity provider in progress (state, PKCE verifier, nonce). */
export const oidcAanvraag = pgTable('oidc_aanvraag', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  /** SHA-256 of the short-lived cookie of the browser that started the login. */
  browserHash: text('browser_hash').notNull(),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Failed logins per account name and per client address, as a score that halves every
 * half-life: the key exists whether or not the account does, so throttling tells nothing.
 */
export const inlogpoging = pgTable('inlogpoging', {
  sleutel: text('sleutel').primaryKey(),
  score: doublePrecision('score').notNull(),
  bijgewerkt: timestamp('bijgewerkt', { withTimezone: true }).notNull(),
});
