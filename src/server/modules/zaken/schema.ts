import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import { klantcontact } from '../klantcontacten/schema';
import { medewerker, team } from '../organisatie/schema';
import { partij } from '../partijen/schema';
import {
  besluittype,
  eigenschap,
  informatieobjecttype,
  resultaattype,
  roltype,
  statustype,
  zaaktype,
} from '../zaaktypen/schema';
import { archiefnominaties, roltypenGeneriek, vertrouwelijkheden } from '../zaaktypen/waarden';
import { archiefstatussen, logboekSoorten, relatieAarden } from './waarden';

/** Reference numbers the resident can quote: ZAAK-2026-0000123. */
export const zaakNummer = pgSequence('zaak_nummer');

export const zaak = pgTable(
  'zaak',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identificatie: text('identificatie').notNull(),
    bronorganisatie: text('bronorganisatie').notNull(),
    zaaktypeId: uuid('zaaktype_id')
      .notNull()
      .references(() => zaaktype.id),
    omschrijving: text('omschrijving').notNull(),
    toelichting: text('toelichting').notNull().default(''),
    teamId: uuid('team_id')
      .notNull()
      .references(() => team.id),
    behandelaarId: uuid('behandelaar_id').references(() => medewerker.id),
    /** The contact the zaak came from, when it was made at the desk. */
    klantcontactId: uuid('klantcontact_id').references(() => klantcontact.id),
    hoofdzaakId: uuid('hoofdzaak_id'),
    vertrouwelijkheid: text('vertrouwelijkheid', { enum: vertrouwelijkheden }).notNull(),
    registratiedatum: date('registratiedatum', { mode: 'string' }).notNull(),
    startdatum: date('startdatum', { mode: 'string' }).notNull(),
    /** The servicenorm's date (the promise), moved by suspension and extension. */
    einddatumGepland: date('einddatum_gepland', { mode: 'string' }),
    /** The doorlooptijd's date (the legal limit), moved by suspension and extension. */
    uiterlijkeEinddatumAfdoening: date('uiterlijke_einddatum_afdoening', { mode: 'string' }).notNull(),
    einddatum: date('einddatum', { mode: 'string' }),
    statustypeId: uuid('statustype_id').references(() => statustype.id),
    statusGezet: timestamp('status_gezet', { withTimezone: true }),
    resultaattypeId: uuid('resultaattype_id').references(() => resultaattype.id),
    resultaatToelichting: text('resultaat_toelichting').notNull().default(''),
    archiefnominatie: text('archiefnominatie', { enum: archiefnominaties }),
    archiefactiedatum: date('archiefactiedatum', { mode: 'string' }),
    archiefstatus: text('archiefstatus', { enum: archiefstatussen }).notNull().default('nog_te_archiveren'),
    /** Set while suspended; a zaak is suspended at most once. */
    opgeschortSinds: date('opgeschort_sinds', { mode: 'string' }),
    opschortingReden: text('opschorting_reden').notNull().default(''),
    opgeschortGeweest: boolean('opgeschort_geweest').notNull().default(false),
    verlengingDuur: text('verlenging_duur'),
    verlengingReden: text('verlenging_reden').notNull().default(''),
    herinnerd: timestamp('herinnerd', { withTimezone: true }),
    geescaleerd: timestamp('geescaleerd', { withTimezone: true }),
    aangemaaktDoor: uuid('aangemaakt_door').references(() => medewerker.id),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull(),
    versie: integer('versie').notNull().default(1),
  },
  (t) => [
    uniqueIndex('zaak_identificatie_uq').on(t.bronorganisatie, t.identificatie),
    index('zaak_team_open_idx')
      .on(t.teamId, t.uiterlijkeEinddatumAfdoening)
      .where(sql`${t.einddatum} is null`),
    // The KCC's regie view: open zaken by the date they are due, the servicenorm's where there is one.
    // The list reads it in order; the counts per team read only the index (the dates and team are in it).
    index('zaak_regie_idx')
      .on(
        sql`coalesce(${t.einddatumGepland}, ${t.uiterlijkeEinddatumAfdoening})`,
        t.identificatie,
        t.teamId,
        t.einddatumGepland,
        t.uiterlijkeEinddatumAfdoening,
      )
      .where(sql`${t.einddatum} is null and ${t.opgeschortSinds} is null`),
    index('zaak_team_einddatum_idx').on(t.teamId, t.einddatum),
    index('zaak_behandelaar_idx').on(t.behandelaarId).where(sql`${t.einddatum} is null`),
    index('zaak_hoofdzaak_idx').on(t.hoofdzaakId).where(sql`${t.hoofdzaakId} is not null`),
    index('zaak_zaaktype_idx').on(t.zaaktypeId, t.einddatum),
    index('zaak_klantcontact_idx').on(t.klantcontactId).where(sql`${t.klantcontactId} is not null`),
  ],
);

