/** The words of an API token, shared by server, CLI and screens. */
import type { Scope } from '../rollen';

export const tokenStatussen = ['actief', 'ingetrokken', 'verlopen'] as const;
export type TokenStatus = (typeof tokenStatussen)[number];

/** What each scope allows: the beheer screen and the OpenAPI document say it in these words. */
export const scopeUitleg: Record<Scope, string> = {
  lezen:
    'Teams, medewerkers, producten, klantcontacten en contactverzoeken opvragen, ook via de Klantinteracties-API; niets wijzigen.',
  klantinteracties:
    'Klantcontacten en contactverzoeken registreren en behandelen, ook via de Klantinteracties-API (KISS). Omvat lezen.',
  persoonsgegevens:
    'Het volledige BSN krijgen in plaats van een gemaskeerd nummer; elke inzage wordt gelogd. Alleen naast een andere scope.',
  beheer: 'Teams, medewerkers, servicenormen en sluitingsdagen beheren. Omvat lezen.',
};

/** The scopes of a token made without choosing: what every token could do before scopes existed. */
export const standaardScopes: readonly Scope[] = ['lezen', 'klantinteracties', 'persoonsgegevens'];

export const GELDIG_JAREN = { standaard: 1, hoogstens: 2 } as const;
