import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { product } from '../catalogus/schema';
import { team } from '../organisatie/schema';
import {
  afleidingswijzen,
  archiefnominaties,
  eigenschapFormaten,
  richtingen,
  roltypenGeneriek,
  vertrouwelijkheden,
} from './waarden';

/** A durations as the standard writes it (ISO 8601: P8W, P30D, P1Y). */
const duur = (naam: string) => text(naam);

const geldigheid = {
  /** A concept can still change; a published version changes only by a new version. */
  concept: boolean('concept').notNull().default(true),
  beginGeldigheid: date('begin_geldigheid', { mode: 'string' }).notNull(),
  eindeGeldigheid: date('einde_geldigheid', { mode: 'string' }),
};

/**
 * One version of a kind of case: the catalogue (ZTC) of the Catalogi API. Versions of the same
 * zaaktype share its identificatie and have geldigheid periods that do not overlap.
 */
export const zaaktype = pgTable(
  'zaaktype',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identificatie: text('identificatie').notNull(),
    versiedatum: date('versiedatum', { mode: 'string' }).notNull(),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    doel: text('doel').notNull().default(''),
    aanleiding: text('aanleiding').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
    onderwerp: text('onderwerp').notNull().default(''),
    handelingInitiator: text('handeling_initiator').notNull().default(''),
    handelingBehandelaar: text('handeling_behandelaar').notNull().default(''),
    internOfExtern: text('intern_of_extern', { enum: ['intern', 'extern'] })
      .notNull()
      .default('extern'),
    /** The legal limit: uiterlijkeEinddatumAfdoening. */
    doorlooptijd: duur('doorlooptijd').notNull(),
    /** The municipality's promise: einddatumGepland. */
    servicenorm: duur('servicenorm'),
    opschortingMogelijk: boolean('opschorting_mogelijk').notNull().default(false),
    verlengingMogelijk: boolean('verlenging_mogelijk').notNull().default(false),
    verlengingstermijn: duur('verlengingstermijn'),
    vertrouwelijkheid: text('vertrouwelijkheid', { enum: vertrouwelijkheden })
      .notNull()
      .default('zaakvertrouwelijk'),
    /** The team that handles these cases unless the zaak says otherwise. */
    teamId: uuid('team_id').references(() => team.id),
    selectielijstProcestype: text('selectielijst_procestype'),
    ...geldigheid,
    versie: integer('versie').notNull().default(1),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('zaaktype_versie_uq').on(t.identificatie, t.beginGeldigheid),
    index('zaaktype_team_idx').on(t.teamId),
  ],
);

/** The products a zaaktype delivers: the desk picks the zaaktype by the product of the question. */
export const zaaktypeProduct = pgTable(
  'zaaktype_product',
  {
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => product.id),
  },
  (t) => [
    primaryKey({ columns: [t.zaaktypeId, t.productId] }),
    index('zaaktype_product_idx').on(t.productId),
  ],
);

export const statustype = pgTable(
  'statustype',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    volgnummer: integer('volgnummer').notNull(),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    /** What the initiator is told when the zaak reaches this status, when informeren is on. */
    statustekst: text('statustekst').notNull().default(''),
    informeren: boolean('informeren').notNull().default(false),
    doorlooptijd: duur('doorlooptijd'),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [uniqueIndex('statustype_volgnummer_uq').on(t.zaaktypeId, t.volgnummer)],
);

export const resultaattype = pgTable(
  'resultaattype',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    omschrijving: text('omschrijving').notNull(),
    /** URL of a resultaattypeomschrijving of the Selectielijst API. */
    resultaattypeomschrijving: text('resultaattypeomschrijving').notNull().default(''),
    omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
    /** URL of a result of the VNG Selectielijst. */
    selectielijstklasse: text('selectielijstklasse').notNull().default(''),
    archiefnominatie: text('archiefnominatie', { enum: archiefnominaties }).notNull(),
    archiefactietermijn: duur('archiefactietermijn'),
    afleidingswijze: text('afleidingswijze', { enum: afleidingswijzen }).notNull().default('afgehandeld'),
    /** The eigenschap, or the attribute of the related object, that holds the brondatum. */
    datumkenmerk: text('datumkenmerk').notNull().default(''),
    objecttype: text('objecttype').notNull().default(''),
    /** For afleidingswijze termijn: the brondatum is the closing date plus this. */
    procestermijn: duur('procestermijn'),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [index('resultaattype_zaaktype_idx').on(t.zaaktypeId)],
);