export const zaakStatus = pgTable(
  'zaak_status',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    statustypeId: uuid('statustype_id')
      .notNull()
      .references(() => statustype.id),
    datumStatusGezet: timestamp('datum_status_gezet', { withTimezone: true }).notNull(),
    statustoelichting: text('statustoelichting').notNull().default(''),
    medewerkerId: uuid('medewerker_id'),
  },
  (t) => [index('zaak_status_zaak_idx').on(t.zaakId, t.datumStatusGezet)],
);

/** Who plays which part: the initiator (a party), the behandelaar (an employee or team), … */
export const zaakRol = pgTable(
  'zaak_rol',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    roltypeId: uuid('roltype_id').references(() => roltype.id),
    omschrijvingGeneriek: text('omschrijving_generiek', { enum: roltypenGeneriek }).notNull(),
    partijId: uuid('partij_id').references(() => partij.id),
    medewerkerId: uuid('medewerker_id').references(() => medewerker.id),
    teamId: uuid('team_id').references(() => team.id),
    /** The name as it was when the role was given, for the history. */
    naam: text('naam').notNull().default(''),
    toelichting: text('toelichting').notNull().default(''),
    registratie: timestamp('registratie', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('zaak_rol_zaak_idx').on(t.zaakId),
    index('zaak_rol_partij_idx').on(t.partijId, t.zaakId).where(sql`${t.partijId} is not null`),
  ],
);

export const zaakEigenschap = pgTable(
  'zaak_eigenschap',
  {
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    eigenschapId: uuid('eigenschap_id')
      .notNull()
      .references(() => eigenschap.id),
    waarde: text('waarde').notNull(),
  },
  (t) => [primaryKey({ columns: [t.zaakId, t.eigenschapId] })],
);

export const zaakRelatie = pgTable(
  'zaak_relatie',
  {
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    gerelateerdeZaakId: uuid('gerelateerde_zaak_id')
      .notNull()
      .references(() => zaak.id),
    aard: text('aard', { enum: relatieAarden }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.zaakId, t.gerelateerdeZaakId] })],
);

export const besluit = pgTable(
  'besluit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identificatie: text('identificatie').notNull(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    besluittypeId: uuid('besluittype_id').references(() => besluittype.id),
    omschrijving: text('omschrijving').notNull(),
    datum: date('datum', { mode: 'string' }).notNull(),
    ingangsdatum: date('ingangsdatum', { mode: 'string' }).notNull(),
    vervaldatum: date('vervaldatum', { mode: 'string' }),
    toelichting: text('toelichting').notNull().default(''),
    medewerkerId: uuid('medewerker_id'),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('besluit_zaak_idx').on(t.zaakId),
    uniqueIndex('besluit_identificatie_uq').on(t.identificatie),
  ],
);

/** A document of a zaak (enkelvoudig informatieobject); its content lives in the file store. */
export const zaakDocument = pgTable(
  'zaak_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    informatieobjecttypeId: uuid('informatieobjecttype_id').references(() => informatieobjecttype.id),
    titel: text('titel').notNull(),
    bestandsnaam: text('bestandsnaam').notNull(),
    formaat: text('formaat').notNull(),
    vertrouwelijkheid: text('vertrouwelijkheid', { enum: vertrouwelijkheden }).notNull(),
    auteur: text('auteur').notNull(),
    creatiedatum: date('creatiedatum', { mode: 'string' }).notNull(),
    /** The current version; every version's content stays in document_versie. */
    versie: integer('versie').notNull().default(1),
    /** Locked while someone edits it: only they can add a version, and the zaak cannot close. */
    vergrendeldDoor: uuid('vergrendeld_door').references(() => medewerker.id),
    vergrendeldSinds: timestamp('vergrendeld_sinds', { withTimezone: true }),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull(),
  },
  (t) => [index('zaak_document_zaak_idx').on(t.zaakId)],
);

export const zaakDocumentVersie = pgTable(
  'zaak_document_versie',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => zaakDocument.id),
    versie: integer('versie').notNull(),
    /** Where the content lives in the file store. */
    opslagsleutel: text('opslagsleutel').notNull(),
    bestandsomvang: integer('bestandsomvang').notNull(),
    sha256: text('sha256').notNull(),
    medewerkerId: uuid('medewerker_id'),
    aangemaakt: timestamp('aangemaakt', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.versie] })],
);

export const zaakLogboek = pgTable(
  'zaak_logboek',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    zaakId: uuid('zaak_id')
      .notNull()
      .references(() => zaak.id),
    tijdstip: timestamp('tijdstip', { withTimezone: true }).notNull(),
    soort: text('soort', { enum: logboekSoorten }).notNull(),
    medewerkerId: uuid('medewerker_id'),
    medewerkerNaam: text('medewerker_naam').notNull(),
    tekst: text('tekst').notNull().default(''),
    details: jsonb('details'),
  },
  (t) => [
    index('zaak_logboek_zaak_idx').on(t.zaakId, t.id),
    // The figures count suspensions and extensions by the day they happened.
    index('zaak_logboek_termijn_idx').on(t.tijdstip).where(sql`${t.soort} in ('opgeschort', 'verlengd')`),
  ],
);
