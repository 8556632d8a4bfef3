import type { Actor } from '../platform/auth/rollen';
import { geenToegang } from '../platform/http/problem';
import { heeftRol, isLid, isMedewerker, overzietOrganisatie } from './actor';
import { REGIE } from './regels';

/**
 * Dashboards and management reports: key users and teamleiders of their own teams; the
 * KCC's teamleider and the functioneel beheerder of every team and of the organisation
 * (team null).
 */
export function magRapportage(actor: Actor, teamId: string | null): boolean {
  if (!isMedewerker(actor)) return false;
  if (overzietOrganisatie(actor)) return true;
  return teamId !== null && heeftRol(actor, ...REGIE) && isLid(actor, teamId);
}

export function vereisRapportage(actor: Actor, teamId: string | null): void {
  if (magRapportage(actor, teamId)) return;
  throw geenToegang(
    teamId
      ? 'U ziet alleen de dashboards en rapporten van uw eigen teams.'
      : 'Het overzicht van de hele organisatie is voor de teamleider van het KCC en de functioneel beheerder.',
  );
}

/** The teams whose reports a list may show, or all of them with those of the organisation. */
export function rapportageTeams(
  actor: Actor,
): { alles: true } | { alles: false; teamIds: readonly string[] } {
  if (overzietOrganisatie(actor)) return { alles: true };
  return { alles: false, teamIds: heeftRol(actor, ...REGIE) ? actor.teamIds : [] };
}
