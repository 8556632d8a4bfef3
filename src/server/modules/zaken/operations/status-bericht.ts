import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { bereikbaarheid } from '../../partijen/bestaat';
import type { Statustype } from '../../zaaktypen/lezen';
import { schrijfLogboek } from '../logboek';
import { zaak, zaakStatus } from '../schema';
import { initiator } from './lees-zaak';

/**
 * Records a status in the zaak's history; a statustype with "informeren" tells the initiator
 * its statustekst through the outbox (mail, else a text message), once.
 */
export async function statusGezet(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  zaakId: string,
  statustype: Statustype,
  nu: Date,
  toelichting: string,
) {
  await tx.insert(zaakStatus).values({
    zaakId,
    statustypeId: statustype.id,
    datumStatusGezet: nu,
    statustoelichting: toelichting,
    medewerkerId: actor.id,
  });
  await schrijfLogboek(tx, actor, zaakId, nu, [
    {
      soort: 'status',
      tekst: [`Status: ${statustype.omschrijving}.`, toelichting].filter(Boolean).join(' '),
    },
  ]);
  if (statustype.informeren)
    await informeerInitiator(
      ctx,
      tx,
      actor,
      zaakId,
      'zaak.status-gezet',
      statustype.statustekst || `De status van uw zaak is: ${statustype.omschrijving}.`,
    );
}

/** A message to the zaak's initiator through the outbox, when the zaak has one. */
export async function informeerInitiator(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  zaakId: string,
  type: 'zaak.status-gezet' | 'zaak.verlengd',
  tekst: string,
) {
  const [z] = await tx
    .select({ identificatie: zaak.identificatie, omschrijving: zaak.omschrijving, partijId: initiator })
    .from(zaak)
    .where(eq(zaak.id, zaakId));
  if (!z?.partijId) return;
  const { naam, email, telefoon } = await bereikbaarheid(tx, z.partijId);
  if (!email && !telefoon) return;
  await ctx.jobs.emit(tx, actor, {
    type,
    objectType: 'zaak',
    objectId: zaakId,
    data: { identificatie: z.identificatie, omschrijving: z.omschrijving, naam, email, telefoon, tekst },
  });
}
