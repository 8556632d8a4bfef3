import type { Actor } from '../platform/auth/rollen';
import { houdtRegie, isBehandelaar, overzietOrganisatie } from './actor';
import { rapportageTeams } from './rapportage';

/** What the screens may offer this employee beyond single objects: which teams' queues and reports. */
export function rechtenVan(actor: Actor) {
  const rapportage = rapportageTeams(actor);
  return {
    werkvoorraad: { alle: houdtRegie(actor), teamIds: isBehandelaar(actor) ? [...actor.teamIds] : [] },
    rapportage: { alle: rapportage.alles, teamIds: rapportage.alles ? [] : [...rapportage.teamIds] },
    organisatie: overzietOrganisatie(actor),
  };
}
