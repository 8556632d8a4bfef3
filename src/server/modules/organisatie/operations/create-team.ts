import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { meldKoppeling } from '../koppeling';
import { team } from '../schema';
import type { TeamInvoer } from '../schemas';
import { getTeam } from './team-lezen';
import { assertTeamVrij } from './team-vrij';

export async function createTeam(ctx: AppContext, actor: Actor, invoer: TeamInvoer) {
  return ctx.db.transaction(async (tx) => {
    await assertTeamVrij(tx, invoer);
    const [rij] = await tx.insert(team).values(invoer).returning({ id: team.id });
    await meldKoppeling(tx, actor, {
      soort: 'team',
      id: rij.id,
      naam: invoer.naam,
      sleutels: [invoer.identificatie ?? ''],
    });
    await audit(tx, actor, {
      actie: 'team.aangemaakt',
      objectType: 'team',
      objectId: rij.id,
      details: invoer,
    });
    return getTeam(tx, rij.id);
  });
}
