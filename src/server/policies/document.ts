import type { Actor } from '../platform/auth/rollen';
import { geenToegang } from '../platform/http/problem';
import { heeftRol } from './actor';
import { BEHEER } from './regels';
import { magZaakToewijzen, vereisZaakLezen, type ZaakFeiten } from './zaak';

/**
 * The documents of a zaak are part of what its full readers see: the team, the KCC's regie, a
 * reading system client. Who sees only where the zaak stands (the desk) does not see them.
 */
export function vereisDocumentenLezen(actor: Actor, z: ZaakFeiten): void {
  if (vereisZaakLezen(actor, z) !== 'volledig')
    throw geenToegang('De documenten van deze zaak ziet alleen het team dat haar behandelt.');
}

/** Lifting someone else's lock: the functioneel beheerder, and the team's key users and teamleiders. */
export const magVergrendelingVerbreken = (actor: Actor, z: ZaakFeiten) =>
  heeftRol(actor, ...BEHEER) || magZaakToewijzen(actor, z);
