import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import {
  contactgegevenRij,
  schrijfContactgegeven,
  verwijderContactgegeven,
} from '../../partijen/operations/contactgegevens';
import { contactgegevenView } from '../../partijen/views';
import { controleerVerwijzingen, naarPartij } from '../eigen-tabel';
import { ongeldigVeld } from '../fouten';
import { kiDigitaalAdres, kiPartij } from '../schema';
import type { DigitaalAdresInvoer } from '../schemas';
import { betrokkeneUnie, digitaalAdresUnie } from '../unies';

/**
 * A phone number or e-mail address of a partij is one of Stadspunt's contactgegevens (the
 * party card shows it); the standard's extra fields sit beside it. An address of soort
 * "overig", or given by a betrokkene only, lives in this module's table.
 */
const inStadspunt = (i: DigitaalAdresInvoer) =>
  Boolean(i.verstrektDoorPartij) && i.soortDigitaalAdres !== 'overig';

async function huidig(tx: Tx, id: string) {
  const [rij] = await tx
    .select({ inStadspunt: digitaalAdresUnie.inStadspunt })
    .from(digitaalAdresUnie)
    .where(eq(digitaalAdresUnie.id, id));
  return rij;
}

async function controleer(tx: Tx, i: DigitaalAdresInvoer) {
  await controleerVerwijzingen(tx, [naarPartij('verstrektDoorPartij.uuid', i.verstrektDoorPartij?.uuid)]);
  const betrokkene = i.verstrektDoorBetrokkene?.uuid;
  if (betrokkene) {
    const [b] = await tx
      .select({ id: betrokkeneUnie.id })
      .from(betrokkeneUnie)
      .where(eq(betrokkeneUnie.id, betrokkene));
    if (!b)
      throw ongeldigVeld('verstrektDoorBetrokkene.uuid', 'Deze betrokkene bestaat niet.', 'does_not_exist');
  }
}

/** Per partij and soort one standard address: marking one unmarks the others. */
async function enigeStandaard(tx: Tx, id: string, i: DigitaalAdresInvoer) {
  const partijId = i.verstrektDoorPartij?.uuid;
  if (!i.isStandaardAdres || !partijId) return;
  const cgSoort = i.soortDigitaalAdres === 'email' ? 'email' : 'telefoon';
  await tx
    .update(kiDigitaalAdres)
    .set({ isStandaardAdres: false })
    .where(
      and(
        ne(sql`coalesce(${kiDigitaalAdres.contactgegevenId}, ${kiDigitaalAdres.id})`, id),
        or(
          and(eq(kiDigitaalAdres.partijId, partijId), eq(kiDigitaalAdres.soort, i.soortDigitaalAdres)),
          inArray(
            kiDigitaalAdres.contactgegevenId,
            sql`(select ${contactgegevenView.id} from ${contactgegevenView}
              where ${contactgegevenView.partijId} = ${partijId} and ${contactgegevenView.soort} = ${cgSoort})`,
          ),
        ),
      ),
    );
}

const extra = (i: DigitaalAdresInvoer) => ({
  betrokkeneId: i.verstrektDoorBetrokkene?.uuid ?? null,
  isStandaardAdres: i.isStandaardAdres ?? false,
  referentie: i.referentie ?? '',
  verificatieDatum: i.verificatieDatum ?? null,
});

async function schrijf(tx: Tx, actor: Actor, id: string, i: DigitaalAdresInvoer) {
  await controleer(tx, i);
  const was = await huidig(tx, id);
  if (was?.inStadspunt && !inStadspunt(i)) await verwijderContactgegeven(tx, actor, id);
  if (was && !was.inStadspunt && inStadspunt(i))
    await tx.delete(kiDigitaalAdres).where(eq(kiDigitaalAdres.id, id));
  if (inStadspunt(i)) {
    const soort = i.soortDigitaalAdres === 'email' ? 'email' : 'telefoon';
    const partijId = i.verstrektDoorPartij?.uuid as string;
    await schrijfContactgegeven(
      tx,
      actor,
      id,
      contactgegevenRij(partijId, soort, i.adres, i.omschrijving || null),
    );
    await tx
      .insert(kiDigitaalAdres)
      .values({ contactgegevenId: id, ...extra(i) })
      .onConflictDoUpdate({ target: kiDigitaalAdres.contactgegevenId, set: extra(i) });
  } else {
    const waarden = {
      partijId: i.verstrektDoorPartij?.uuid ?? null,
      soort: i.soortDigitaalAdres,
      adres: i.adres,
      omschrijving: i.omschrijving ?? '',
      ...extra(i),
    };
    await tx
      .insert(kiDigitaalAdres)
      .values({ id, ...waarden })
      .onConflictDoUpdate({ target: kiDigitaalAdres.id, set: waarden });
  }
  await enigeStandaard(tx, id, i);
  await audit(tx, actor, {
    actie: was ? 'klantinteracties.digitaal-adres.gewijzigd' : 'klantinteracties.digitaal-adres.aangemaakt',
    objectType: 'digitaal-adres',
    objectId: id,
    persoonsgegevens: true,
  });
}

export async function maakDigitaalAdres(ctx: AppContext, actor: Actor, i: DigitaalAdresInvoer) {
  const id = randomUUID();
  await ctx.db.transaction((tx) => schrijf(tx, actor, id, i));
  return id;
}

export async function wijzigDigitaalAdres(ctx: AppContext, actor: Actor, id: string, i: DigitaalAdresInvoer) {
  await ctx.db.transaction((tx) => schrijf(tx, actor, id, i));
}

export async function verwijderDigitaalAdres(ctx: AppContext, actor: Actor, id: string) {
  await ctx.db.transaction(async (tx) => {
    const was = await huidig(tx, id);
    if (was?.inStadspunt) await verwijderContactgegeven(tx, actor, id);
    else await tx.delete(kiDigitaalAdres).where(eq(kiDigitaalAdres.id, id));
    await tx
      .update(kiPartij)
      .set({ voorkeursDigitaalAdresId: null })
      .where(eq(kiPartij.voorkeursDigitaalAdresId, id));
    await audit(tx, actor, {
      actie: 'klantinteracties.digitaal-adres.verwijderd',
      objectType: 'digitaal-adres',
      objectId: id,
      persoonsgegevens: true,
    });
  });
  return undefined;
}
