import { eq, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { medewerker, team, teamlidmaatschap } from './schema';

/**
 * What other modules may read of teams and employees inside their own statements (the
 * Klantinteracties API shows them as actors). Each is a subquery named as its table, with
 * the table's column names: PostgreSQL folds it into the outer query, so the indexes serve
 * as before. Passwords and login links stay out; writing goes through the operations.
 */
const qb = new QueryBuilder();

export const medewerkerView = qb
  .select({
    id: medewerker.id,
    naam: medewerker.naam,
    email: medewerker.email,
    identificatie: medewerker.identificatie,
    actief: medewerker.actief,
  })
  .from(medewerker)
  .as('medewerker');

export const teamView = qb
  .select({
    id: team.id,
    naam: team.naam,
    omschrijving: team.omschrijving,
    email: team.email,
    identificatie: team.identificatie,
  })
  .from(team)
  .as('team');

// Correlated subqueries name the outer row explicitly: drizzle renders select-field columns unqualified.
const medewerkerId = sql.raw('"medewerker"."id"');

/**
 * Active employees with what makes them an actor (platform/auth): roles, teams, whether they
 * work in the KCC, and whether their password is temporary; the session lookup joins it in
 * its one prepared statement.
 */
export const actieveMedewerkers = qb
  .select({
    id: medewerker.id,
    naam: medewerker.naam,
    rollen: medewerker.rollen,
    wachtwoordTijdelijk: medewerker.wachtwoordTijdelijk,
    teamIds: sql<
      string[]
    >`coalesce((select array_agg(${teamlidmaatschap.teamId}::text) from ${teamlidmaatschap}
      where ${teamlidmaatschap.medewerkerId} = ${medewerkerId}), '{}')`.as('team_ids'),
    inKcc:
      sql<boolean>`exists (select 1 from ${teamlidmaatschap} join ${team} on ${team.id} = ${teamlidmaatschap.teamId}
      where ${team.kcc} and ${teamlidmaatschap.medewerkerId} = ${medewerkerId})`.as('in_kcc'),
  })
  .from(medewerker)
  .where(eq(medewerker.actief, true))
  .as('medewerker');
