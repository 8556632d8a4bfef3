import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { routeerWachtende } from '../contactverzoeken/operations/routeer-wachtende';
import { type Koppeling, registerKoppelaar } from '../organisatie/koppeling';
import { getMedewerker } from '../organisatie/operations/medewerker-lezen';
import { getTeam } from '../organisatie/operations/team-lezen';
import { kiActor } from './schema';

/** The actors of other systems (KISS) that the team or employee can now be found by. */
async function actorenVoor(tx: Tx, k: Koppeling) {
  const objectId = sql`lower(${kiActor.identificator}->>'objectId')`;
  const rijen = await tx
    .select({ id: kiActor.id, naam: kiActor.naam })
    .from(kiActor)
    .where(
      and(
        eq(kiActor.soort, k.soort === 'team' ? 'organisatorische_eenheid' : 'medewerker'),
        inArray(
          objectId,
          k.sleutels.map((s) => s.toLowerCase()),
        ),
      ),
    );
  return rijen;
}

/**
 * When the beheerder gives a team (or employee) the identificatie (or e-mail address) that a
 * KISS actor carries, the tasks that waited for that actor in the KCC's queue go there, and
 * later tasks for it are routed there when they arrive.
 */
export function registerWachtendeTaken(ctx: AppContext): void {
  registerKoppelaar('klantinteracties', async (tx, actor, k) => {
    const actoren = await actorenVoor(tx, k);
    if (actoren.length === 0) return;
    const namen = actoren.map((a) => `"${a.naam}"`).join(', ');
    const ids = actoren.map((a) => a.id);
    if (k.soort === 'team') {
      const team = await getTeam(tx, k.id);
      const reden = `${namen} is gekoppeld aan dit team.`;
      await routeerWachtende(tx, actor, ids, { teamId: team.id, teamNaam: team.naam, reden }, ctx.now());
      return;
    }
    const mw = await getMedewerker(tx, k.id);
    const [team] = mw.teams;
    if (!team) return;
    const doel = {
      teamId: team.id,
      teamNaam: team.naam,
      medewerkerId: mw.id,
      reden: `${namen} is ${mw.naam}.`,
    };
    await routeerWachtende(tx, actor, ids, doel, ctx.now());
  });
}
