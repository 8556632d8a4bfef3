import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  },
  (t) => [index('sessie_medewerker_idx').on(t.medewerkerId)],
);

export const apiToken = pgTable('api_token', {
  id: uuid('id').primaryKey().defaultRandom(),
  naam: text('naam').notNull().unique(),
  tokenHash: text('token_hash').notNull().unique(),
  alleenLezen: boolean('alleen_lezen').notNull().default(false),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  ingetrokken: timestamp('ingetrokken', { withTimezone: true }),
});

/** A login at the organisation's identity provider in progress (state, PKCE verifier, nonce). */
export const oidcAanvraag = pgTable('oidc_aanvraag', {
  state: text('state').primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
});