export const roltype = pgTable(
  'roltype',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    omschrijving: text('omschrijving').notNull(),
    omschrijvingGeneriek: text('omschrijving_generiek', { enum: roltypenGeneriek }).notNull(),
  },
  (t) => [index('roltype_zaaktype_idx').on(t.zaaktypeId)],
);

export const eigenschap = pgTable(
  'eigenschap',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    naam: text('naam').notNull(),
    definitie: text('definitie').notNull().default(''),
    formaat: text('formaat', { enum: eigenschapFormaten }).notNull().default('tekst'),
    lengte: integer('lengte').notNull().default(255),
    /** Allowed values; empty: any value of the formaat. */
    waardenverzameling: text('waardenverzameling').array().notNull().default([]),
    toelichting: text('toelichting').notNull().default(''),
  },
  (t) => [uniqueIndex('eigenschap_naam_uq').on(t.zaaktypeId, t.naam)],
);

export const informatieobjecttype = pgTable('informatieobjecttype', {
  id: uuid('id').primaryKey().defaultRandom(),
  omschrijving: text('omschrijving').notNull(),
  categorie: text('categorie').notNull().default(''),
  vertrouwelijkheid: text('vertrouwelijkheid', { enum: vertrouwelijkheden })
    .notNull()
    .default('zaakvertrouwelijk'),
  ...geldigheid,
});

export const zaaktypeInformatieobjecttype = pgTable(
  'zaaktype_informatieobjecttype',
  {
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    informatieobjecttypeId: uuid('informatieobjecttype_id')
      .notNull()
      .references(() => informatieobjecttype.id),
    volgnummer: integer('volgnummer').notNull(),
    richting: text('richting', { enum: richtingen }).notNull().default('inkomend'),
  },
  (t) => [primaryKey({ columns: [t.zaaktypeId, t.informatieobjecttypeId] })],
);

export const besluittype = pgTable('besluittype', {
  id: uuid('id').primaryKey().defaultRandom(),
  omschrijving: text('omschrijving').notNull(),
  omschrijvingGeneriek: text('omschrijving_generiek').notNull().default(''),
  besluitcategorie: text('besluitcategorie').notNull().default(''),
  reactietermijn: duur('reactietermijn'),
  publicatieIndicatie: boolean('publicatie_indicatie').notNull().default(false),
  toelichting: text('toelichting').notNull().default(''),
  ...geldigheid,
});

export const zaaktypeBesluittype = pgTable(
  'zaaktype_besluittype',
  {
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id, { onDelete: 'cascade' }),
    besluittypeId: uuid('besluittype_id')
      .notNull()
      .references(() => besluittype.id),
  },
  (t) => [primaryKey({ columns: [t.zaaktypeId, t.besluittypeId] })],
);

/** Reference data: the VNG Selectielijst gemeenten (copied with attribution, see the README). */
export const selectielijstProcestype = pgTable('selectielijst_procestype', {
  url: text('url').primaryKey(),
  nummer: integer('nummer').notNull(),
  jaar: integer('jaar').notNull(),
  naam: text('naam').notNull(),
  omschrijving: text('omschrijving').notNull().default(''),
});

export const selectielijstResultaat = pgTable(
  'selectielijst_resultaat',
  {
    url: text('url').primaryKey(),
    procestypeUrl: text('procestype_url').notNull(),
    volledigNummer: text('volledig_nummer').notNull(),
    naam: text('naam').notNull(),
    waardering: text('waardering', { enum: archiefnominaties }).notNull(),
    /** ISO 8601 duration, null for "blijvend bewaren". */
    bewaartermijn: text('bewaartermijn'),
    procestermijn: text('procestermijn').notNull().default(''),
  },
  (t) => [index('selectielijst_resultaat_procestype_idx').on(t.procestypeUrl)],
);
