import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { klantcontact } from '../klantcontacten/schema';
import { contactgegeven, partij } from '../partijen/schema';

/**
 * What the Klantinteracties standard records and Stadspunt itself does not. Every table here
 * hangs off Stadspunt's own rows (partij, contactgegeven, klantcontact) or stands alone; the
 * facade reads both and shows them as one resource.
 */

/** An address in the standard's shape (bezoekadres, correspondentieadres). */
export type Adres = Record<string, string | number | null>;
/** Voorletters, voornaam, voorvoegselAchternaam, achternaam. */
export type Contactnaam = Record<string, string>;
/** codeObjecttype, codeRegister, codeSoortObjectId, objectId. */
export type Identificator = Record<string, string>;

export const kiPartij = pgTable('ki_partij', {
  partijId: uuid('partij_id')
    .primaryKey()
    .references(() => partij.id, { onDelete: 'cascade' }),
  nummer: text('nummer'),
  interneNotitie: text('interne_notitie').notNull().default(''),
  voorkeurstaal: text('voorkeurstaal').notNull().default(''),
  indicatieActief: boolean('indicatie_actief').notNull().default(true),
  indicatieGeheimhouding: boolean('indicatie_geheimhouding'),
  contactnaam: jsonb('contactnaam').$type<Contactnaam>(),
  bezoekadres: jsonb('bezoekadres').$type<Adres>(),
  correspondentieadres: jsonb('correspondentieadres').$type<Adres>(),
  voorkeursDigitaalAdresId: uuid('voorkeurs_digitaal_adres_id'),
  voorkeursRekeningnummerId: uuid('voorkeurs_rekeningnummer_id'),
});

/**
 * A digital address: either the standard's extra fields of one of Stadspunt's contactgegevens
 * (contactgegevenId set), or an address Stadspunt has no place for (given by a betrokkene
 * only, or of soort "overig").
 */
export const kiDigitaalAdres = pgTable(
  'ki_digitaal_adres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactgegevenId: uuid('contactgegeven_id').references(() => contactgegeven.id, { onDelete: 'cascade' }),
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'cascade' }),
    betrokkeneId: uuid('betrokkene_id'),
    soort: text('soort', { enum: ['email', 'telefoonnummer', 'overig'] }),
    adres: text('adres'),
    omschrijving: text('omschrijving'),
    isStandaardAdres: boolean('is_standaard_adres').notNull().default(false),
    referentie: text('referentie').notNull().default(''),
    verificatieDatum: date('verificatie_datum'),
  },
  (t) => [
    uniqueIndex('ki_digitaal_adres_contactgegeven_uq').on(t.contactgegevenId),
    index('ki_digitaal_adres_betrokkene_idx').on(t.betrokkeneId),
    index('ki_digitaal_adres_partij_idx').on(t.partijId),
  ],
);

/** The standard's fields of a klantcontact that Stadspunt's klantcontact and vraag lack. */
export const kiKlantcontact = pgTable('ki_klantcontact', {
  klantcontactId: uuid('klantcontact_id')
    .primaryKey()
    .references(() => klantcontact.id, { onDelete: 'cascade' }),
  nummer: text('nummer'),
  referentienummer: text('referentienummer'),
  indicatieContactGelukt: boolean('indicatie_contact_gelukt'),
  hoofdOnderwerpType: text('hoofd_onderwerp_type').notNull().default(''),
  verdereActieOndernomen: boolean('verdere_actie_ondernomen').notNull().default(false),
  taal: text('taal').notNull().default('nld'),
  vertrouwelijk: boolean('vertrouwelijk').notNull().default(false),
  metadata: jsonb('metadata').$type<Record<string, string>>(),
});

/**
 * A betrokkene recorded through the standard. The party of Stadspunt's klantcontact is a
 * betrokkene by itself (with the klantcontact's id) until a row here describes it.
 */
