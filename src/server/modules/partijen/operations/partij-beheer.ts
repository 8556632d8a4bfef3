import { and, eq, ne, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { Tx } from '../../../platform/db/client';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { normaliseerNaam } from '../../../platform/db/zoek';
import { conflict, nietGevonden, ongeldig, type VeldFout } from '../../../platform/http/problem';
import { contactgegeven, partij } from '../schema';

/**
 * Parties kept by another system (the Klantinteracties API) rather than opened from the
 * basisregistraties. These run inside the caller's transaction, so that a party and what
 * the caller records with it are written together.
 */
export interface PartijGegevens {
  soort: 'persoon' | 'organisatie' | 'contactpersoon';
  naam: string;
  bsn?: string | null;
  kvkNummer?: string | null;
  vestigingsnummer?: string | null;
  rsin?: string | null;
  organisatieId?: string | null;
}

const anders = (id: string | undefined) => (id ? ne(partij.id, id) : undefined);

async function controleer(tx: Tx, g: Partial<PartijGegevens>, id?: string): Promise<void> {
  const fouten: VeldFout[] = [];
  if (g.bsn) {
    const [dubbel] = await tx
      .select({ id: partij.id })
      .from(partij)
      .where(and(eq(partij.bsn, g.bsn), anders(id)));
    if (dubbel) fouten.push({ veld: 'bsn', melding: 'Er is al een partij met dit BSN.' });
  }
  if (g.vestigingsnummer) {
    const [dubbel] = await tx
      .select({ id: partij.id })
      .from(partij)
      .where(
        and(eq(partij.soort, 'organisatie'), eq(partij.vestigingsnummer, g.vestigingsnummer), anders(id)),
      );
    if (dubbel)
      fouten.push({
        veld: 'vestigingsnummer',
        melding: 'Er is al een organisatie met dit vestigingsnummer.',
      });
  }
  if (g.organisatieId) {
    const [organisatie] = await tx
      .select({ soort: partij.soort })
      .from(partij)
      .where(eq(partij.id, g.organisatieId));
    if (organisatie?.soort !== 'organisatie')
      fouten.push({
        veld: 'organisatieId',
        melding: 'Een contactpersoon werkt voor een bestaande organisatie.',
      });
  }
  if (fouten.length) throw ongeldig(fouten);
}

export async function insertPartij(tx: Tx, actor: Actor, g: PartijGegevens): Promise<string> {
  await controleer(tx, g);
  const [rij] = await tx
    .insert(partij)
    .values({ ...g, zoeknaam: normaliseerNaam(g.naam) })
    .returning({ id: partij.id });
  await audit(tx, actor, {
    actie: g.soort === 'contactpersoon' ? 'contactpersoon.aangemaakt' : 'partij.aangemaakt',
    objectType: 'partij',
    objectId: rij.id,
    persoonsgegevens: g.soort !== 'organisatie',
  });
  return rij.id;
}

/** Changes name and keys; raises the version, so an editor of the party card reloads. */
export async function wijzigPartij(
  tx: Tx,
  actor: Actor,
  id: string,
  g: Partial<Omit<PartijGegevens, 'soort'>>,
) {
  await controleer(tx, g, id);
  const [rij] = await tx
    .update(partij)
    .set({
      ...g,
      ...(g.naam ? { zoeknaam: normaliseerNaam(g.naam) } : {}),
      versie: sql`${partij.versie} + 1`,
    })
    .where(eq(partij.id, id))
    .returning({ soort: partij.soort });
  if (!rij) throw nietGevonden('Deze partij');
  await audit(tx, actor, {
    actie: 'partij.gewijzigd',
    objectType: 'partij',
    objectId: id,
    persoonsgegevens: rij.soort !== 'organisatie',
    details: { velden: Object.keys(g) },
  });
}

/** A party without contacts or contact persons can go; its contact details go with it. */
export async function verwijderPartij(tx: Tx, actor: Actor, id: string) {
  const [contactpersoon] = await tx
    .select({ id: partij.id })
    .from(partij)
    .where(eq(partij.organisatieId, id));
  if (contactpersoon) throw conflict('Deze organisatie heeft nog contactpersonen.');
  await tx.delete(contactgegeven).where(eq(contactgegeven.partijId, id));
  const [rij] = await tx
    .delete(partij)
    .where(eq(partij.id, id))
    .returning({ soort: partij.soort })
    .catch((error) => {
      throw isVerwijzingFout(error)
        ? conflict('Deze partij heeft klantcontacten of andere gegevens die bewaard blijven.')
        : error;
    });
  if (!rij) throw nietGevonden('Deze partij');
  await audit(tx, actor, {
    actie: 'partij.verwijderd',
    objectType: 'partij',
    objectId: id,
    persoonsgegevens: rij.soort !== 'organisatie',
  });
}
