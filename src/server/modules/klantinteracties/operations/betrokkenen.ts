import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { koppelAanKlantcontact } from '../../klantcontacten/operations/koppel';
import { klantcontactView } from '../../klantcontacten/views';
import { controleerVerwijzingen, naarKlantcontact, naarPartij } from '../eigen-tabel';
import { ongeldigVeld } from '../fouten';
import { kiBetrokkene, kiDigitaalAdres } from '../schema';
import type { BetrokkeneInvoer } from '../schemas';
import { betrokkeneUnie } from '../unies';
import { alsStandaard } from './partijen';

/**
 * A betrokkene with a partij names the party of Stadspunt's klantcontact when that has none
 * yet, so the contact shows on the party's timeline; the contact's own party is the
 * betrokkene with the contact's id until it is changed through the standard.
 */
const waarden = (i: Omit<BetrokkeneInvoer, 'hadKlantcontact'>) => ({
  partijId: i.wasPartij?.uuid ?? null,
  rol: i.rol,
  initiator: i.initiator,
  organisatienaam: i.organisatienaam ?? '',
  contactnaam: i.contactnaam ?? null,
  bezoekadres: i.bezoekadres ?? null,
  correspondentieadres: i.correspondentieadres ?? null,
});

async function partijVanKlantcontact(tx: Tx, klantcontactId: string) {
  const [kc] = await tx
    .select({ partijId: klantcontactView.partijId })
    .from(klantcontactView)
    .where(eq(klantcontactView.id, klantcontactId));
  return kc?.partijId ?? null;
}

export async function insertBetrokkene(
  tx: Tx,
  actor: Actor,
  klantcontactId: string,
  i: Omit<BetrokkeneInvoer, 'hadKlantcontact'>,
  veld = '',
) {
  await controleerVerwijzingen(tx, [
    naarKlantcontact(`${veld}hadKlantcontact.uuid`, klantcontactId),
    naarPartij(`${veld}wasPartij.uuid`, i.wasPartij?.uuid),
  ]);
  const [rij] = await tx
    .insert(kiBetrokkene)
    .values({ klantcontactId, ...waarden(i) })
    .returning({ id: kiBetrokkene.id });
  if (i.wasPartij && !(await partijVanKlantcontact(tx, klantcontactId)))
    await koppelAanKlantcontact(tx, actor, klantcontactId, 'partij', i.wasPartij.uuid);
  await audit(tx, actor, {
    actie: 'klantinteracties.betrokkene.aangemaakt',
    objectType: 'betrokkene',
    objectId: rij.id,
    persoonsgegevens: true,
  });
  return rij.id;
}

export const maakBetrokkene = (ctx: AppContext, actor: Actor, i: BetrokkeneInvoer) =>
  alsStandaard(() => ctx.db.transaction((tx) => insertBetrokkene(tx, actor, i.hadKlantcontact.uuid, i)));

async function huidig(tx: Tx, id: string) {
  const [rij] = await tx
    .select({ klantcontactId: betrokkeneUnie.klantcontactId, partijId: betrokkeneUnie.partijId })
    .from(betrokkeneUnie)
    .where(eq(betrokkeneUnie.id, id));
  return { ...rij, partijVanContact: await partijVanKlantcontact(tx, rij.klantcontactId) };
}

export const wijzigBetrokkene = (ctx: AppContext, actor: Actor, id: string, i: BetrokkeneInvoer) =>
  alsStandaard(() =>
    ctx.db.transaction(async (tx) => {
      const was = await huidig(tx, id);
      if (i.hadKlantcontact.uuid !== was.klantcontactId)
        throw ongeldigVeld('hadKlantcontact', 'Een betrokkene gaat niet over naar een ander klantcontact.');
      await controleerVerwijzingen(tx, [naarPartij('wasPartij.uuid', i.wasPartij?.uuid)]);
      const nieuw = i.wasPartij?.uuid ?? null;
      if (was.partijVanContact === null || (was.partijVanContact === was.partijId && nieuw !== was.partijId))
        await koppelAanKlantcontact(tx, actor, was.klantcontactId, 'partij', nieuw);
      await tx
        .insert(kiBetrokkene)
        .values({ id, klantcontactId: was.klantcontactId, ...waarden(i) })
        .onConflictDoUpdate({ target: kiBetrokkene.id, set: waarden(i) });
      await audit(tx, actor, {
        actie: 'klantinteracties.betrokkene.gewijzigd',
        objectType: 'betrokkene',
        objectId: id,
        persoonsgegevens: true,
      });
    }),
  );

export const verwijderBetrokkene = async (ctx: AppContext, actor: Actor, id: string) => {
  await alsStandaard(() =>
    ctx.db.transaction(async (tx) => {
      const was = await huidig(tx, id);
      if (was.partijId && was.partijVanContact === was.partijId)
        await koppelAanKlantcontact(tx, actor, was.klantcontactId, 'partij', null);
      await tx.delete(kiBetrokkene).where(eq(kiBetrokkene.id, id));
      // As in Open Klant an address only this betrokkene gave goes with it; one a party also gave stays the party's.
      await tx
        .delete(kiDigitaalAdres)
        .where(
          and(
            eq(kiDigitaalAdres.betrokkeneId, id),
            isNull(kiDigitaalAdres.partijId),
            isNull(kiDigitaalAdres.contactgegevenId),
          ),
        );
      await tx
        .update(kiDigitaalAdres)
        .set({ betrokkeneId: null })
        .where(eq(kiDigitaalAdres.betrokkeneId, id));
      await audit(tx, actor, {
        actie: 'klantinteracties.betrokkene.verwijderd',
        objectType: 'betrokkene',
        objectId: id,
        persoonsgegevens: true,
      });
    }),
  );
  return undefined;
};
