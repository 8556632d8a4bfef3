import { systeemActor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { alleTeams } from '../../organisatie/operations/team-lezen';
import { type Soort, vorigePeriode } from './perioden';
import { maakRapport } from './rapport';
import { registerRapportMail } from './rapportmail';

/** When the reports are made (cron, Europe/Amsterdam): RAPPORT_WEEK_CRON and RAPPORT_MAAND_CRON. */
export function rapportPlanning(env: NodeJS.ProcessEnv = process.env): Record<Soort, string> {
  return {
    week: env.RAPPORT_WEEK_CRON ?? '0 7 * * 1',
    maand: env.RAPPORT_MAAND_CRON ?? '0 7 1 * *',
  };
}

/**
 * The reports of the last full week or month, for the organisation and every team. A report
 * that exists already is left alone, so a second run (or instance) makes and mails nothing;
 * the mails of the new ones go out from the outbox.
 * Returns how many reports this run made.
 */
export async function maakPeriodiekeRapporten(ctx: AppContext, soort: Soort): Promise<number> {
  const { van } = vorigePeriode(soort, amsterdamseDatum(ctx.now()));
  const actor = systeemActor('Managementrapportage', `rapport-${soort}`);
  const teams = await alleTeams(ctx.db);
  let gemaakt = 0;
  for (const teamId of [null, ...teams.map((t) => t.id)])
    if (await maakRapport(ctx, actor, { soort, teamId, van }, false)) gemaakt++;
  return gemaakt;
}

export function registerRapportage(ctx: AppContext): void {
  registerRapportMail(ctx);
  const planning = rapportPlanning();
  ctx.jobs.periodiek('rapport-week', planning.week, () => maakPeriodiekeRapporten(ctx, 'week'));
  ctx.jobs.periodiek('rapport-maand', planning.maand, () => maakPeriodiekeRapporten(ctx, 'maand'));
}
