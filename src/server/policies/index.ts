/**
 * The policy layer: one place that decides what an actor may read and do. `regels` holds the
 * role half of every operation's rule (enforced by route()); the files per object kind hold
 * the object half, asked by the operations, the Klantinteracties API and, through the
 * `mag` fields of the answers, the screens.
 */
export * from './actor';
export * from './contactverzoek';
export * from './document';
export * from './klantcontact';
export * from './lopend-contact';
export * from './partij';
export * from './rapportage';
export * from './rechten';
export * from './regels';
export * from './zaak';
