import type { Actor, Rol, Scope } from '../platform/auth/rollen';
import { BEHANDELAARS } from './regels';

export const isMedewerker = (a: Actor) => a.soort === 'medewerker';
export const heeftRol = (a: Actor, ...rollen: readonly Rol[]) => a.rollen.some((r) => rollen.includes(r));
export const isLid = (a: Actor, teamId: string) => a.teamIds.includes(teamId);
/** A system client (API token, or the platform itself) with one of these scopes. */
export const systeemMet = (a: Actor, ...scopes: readonly Scope[]) =>
  a.soort === 'systeem' && a.scopes.some((s) => scopes.includes(s));
export const isBehandelaar = (a: Actor) => isMedewerker(a) && heeftRol(a, ...BEHANDELAARS);
/** The teamleider of the KCC: the KCC keeps regie over every request it hands on. */
export const houdtRegie = (a: Actor) => isMedewerker(a) && a.inKcc && heeftRol(a, 'teamleider');
/** Sees the organisation-wide dashboards and reports. */
export const overzietOrganisatie = (a: Actor) => houdtRegie(a) || heeftRol(a, 'functioneel-beheerder');
