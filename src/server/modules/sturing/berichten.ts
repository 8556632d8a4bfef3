import type { AppContext } from '../../platform/context';
import { werkSturingBij } from './operations/bijwerken';

/**
 * The day counts are brought up to date every minute (STURING_CRON), and today's a few seconds
 * after a contact is registered, so the screen shows it while the caller is still in mind.
 */
export function registerSturing(ctx: AppContext): void {
  ctx.jobs.periodiek(
    'sturing-bijwerken',
    ctx.config.sturingCron,
    ({ vervroegd }) => werkSturingBij(ctx, { alleenVandaag: vervroegd }),
    { naWijziging: ['klantcontact'] },
  );
}
