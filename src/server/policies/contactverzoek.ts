import type { Actor } from '../platform/auth/rollen';
import { geenToegang, nietGevonden } from '../platform/http/problem';
import { heeftRol, houdtRegie, isBehandelaar, isLid, systeemMet } from './actor';
import { REGIE } from './regels';

/** What the rules of a contactverzoek look at. */
export interface ContactverzoekFeiten {
  teamId: string;
  teamNaam?: string;
  aangemaaktDoor: string | null;
  partijId: string | null;
}

/**
 * How much of a request an actor may read: everything (its team, the KCC's regie, a system
 * client), the status without the team's internal notes (who made it, or the agent with the
 * resident's card open), or nothing: then it does not exist for this actor (404).
 */
export type Leesniveau = 'volledig' | 'status';

export function leesniveau(actor: Actor, cv: ContactverzoekFeiten): Leesniveau | null {
  if (systeemMet(actor, 'lezen', 'klantinteracties')) return 'volledig';
  if (!isBehandelaar(actor)) return null;
  if (isLid(actor, cv.teamId) || houdtRegie(actor)) return 'volledig';
  if (cv.aangemaaktDoor === actor.id) return 'status';
  if (cv.partijId && cv.partijId === actor.openPartijId) return 'status';
  return null;
}

/** Claim, call attempt, note, forward, close: the employees of the request's team. */
export const magBehandelen = (actor: Actor, cv: ContactverzoekFeiten) =>
  systeemMet(actor, 'klantinteracties') || (isBehandelaar(actor) && isLid(actor, cv.teamId));

/** (Bulk) assigning, and restarting the deadline on a forward: the team's key users and teamleiders. */
export const magRegisseren = (actor: Actor, cv: ContactverzoekFeiten) =>
  systeemMet(actor, 'klantinteracties') || (heeftRol(actor, ...REGIE) && isLid(actor, cv.teamId));

/** What the screens may offer for this request: they hide what the server would refuse. */
export const rechtenOp = (actor: Actor, cv: ContactverzoekFeiten) => ({
  behandelen: magBehandelen(actor, cv),
  toewijzen: magRegisseren(actor, cv),
});

export function vereisLezen(actor: Actor, cv: ContactverzoekFeiten): Leesniveau {
  const niveau = leesniveau(actor, cv);
  if (!niveau) throw nietGevonden('Dit contactverzoek');
  return niveau;
}

const vanTeam = (cv: ContactverzoekFeiten) => cv.teamNaam ?? 'het team van dit verzoek';

export function vereisBehandelen(actor: Actor, cv: ContactverzoekFeiten): void {
  if (!magBehandelen(actor, cv))
    throw geenToegang(`Alleen medewerkers van ${vanTeam(cv)} kunnen dit verzoek behandelen.`);
}

export function vereisRegie(actor: Actor, cv: ContactverzoekFeiten, wat: string): void {
  if (!magRegisseren(actor, cv))
    throw geenToegang(`Alleen een key user of teamleider van ${vanTeam(cv)} kan ${wat}.`);
}

/** The requests an actor may see in a list; the module turns it into its query. */
export type Zicht =
  | { alles: true }
  | { alles: false; teamIds: readonly string[]; aangemaaktDoor: string | null; partijId: string | null };

export function zicht(actor: Actor): Zicht {
  if (systeemMet(actor, 'lezen', 'klantinteracties') || houdtRegie(actor)) return { alles: true };
  if (!isBehandelaar(actor)) return { alles: false, teamIds: [], aangemaaktDoor: null, partijId: null };
  return { alles: false, teamIds: actor.teamIds, aangemaaktDoor: actor.id, partijId: actor.openPartijId };
}

/** A team's queue: its own members, the KCC's regie, system clients. */
export const magWerkvoorraad = (actor: Actor, teamId: string) =>
  systeemMet(actor, 'lezen', 'klantinteracties') ||
  houdtRegie(actor) ||
  (isBehandelaar(actor) && isLid(actor, teamId));

export function vereisWerkvoorraad(actor: Actor, teamId: string): void {
  if (!magWerkvoorraad(actor, teamId))
    throw geenToegang('U hebt geen toegang tot de werkvoorraad van dit team.');
}