export const kiBetrokkene = pgTable(
  'ki_betrokkene',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    klantcontactId: uuid('klantcontact_id')
      .notNull()
      .references(() => klantcontact.id, { onDelete: 'cascade' }),
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'set null' }),
    rol: text('rol', { enum: ['klant', 'vertegenwoordiger'] }).notNull(),
    initiator: boolean('initiator').notNull(),
    organisatienaam: text('organisatienaam').notNull().default(''),
    contactnaam: jsonb('contactnaam').$type<Contactnaam>(),
    bezoekadres: jsonb('bezoekadres').$type<Adres>(),
    correspondentieadres: jsonb('correspondentieadres').$type<Adres>(),
  },
  (t) => [
    index('ki_betrokkene_klantcontact_idx').on(t.klantcontactId),
    index('ki_betrokkene_partij_idx').on(t.partijId),
  ],
);

export const kiOnderwerpobject = pgTable(
  'ki_onderwerpobject',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    klantcontactId: uuid('klantcontact_id').references(() => klantcontact.id, { onDelete: 'set null' }),
    wasKlantcontactId: uuid('was_klantcontact_id').references(() => klantcontact.id, {
      onDelete: 'set null',
    }),
    identificator: jsonb('identificator').$type<Identificator>(),
  },
  (t) => [index('ki_onderwerpobject_klantcontact_idx').on(t.klantcontactId)],
);

export const kiBijlage = pgTable(
  'ki_bijlage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    klantcontactId: uuid('klantcontact_id').references(() => klantcontact.id, { onDelete: 'set null' }),
    identificator: jsonb('identificator').$type<Identificator>(),
  },
  (t) => [index('ki_bijlage_klantcontact_idx').on(t.klantcontactId)],
);

/** Actors that are no Stadspunt employee or team: systems, and people outside Stadspunt. */
export const kiActor = pgTable('ki_actor', {
  id: uuid('id').primaryKey().defaultRandom(),
  naam: text('naam').notNull(),
  soort: text('soort', {
    enum: ['medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid'],
  }).notNull(),
  indicatieActief: boolean('indicatie_actief').notNull().default(true),
  identificator: jsonb('identificator').$type<Identificator>(),
  actorIdentificatie: jsonb('actor_identificatie').$type<Record<string, string>>(),
});

/**
 * An actor on a klantcontact. The employee of Stadspunt's klantcontact is one by itself (with
 * the klantcontact's id) until a row here names it.
 */
export const kiActorKlantcontact = pgTable(
  'ki_actor_klantcontact',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').notNull(),
    klantcontactId: uuid('klantcontact_id')
      .notNull()
      .references(() => klantcontact.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('ki_actor_klantcontact_uq').on(t.klantcontactId, t.actorId),
    index('ki_actor_klantcontact_actor_idx').on(t.actorId),
  ],
);

export const kiCategorie = pgTable(
  'ki_categorie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    naam: text('naam').notNull(),
  },
  (t) => [uniqueIndex('ki_categorie_naam_uq').on(sql`lower(${t.naam})`)],
);

export const kiCategorieRelatie = pgTable(
  'ki_categorie_relatie',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'cascade' }),
    categorieId: uuid('categorie_id').references(() => kiCategorie.id, { onDelete: 'cascade' }),
    beginDatum: date('begin_datum'),
    eindDatum: date('eind_datum'),
  },
  (t) => [index('ki_categorie_relatie_partij_idx').on(t.partijId)],
);

export const kiVertegenwoordiging = pgTable(
  'ki_vertegenwoordiging',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vertegenwoordigendePartijId: uuid('vertegenwoordigende_partij_id')
      .notNull()
      .references(() => partij.id, { onDelete: 'cascade' }),
    vertegenwoordigdePartijId: uuid('vertegenwoordigde_partij_id')
      .notNull()
      .references(() => partij.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('ki_vertegenwoordiging_vertegenwoordigend_idx').on(t.vertegenwoordigendePartijId),
    index('ki_vertegenwoordiging_vertegenwoordigd_idx').on(t.vertegenwoordigdePartijId),
  ],
);

export const kiRekeningnummer = pgTable(
  'ki_rekeningnummer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partijId: uuid('partij_id').references(() => partij.id, { onDelete: 'cascade' }),
    iban: text('iban').notNull(),
    bic: text('bic').notNull().default(''),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ki_rekeningnummer_partij_idx').on(t.partijId)],
);
