import type { Actor } from '../../platform/auth/rollen';
import type { Queryable } from '../../platform/db/client';
import { zaakLogboek } from './schema';
import type { LogboekSoort } from './waarden';

export interface LogboekInvoer {
  soort: LogboekSoort;
  tekst?: string;
  details?: Record<string, unknown>;
}

/** Every action on a zaak leaves a line in its history, in the transaction of the action. */
export async function schrijfLogboek(
  db: Queryable,
  actor: Actor,
  zaakId: string,
  tijdstip: Date,
  regels: LogboekInvoer[],
): Promise<void> {
  if (regels.length === 0) return;
  await db.insert(zaakLogboek).values(
    regels.map((r) => ({
      zaakId,
      tijdstip,
      soort: r.soort,
      medewerkerId: actor.id,
      medewerkerNaam: actor.naam,
      tekst: r.tekst ?? '',
      details: r.details ?? null,
    })),
  );
}
