import { QueryBuilder } from 'drizzle-orm/pg-core';
import { contactverzoek } from './schema';

/**
 * What other modules may read of contactverzoeken inside their own statements (the
 * Klantinteracties API lists and filters them as internetaken). A subquery named as the
 * table, with its column names: PostgreSQL folds it into the outer query, so the indexes
 * serve as before, and a condition this module builds on its table (zichtbaarVoor) holds
 * for it too. Writing goes through the operations.
 */
export const contactverzoekView = new QueryBuilder()
  .select({
    id: contactverzoek.id,
    klantcontactId: contactverzoek.klantcontactId,
    partijId: contactverzoek.partijId,
    teamId: contactverzoek.teamId,
    medewerkerId: contactverzoek.medewerkerId,
    aangemaaktDoor: contactverzoek.aangemaaktDoor,
    wachtOpActor: contactverzoek.wachtOpActor,
    status: contactverzoek.status,
    nummer: contactverzoek.nummer,
    onderwerp: contactverzoek.onderwerp,
    deadline: contactverzoek.deadline,
    ontvangen: contactverzoek.ontvangen,
  })
  .from(contactverzoek)
  .as('contactverzoek');
