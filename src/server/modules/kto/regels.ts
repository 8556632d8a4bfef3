import { createHash } from 'node:crypto';
import { isMobiel } from '../../platform/sms/sms';
import { normaliseerTelefoon } from '../partijen/sleutels';
import { RUST_DAGEN } from './waarden';

/**
 * Whether this cause is in the sample: decided by its id, not by chance, so that looking at
 * the same contact again (a retry, a second instance) gives the same answer.
 */
export function inSteekproef(aanleidingId: string, fractie: number): boolean {
  const getal = createHash('sha256').update(aanleidingId).digest().readUInt32BE(0);
  return getal / 2 ** 32 < fractie;
}

export interface Ontvanger {
  email: string | null;
  telefoon: string | null;
  geheimhouding: boolean;
  /** When this party was last invited, if ever. */
  laatsteUitnodiging: Date | null;
}

export type Via = { via: 'email'; aan: string } | { via: 'sms'; aan: string };

/** Why a known party gets no invitation, or how it does: mail first, else a text to a mobile number. */
export function uitnodigingVoor(o: Ontvanger, nu: Date): Via | { niet: string } {
  if (o.geheimhouding) return { niet: 'geheimhouding' };
  if (o.laatsteUitnodiging && nu.getTime() - o.laatsteUitnodiging.getTime() < RUST_DAGEN * 86_400_000)
    return { niet: 'recent-uitgenodigd' };
  if (o.email) return { via: 'email', aan: o.email };
  const mobiel = o.telefoon ? normaliseerTelefoon(o.telefoon) : undefined;
  if (mobiel && isMobiel(mobiel)) return { via: 'sms', aan: mobiel };
  return { niet: 'onbereikbaar' };
}
