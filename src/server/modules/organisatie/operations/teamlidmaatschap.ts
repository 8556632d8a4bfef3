import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { team, teamlidmaatschap } from '../schema';

export async function setTeams(tx: Tx, medewerkerId: string, teamIds: string[]): Promise<void> {
  const uniek = [...new Set(teamIds)];
  if (uniek.length > 0) {
    const bestaand = await tx.select({ id: team.id }).from(team).where(inArray(team.id, uniek));
    if (bestaand.length !== uniek.length) {
      throw nietVerwerkbaar('Niet alle teams bestaan.', [
        { veld: 'teamIds', melding: 'Een of meer teams bestaan niet.' },
      ]);
    }
  }
  await tx.delete(teamlidmaatschap).where(eq(teamlidmaatschap.medewerkerId, medewerkerId));
  if (uniek.length > 0)
    await tx.insert(teamlidmaatschap).values(uniek.map((teamId) => ({ teamId, medewerkerId })));
}
