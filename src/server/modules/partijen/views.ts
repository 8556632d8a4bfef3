import { QueryBuilder } from 'drizzle-orm/pg-core';
import { contactgegeven, partij } from './schema';

/**
 * What other modules may read of this module's tables inside their own statements (the
 * Klantinteracties API lists, filters and joins parties and their addresses). Each is a
 * subquery named as its table, with the table's column names: PostgreSQL folds it into the
 * outer query, so the indexes serve as before. Writing goes through the operations.
 */
const qb = new QueryBuilder();

export const partijView = qb
  .select({
    id: partij.id,
    soort: partij.soort,
    naam: partij.naam,
    bsn: partij.bsn,
    kvkNummer: partij.kvkNummer,
    vestigingsnummer: partij.vestigingsnummer,
    rsin: partij.rsin,
    organisatieId: partij.organisatieId,
  })
  .from(partij)
  .as('partij');

export const contactgegevenView = qb
  .select({
    id: contactgegeven.id,
    partijId: contactgegeven.partijId,
    soort: contactgegeven.soort,
    waarde: contactgegeven.waarde,
    sleutel: contactgegeven.sleutel,
    omschrijving: contactgegeven.omschrijving,
  })
  .from(contactgegeven)
  .as('contactgegeven');
