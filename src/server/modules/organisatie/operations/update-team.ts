import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { conflict } from '../../../platform/http/problem';
import { meldKoppeling } from '../koppeling';
import { team } from '../schema';
import type { TeamWijziging } from '../schemas';
import { getTeam } from './team-lezen';
import { assertTeamVrij } from './team-vrij';

export async function updateTeam(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, ...wijziging }: TeamWijziging,
) {
  return ctx.db.transaction(async (tx) => {
    const huidig = await getTeam(tx, id);
    await assertTeamVrij(tx, wijziging, id);
    const bijgewerkt = await tx
      .update(team)
      .set({ ...wijziging, versie: sql`${team.versie} + 1` })
      .where(and(eq(team.id, id), eq(team.versie, versie)))
      .returning({ id: team.id });
    if (bijgewerkt.length === 0) throw conflict('Iemand anders heeft dit team intussen gewijzigd.', huidig);
    await audit(tx, actor, { actie: 'team.gewijzigd', objectType: 'team', objectId: id, details: wijziging });
    const nu = await getTeam(tx, id);
    if (wijziging.identificatie && wijziging.identificatie !== huidig.identificatie)
      await meldKoppeling(tx, actor, {
        soort: 'team',
        id,
        naam: nu.naam,
        sleutels: [wijziging.identificatie],
      });
    return nu;
  });
}
