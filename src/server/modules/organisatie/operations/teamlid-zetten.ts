import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { medewerker, teamlidmaatschap } from '../schema';
import type { Teamlid } from '../schemas';
import { getMedewerker } from './medewerker-lezen';
import { getTeam } from './team-lezen';

/**
 * Makes an employee a member of the team, and key user or not. Key user is a role: a key user
 * watches the queues of every team he is in, so the role goes with the employee, not the team.
 */
export async function zetTeamlid(
  ctx: AppContext,
  actor: Actor,
  teamId: string,
  medewerkerId: string,
  { keyUser }: Teamlid,
) {
  return ctx.db.transaction(async (tx) => {
    const team = await getTeam(tx, teamId);
    const voor = await getMedewerker(tx, medewerkerId);
    await tx.insert(teamlidmaatschap).values({ teamId, medewerkerId }).onConflictDoNothing();
    const wasKeyUser = voor.rollen.includes('key-user');
    if (keyUser !== wasKeyUser)
      await tx
        .update(medewerker)
        .set({
          rollen: keyUser ? [...voor.rollen, 'key-user'] : voor.rollen.filter((r) => r !== 'key-user'),
          versie: sql`${medewerker.versie} + 1`,
        })
        .where(eq(medewerker.id, medewerkerId));
    await audit(tx, actor, {
      actie: 'team.lid-ingesteld',
      objectType: 'team',
      objectId: teamId,
      details: { team: team.naam, medewerkerId, medewerker: voor.naam, keyUser },
    });
    return getMedewerker(tx, medewerkerId);
  });
}
