import type { Actor } from '../platform/auth/rollen';
import { systeemMet } from './actor';

/**
 * A BSN leaves the server masked (`*****3653`) unless the caller is a system client with the
 * personal-data scope; employees get the full number only from the audited reveal.
 */
export const magVolledigBsn = (actor: Actor) => systeemMet(actor, 'persoonsgegevens');

export const maskeerBsn = (bsn: string) => `*****${bsn.slice(-4)}`;

/** The BSN as this actor may see it. */
export function bsnVoor(actor: Actor, bsn: string): string;
export function bsnVoor(actor: Actor, bsn: string | null): string | null;
export function bsnVoor(actor: Actor, bsn: string | null): string | null {
  if (bsn === null) return null;
  return magVolledigBsn(actor) ? bsn : maskeerBsn(bsn);
}

// A UUID is matched whole so that nine digits inside one (…-2de972471162) stay the identifier they are.
const UUID_OF_BSN =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<!\d)\d{5}(\d{4})(?!\d)/gi;

/** Any BSN-like number in a text (a path, a log line) masked: nine digits in a row. */
export const zonderBsn = (tekst: string) =>
  tekst.replace(UUID_OF_BSN, (gevonden, staart?: string) => (staart ? `*****${staart}` : gevonden));
