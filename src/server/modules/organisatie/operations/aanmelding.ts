import { and, eq, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Queryable, Tx } from '../../../platform/db/client';
import { medewerker, team, teamlidmaatschap } from '../schema';

/** What logging in (platform/auth) reads and writes of an employee; the rest of the row stays here. */

// Correlated subqueries name the outer row explicitly: drizzle renders select-field columns unqualified.
const medewerkerId = sql.raw('"medewerker"."id"');

/**
 * Active employees with what makes them an actor: roles, teams, whether they work in the KCC,
 * and whether their password is temporary. A subquery, so the session lookup stays one
 * prepared statement; PostgreSQL folds it into that statement, the index on id still serves.
 */
export const actieveMedewerkers = new QueryBuilder()
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

const inlogvelden = {
  id: medewerker.id,
  naam: medewerker.naam,
  gebruikersnaam: medewerker.gebruikersnaam,
  actief: medewerker.actief,
  wachtwoordHash: medewerker.wachtwoordHash,
  wachtwoordTijdelijk: medewerker.wachtwoordTijdelijk,
};

/** The account behind a login name (in any case), active or not. */
export async function accountOpGebruikersnaam(db: Queryable, gebruikersnaam: string) {
  const [rij] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(sql`lower(${medewerker.gebruikersnaam}) = lower(${gebruikersnaam})`);
  return rij;
}

export async function accountVan(db: Queryable, id: string) {
  const [rij] = await db.select(inlogvelden).from(medewerker).where(eq(medewerker.id, id));
  return rij;
}

/**
 * The active employee the identity provider knows by this subject; at the first login, one
 * not yet linked with this (verified) e-mail address.
 */
export async function accountOpOidc(db: Queryable, subject: string, geverifieerdEmail: string | undefined) {
  const actief = eq(medewerker.actief, true);
  const [opSubject] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(and(actief, eq(medewerker.oidcSubject, subject)));
  if (opSubject || !geverifieerdEmail) return { account: opSubject, opEmail: false };
  const [opEmail] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(
      and(
        actief,
        sql`lower(${medewerker.email}) = lower(${geverifieerdEmail})`,
        sql`${medewerker.oidcSubject} is null`,
      ),
    );
  return { account: opEmail, opEmail: Boolean(opEmail) };
}

export async function koppelOidcSubject(tx: Tx, id: string, subject: string) {
  await tx.update(medewerker).set({ oidcSubject: subject }).where(eq(medewerker.id, id));
}

/** A temporary password is one the beheerder handed out: the employee must choose a new one. */
export async function zetWachtwoord(tx: Tx, id: string, wachtwoordHash: string, tijdelijk: boolean) {
  await tx
    .update(medewerker)
    .set({ wachtwoordHash, wachtwoordTijdelijk: tijdelijk })
    .where(eq(medewerker.id, id));
}
