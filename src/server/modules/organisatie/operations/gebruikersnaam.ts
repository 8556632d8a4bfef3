import { and, eq, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { ProblemError } from '../../../platform/http/problem';
import { medewerker } from '../schema';

export async function assertGebruikersnaamVrij(db: Queryable, gebruikersnaam: string, behalveId?: string) {
  const zelfde = sql`lower(${medewerker.gebruikersnaam}) = lower(${gebruikersnaam})`;
  const [bestaand] = await db
    .select({ id: medewerker.id })
    .from(medewerker)
    .where(behalveId ? and(zelfde, ne(medewerker.id, behalveId)) : zelfde);
  if (bestaand) {
    throw new ProblemError(409, 'Conflict', 'Deze gebruikersnaam is al in gebruik.', [
      { veld: 'gebruikersnaam', melding: 'Deze gebruikersnaam is al in gebruik.' },
    ]);
  }
}

export async function assertIdentificatieVrij(
  db: Queryable,
  identificatie: string | null | undefined,
  behalveId?: string,
) {
  if (!identificatie) return;
  const zelfde = eq(medewerker.identificatie, identificatie);
  const [bestaand] = await db
    .select({ id: medewerker.id })
    .from(medewerker)
    .where(behalveId ? and(zelfde, ne(medewerker.id, behalveId)) : zelfde);
  if (bestaand) {
    const melding = `Er is al een medewerker met de identificatie "${identificatie}".`;
    throw new ProblemError(409, 'Conflict', melding, [{ veld: 'identificatie', melding }]);
  }
}
