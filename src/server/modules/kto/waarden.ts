/** What a KTO invitation follows: a finished contact, a closed contactverzoek, a closed zaak. */
export const aanleidingen = ['klantcontact', 'contactverzoek', 'zaak'] as const;
export type Aanleiding = (typeof aanleidingen)[number];

export const uitnodigingsKanalen = ['email', 'sms'] as const;

/** At most one invitation per resident in this many days. */
export const RUST_DAGEN = 30;
/** How long the link of an invitation can be used. */
export const GELDIG_DAGEN = 14;
/** A score at or below this, with a comment, is signalled to the team. */
export const LAAG = 2;
export const OPMERKING_MAX = 2000;
