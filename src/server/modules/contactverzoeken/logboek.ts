import type { Actor } from '../../platform/auth/rollen';
import type { Queryable } from '../../platform/db/client';
import { logboekregel } from './schema';
import type { LogboekSoort, PogingUitkomst } from './waarden';

export interface LogboekInvoer {
  soort: LogboekSoort;
  tekst?: string;
  uitkomst?: PogingUitkomst;
  details?: Record<string, unknown>;
  /** When it happened, if not at the moment it is written down (a call attempt noted afterwards). */
  tijdstip?: Date;
}

/** Every action on a request leaves a line, in the transaction of the action. */
export async function schrijfLogboek(
  db: Queryable,
  actor: Actor,
  contactverzoekId: string,
  tijdstip: Date,
  invoer: LogboekInvoer,
): Promise<void> {
  await db.insert(logboekregel).values({
    contactverzoekId,
    tijdstip: invoer.tijdstip ?? tijdstip,
    soort: invoer.soort,
    medewerkerId: actor.id,
    medewerkerNaam: actor.naam,
    uitkomst: invoer.uitkomst ?? null,
    tekst: invoer.tekst ?? '',
    details: invoer.details ?? null,
  });
}
