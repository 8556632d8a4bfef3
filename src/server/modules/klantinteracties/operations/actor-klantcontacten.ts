import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { koppelAanKlantcontact } from '../../klantcontacten/operations/koppel';
import { klantcontactView } from '../../klantcontacten/views';
import { controleerVerwijzingen, naarKlantcontact } from '../eigen-tabel';
import { ongeldigVeld } from '../fouten';
import { kiActorKlantcontact } from '../schema';
import type { actorKlantcontactInvoer } from '../schemas';
import { actorKlantcontactUnie, actorUnie } from '../unies';
import { alsStandaard } from './partijen';

type Invoer = z.infer<typeof actorKlantcontactInvoer>;

/**
 * Linking one of Stadspunt's employees to a contact without one makes them the contact's
 * employee (the contact then shows as theirs in Stadspunt); the employee of a contact is an
 * actorklantcontact by itself, with the contact's id.
 */
async function controleer(tx: Tx, i: Invoer) {
  await controleerVerwijzingen(tx, [naarKlantcontact('klantcontact.uuid', i.klantcontact.uuid)]);
  const [a] = await tx
    .select({ soort: actorUnie.soort, eigen: actorUnie.eigen })
    .from(actorUnie)
    .where(eq(actorUnie.id, i.actor.uuid));
  if (!a) throw ongeldigVeld('actor.uuid', 'Deze actor bestaat niet.', 'does_not_exist');
  return { isMedewerker: a.soort === 'medewerker' && !a.eigen };
}

async function medewerkerVan(tx: Tx, klantcontactId: string) {
  const [kc] = await tx
    .select({ medewerkerId: klantcontactView.medewerkerId })
    .from(klantcontactView)
    .where(eq(klantcontactView.id, klantcontactId));
  return kc?.medewerkerId ?? null;
}

const auditRegel = (tx: Tx, actor: Actor, id: string, wat: string) =>
  audit(tx, actor, {
    actie: `klantinteracties.actorklantcontact.${wat}`,
    objectType: 'actorklantcontact',
    objectId: id,
  });

export const maakActorKlantcontact = (ctx: AppContext, actor: Actor, i: Invoer) =>
  alsStandaard(() =>
    ctx.db.transaction(async (tx) => {
      const { isMedewerker } = await controleer(tx, i);
      if (isMedewerker && !(await medewerkerVan(tx, i.klantcontact.uuid)))
        await koppelAanKlantcontact(tx, actor, i.klantcontact.uuid, 'medewerker', i.actor.uuid);
      const [rij] = await tx
        .insert(kiActorKlantcontact)
        .values({ actorId: i.actor.uuid, klantcontactId: i.klantcontact.uuid })
        .returning({ id: kiActorKlantcontact.id });
      await auditRegel(tx, actor, rij.id, 'aangemaakt');
      return rij.id;
    }),
  );

async function huidig(tx: Tx, id: string) {
  const [rij] = await tx.select().from(actorKlantcontactUnie).where(eq(actorKlantcontactUnie.id, id));
  return { ...rij, isVanContact: (await medewerkerVan(tx, rij.klantcontactId)) === rij.actorId };
}

export const wijzigActorKlantcontact = (ctx: AppContext, actor: Actor, id: string, i: Invoer) =>
  alsStandaard(() =>
    ctx.db.transaction(async (tx) => {
      const was = await huidig(tx, id);
      const { isMedewerker } = await controleer(tx, i);
      if (i.klantcontact.uuid !== was.klantcontactId)
        throw ongeldigVeld(
          'klantcontact',
          'Een actorklantcontact gaat niet over naar een ander klantcontact.',
        );
      if (was.isVanContact && i.actor.uuid !== was.actorId)
        await koppelAanKlantcontact(
          tx,
          actor,
          was.klantcontactId,
          'medewerker',
          isMedewerker ? i.actor.uuid : null,
        );
      const waarden = { actorId: i.actor.uuid, klantcontactId: i.klantcontact.uuid };
      await tx
        .insert(kiActorKlantcontact)
        .values({ id, ...waarden })
        .onConflictDoUpdate({ target: kiActorKlantcontact.id, set: waarden });
      await auditRegel(tx, actor, id, 'gewijzigd');
    }),
  );

export const verwijderActorKlantcontact = async (ctx: AppContext, actor: Actor, id: string) => {
  await alsStandaard(() =>
    ctx.db.transaction(async (tx) => {
      const was = await huidig(tx, id);
      if (was.isVanContact) await koppelAanKlantcontact(tx, actor, was.klantcontactId, 'medewerker', null);
      await tx.delete(kiActorKlantcontact).where(eq(kiActorKlantcontact.id, id));
      await auditRegel(tx, actor, id, 'verwijderd');
    }),
  );
  return undefined;
};
