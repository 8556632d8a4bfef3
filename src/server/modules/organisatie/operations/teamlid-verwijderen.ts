import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietGevonden } from '../../../platform/http/problem';
import { teamlidmaatschap } from '../schema';
import { getMedewerker } from './medewerker-lezen';
import { getTeam } from './team-lezen';

/** Takes an employee out of a team; his roles stay, he no longer sees or works its queue. */
export async function verwijderTeamlid(ctx: AppContext, actor: Actor, teamId: string, medewerkerId: string) {
  return ctx.db.transaction(async (tx) => {
    const team = await getTeam(tx, teamId);
    const lid = await getMedewerker(tx, medewerkerId);
    const weg = await tx
      .delete(teamlidmaatschap)
      .where(and(eq(teamlidmaatschap.teamId, teamId), eq(teamlidmaatschap.medewerkerId, medewerkerId)))
      .returning({ id: teamlidmaatschap.medewerkerId });
    if (weg.length === 0) throw nietGevonden(`${lid.naam} in team ${team.naam}`);
    await audit(tx, actor, {
      actie: 'team.lid-verwijderd',
      objectType: 'team',
      objectId: teamId,
      details: { team: team.naam, medewerkerId, medewerker: lid.naam },
    });
  });
}
