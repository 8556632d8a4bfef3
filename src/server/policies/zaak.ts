import type { Actor } from '../platform/auth/rollen';
import { geenToegang, nietGevonden } from '../platform/http/problem';
import { heeftRol, houdtRegie, isBehandelaar, isLid, systeemMet } from './actor';
import { REGIE } from './regels';

/** What the rules of a zaak look at. */
export interface ZaakFeiten {
  teamId: string;
  teamNaam?: string;
  aangemaaktDoor: string | null;
  /** The parties with a role in the zaak (the initiator above all). */
  partijIds: readonly string[];
}

/**
 * How much of a zaak an actor may read: everything (its team, the KCC's regie, a reading
 * system client), or where it stands (status, deadlines, result; no notes, documents or
 * eigenschappen) for who made it and for the agent with a party of the zaak on the open card.
 * Anyone else: the zaak does not exist for them (404).
 */
export type ZaakLeesniveau = 'volledig' | 'status';

export function zaakLeesniveau(actor: Actor, z: ZaakFeiten): ZaakLeesniveau | null {
  if (systeemMet(actor, 'lezen')) return 'volledig';
  if (!isBehandelaar(actor)) return null;
  if (isLid(actor, z.teamId) || houdtRegie(actor)) return 'volledig';
  if (z.aangemaaktDoor === actor.id) return 'status';
  if (actor.openPartijId && z.partijIds.includes(actor.openPartijId)) return 'status';
  return null;
}

/** Claim, status, eigenschappen, notes, documents, besluit, suspend, extend, close: the team's employees. */
export const magZaakBehandelen = (actor: Actor, z: ZaakFeiten) =>
  isBehandelaar(actor) && isLid(actor, z.teamId);

/** Assigning to someone else: the team's key users and teamleiders. */
export const magZaakToewijzen = (actor: Actor, z: ZaakFeiten) =>
  heeftRol(actor, ...REGIE) && isLid(actor, z.teamId);

export const zaakRechten = (actor: Actor, z: ZaakFeiten) => ({
  behandelen: magZaakBehandelen(actor, z),
  toewijzen: magZaakToewijzen(actor, z),
});

export function vereisZaakLezen(actor: Actor, z: ZaakFeiten): ZaakLeesniveau {
  const niveau = zaakLeesniveau(actor, z);
  if (!niveau) throw nietGevonden('Deze zaak');
  return niveau;
}

const vanTeam = (z: ZaakFeiten) => z.teamNaam ?? 'het team van deze zaak';

export function vereisZaakBehandelen(actor: Actor, z: ZaakFeiten): void {
  if (!magZaakBehandelen(actor, z))
    throw geenToegang(`Alleen medewerkers van ${vanTeam(z)} kunnen deze zaak behandelen.`);
}

export function vereisZaakToewijzen(actor: Actor, z: ZaakFeiten): void {
  if (!magZaakToewijzen(actor, z))
    throw geenToegang(`Alleen een key user of teamleider van ${vanTeam(z)} kan deze zaak toewijzen.`);
}

/** A team's zaken queue: its own employees, the KCC's regie, reading system clients. */
export function vereisZakenWerkvoorraad(actor: Actor, teamId: string): void {
  if (systeemMet(actor, 'lezen') || houdtRegie(actor) || (isBehandelaar(actor) && isLid(actor, teamId)))
    return;
  throw geenToegang('U hebt geen toegang tot de zaken van dit team.');
}

/** A party's zaken on the card: whoever may open the card sees where each stands. */
export const zakenVanPartij = (actor: Actor) => systeemMet(actor, 'lezen') || isBehandelaar(actor);

/** The KCC's regie view over every team: its teamleider and key users. */
export const magRegieZien = (actor: Actor) =>
  houdtRegie(actor) || (isBehandelaar(actor) && actor.inKcc && heeftRol(actor, 'key-user'));

export function vereisRegieZien(actor: Actor): void {
  if (!magRegieZien(actor))
    throw geenToegang('Alleen de teamleider en key users van het KCC zien de regie over alle teams.');
}
