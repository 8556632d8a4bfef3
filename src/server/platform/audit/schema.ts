import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only: a trigger in the migrations refuses UPDATE, DELETE and TRUNCATE. */
export const auditRegel = pgTable(
  'audit_regel',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull().defaultNow(),
    medewerkerId: uuid('medewerker_id'),
    medewerkerNaam: text('medewerker_naam').notNull(),
    rol: text('rol'),
    actie: text('actie').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    persoonsgegevens: boolean('persoonsgegevens').notNull().default(false),
    reden: text('reden'),
    requestId: text('request_id'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_regel_tijdstip_idx').on(t.tijdstip),
    index('audit_regel_object_idx').on(t.objectType, t.objectId),
  ],
);
