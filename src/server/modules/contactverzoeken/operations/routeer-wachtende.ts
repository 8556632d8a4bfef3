import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { Tx } from '../../../platform/db/client';
import { schrijfLogboek } from '../logboek';
import { contactverzoek } from '../schema';

export interface Doel {
  teamId: string;
  teamNaam: string;
  medewerkerId?: string | null;
  /** Why it goes there now, for the logboek. */
  reden: string;
}

/**
 * Requests that waited in the KCC's queue for an actor of another system go to the team the
 * beheerder has just linked that actor to. The deadline keeps running as it was.
 */
export async function routeerWachtende(tx: Tx, actor: Actor, actorIds: string[], doel: Doel, nu: Date) {
  if (actorIds.length === 0) return [];
  const verplaatst = await tx
    .update(contactverzoek)
    .set({
      teamId: doel.teamId,
      medewerkerId: doel.medewerkerId ?? null,
      wachtOpActor: null,
      herinnerd: null,
      geescaleerd: null,
      versie: sql`${contactverzoek.versie} + 1`,
    })
    .where(and(inArray(contactverzoek.wachtOpActor, actorIds), eq(contactverzoek.status, 'open')))
    .returning({ id: contactverzoek.id });
  for (const { id } of verplaatst) {
    await schrijfLogboek(tx, actor, id, nu, {
      soort: 'doorgestuurd',
      tekst: `Doorgestuurd naar ${doel.teamNaam}: ${doel.reden}`,
      details: { naar: doel.teamId },
    });
    await audit(tx, actor, {
      actie: 'contactverzoek.gerouteerd',
      objectType: 'contactverzoek',
      objectId: id,
    });
  }
  return verplaatst.map((r) => r.id);
}
