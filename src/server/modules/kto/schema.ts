import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partij } from '../partijen/schema';
import { aanleidingen, uitnodigingsKanalen } from './waarden';

/**
 * One invitation to the klanttevredenheidsonderzoek and, once the resident filled it in, the
 * answer. The link's token is kept only as its hash.
 */
export const ktoUitnodiging = pgTable(
  'kto_uitnodiging',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    aanleiding: text('aanleiding', { enum: aanleidingen }).notNull(),
    aanleidingId: uuid('aanleiding_id').notNull(),
    /** Null once the party is erased: the answer stays in the figures, no longer tied to anyone. */
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'set null' }),
    teamId: uuid('team_id'),
    /** The channel of the contact; null for a contactverzoek or zaak. */
    kanaal: text('kanaal'),
    productId: uuid('product_id'),
    via: text('via', { enum: uitnodigingsKanalen }).notNull(),
    verstuurd: timestamp('verstuurd', { withTimezone: true }).notNull(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true }).notNull(),
    beantwoord: timestamp('beantwoord', { withTimezone: true }),
    score: integer('score'),
    inEenKeer: boolean('in_een_keer'),
    opmerking: text('opmerking'),
  },
  (t) => [
    uniqueIndex('kto_uitnodiging_token_idx').on(t.tokenHash),
    uniqueIndex('kto_uitnodiging_aanleiding_idx').on(t.aanleiding, t.aanleidingId),
    index('kto_uitnodiging_partij_idx').on(t.partijId, t.verstuurd),
    index('kto_uitnodiging_verstuurd_idx').on(t.verstuurd),
  ],
);

/** Up to when each source of invitations (the finished contacts) was looked through. */
export const ktoScan = pgTable('kto_scan', {
  bron: text('bron').primaryKey(),
  tot: timestamp('tot', { withTimezone: true }).notNull(),
});
