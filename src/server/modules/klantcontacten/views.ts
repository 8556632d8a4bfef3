import { QueryBuilder } from 'drizzle-orm/pg-core';
import { klantcontact, vraag } from './schema';

/**
 * What other modules may read of this module's tables inside their own statements (the
 * Klantinteracties API lists and filters contacts and their questions). Each is a subquery
 * named as its table, with the table's column names: PostgreSQL folds it into the outer
 * query, so the indexes serve as before. Writing goes through the operations.
 */
const qb = new QueryBuilder();

export const klantcontactView = qb
  .select({
    id: klantcontact.id,
    kanaal: klantcontact.kanaal,
    partijId: klantcontact.partijId,
    medewerkerId: klantcontact.medewerkerId,
    teamId: klantcontact.teamId,
    status: klantcontact.status,
    start: klantcontact.start,
  })
  .from(klantcontact)
  .as('klantcontact');

export const vraagView = qb
  .select({
    id: vraag.id,
    klantcontactId: vraag.klantcontactId,
    volgnummer: vraag.volgnummer,
    onderwerp: vraag.onderwerp,
    vraag: vraag.vraag,
    antwoord: vraag.antwoord,
  })
  .from(vraag)
  .as('vraag');
