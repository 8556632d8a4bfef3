import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { Rol } from '../../../platform/auth/rollen';
import type { Queryable, Tx } from '../../../platform/db/client';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { medewerker, team, teamlidmaatschap } from '../schema';

export async function setTeams(tx: Tx, medewerkerId: string, teamIds: string[]): Promise<void> {
  const uniek = [...new Set(teamIds)];
  if (uniek.length > 0) {
    const bestaand = await tx.select({ id: team.id }).from(team).where(inArray(team.id, uniek));
    if (bestaand.length !== uniek.length) {
      throw nietVerwerkbaar('Niet alle teams bestaan.', [
        { veld: 'teamIds', melding: 'Een of meer teams bestaan niet.' },
      ]);
    }
  }
  await tx.delete(teamlidmaatschap).where(eq(teamlidmaatschap.medewerkerId, medewerkerId));
  if (uniek.length > 0)
    await tx.insert(teamlidmaatschap).values(uniek.map((teamId) => ({ teamId, medewerkerId })));
}

export async function isTeamlid(db: Queryable, teamId: string, medewerkerId: string): Promise<boolean> {
  const [rij] = await db
    .select({ id: medewerker.id })
    .from(teamlidmaatschap)
    .innerJoin(medewerker, eq(medewerker.id, teamlidmaatschap.medewerkerId))
    .where(
      and(
        eq(teamlidmaatschap.teamId, teamId),
        eq(teamlidmaatschap.medewerkerId, medewerkerId),
        eq(medewerker.actief, true),
      ),
    );
  return Boolean(rij);
}

/** Active members of a team holding one of the roles: who gets a team's escalations and reports. */
export function teamledenMetRol(db: Queryable, teamId: string | null, rollen: readonly Rol[]) {
  const query = db
    .selectDistinct({ id: medewerker.id, naam: medewerker.naam, email: medewerker.email })
    .from(medewerker)
    .leftJoin(teamlidmaatschap, eq(teamlidmaatschap.medewerkerId, medewerker.id));
  return query.where(
    and(
      eq(medewerker.actief, true),
      arrayOverlaps(medewerker.rollen, [...rollen]),
      teamId ? eq(teamlidmaatschap.teamId, teamId) : undefined,
    ),
  );
}

/** The ids of the teams an employee is in. */
export async function teamsVan(db: Queryable, medewerkerId: string): Promise<string[]> {
  const rijen = await db
    .select({ teamId: teamlidmaatschap.teamId })
    .from(teamlidmaatschap)
    .where(eq(teamlidmaatschap.medewerkerId, medewerkerId));
  return rijen.map((r) => r.teamId);
}

/** Who is in which team, every membership. */
export function lidmaatschappen(db: Queryable) {
  return db
    .select({ teamId: teamlidmaatschap.teamId, medewerkerId: teamlidmaatschap.medewerkerId })
    .from(teamlidmaatschap);
}
