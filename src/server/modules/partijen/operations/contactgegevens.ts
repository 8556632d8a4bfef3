import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { conflict, nietGevonden } from '../../../platform/http/problem';
import { contactgegeven, partij } from '../schema';
import { normaliseerEmail, normaliseerTelefoon } from '../sleutels';
import { getPartij } from './lees-partij';

export interface ContactgegevensInvoer {
  versie: number;
  voorkeurskanaal?: string | null;
  telefoonnummers: { waarde: string; omschrijving?: string | null }[];
  emailadressen: { waarde: string; omschrijving?: string | null }[];
}

/** Validated at the edge; here a number or address only gets its search key. */
export function contactgegevenRij(
  partijId: string,
  soort: 'telefoon' | 'email',
  waarde: string,
  omschrijving?: string | null,
) {
  const sleutel = soort === 'telefoon' ? (normaliseerTelefoon(waarde) as string) : normaliseerEmail(waarde);
  return { partijId, soort, waarde: waarde.trim(), sleutel, omschrijving: omschrijving ?? null };
}

function rijen(partijId: string, invoer: ContactgegevensInvoer) {
  return [
    ...invoer.telefoonnummers.map((t) => contactgegevenRij(partijId, 'telefoon', t.waarde, t.omschrijving)),
    ...invoer.emailadressen.map((e) => contactgegevenRij(partijId, 'email', e.waarde, e.omschrijving)),
  ];
}

/**
 * Numbers and addresses that stay keep their row and id, so that other systems referring to
 * them (the Klantinteracties API) keep their references; the rest is replaced.
 */
async function vervang(tx: Tx, partijId: string, invoer: ContactgegevensInvoer) {
  const vrij = await tx
    .select({ id: contactgegeven.id, soort: contactgegeven.soort, sleutel: contactgegeven.sleutel })
    .from(contactgegeven)
    .where(eq(contactgegeven.partijId, partijId));
  const nieuw = rijen(partijId, invoer).map((rij) => {
    const i = vrij.findIndex((h) => h.soort === rij.soort && h.sleutel === rij.sleutel);
    return { ...rij, id: i >= 0 ? vrij.splice(i, 1)[0].id : randomUUID() };
  });
  if (vrij.length > 0)
    await tx.delete(contactgegeven).where(
      inArray(
        contactgegeven.id,
        vrij.map((h) => h.id),
      ),
    );
  if (nieuw.length === 0) return;
  await tx
    .insert(contactgegeven)
    .values(nieuw)
    .onConflictDoUpdate({
      target: contactgegeven.id,
      set: { waarde: sql`excluded.waarde`, omschrijving: sql`excluded.omschrijving` },
    });
}

/** Replaces the KCC's contact details of a party; the second of two concurrent editors gets 409. */
export async function updateContactgegevens(
  ctx: AppContext,
  actor: Actor,
  partijId: string,
  invoer: ContactgegevensInvoer,
) {
  const gelukt = await ctx.db.transaction(async (tx) => {
    const bijgewerkt = await tx
      .update(partij)
      .set({ voorkeurskanaal: invoer.voorkeurskanaal ?? null, versie: sql`${partij.versie} + 1` })
      .where(and(eq(partij.id, partijId), eq(partij.versie, invoer.versie)))
      .returning({ id: partij.id, soort: partij.soort });
    if (bijgewerkt.length === 0) return false;
    await vervang(tx, partijId, invoer);
    await audit(tx, actor, {
      actie: 'partij.contactgegevens-gewijzigd',
      objectType: 'partij',
      objectId: partijId,
      persoonsgegevens: bijgewerkt[0].soort !== 'organisatie',
    });
    return true;
  });
  // Read after the transaction: on PGlite a read outside it would wait for it forever.
  const huidig = await getPartij(ctx, actor, partijId, { audit: false });
  if (!gelukt) throw conflict('Iemand anders heeft de contactgegevens intussen gewijzigd.', huidig);
  return huidig;
}

async function contactgegevensGewijzigd(tx: Tx, actor: Actor, partijId: string) {
  const [p] = await tx
    .update(partij)
    .set({ versie: sql`${partij.versie} + 1` })
    .where(eq(partij.id, partijId))
    .returning({ soort: partij.soort });
  if (!p) throw nietGevonden('Deze partij');
  await audit(tx, actor, {
    actie: 'partij.contactgegevens-gewijzigd',
    objectType: 'partij',
    objectId: partijId,
    persoonsgegevens: p.soort !== 'organisatie',
  });
}

/**
 * One number or address, written by id (another system's single-address API). Raises the
 * party's version, so an editor of the party card reloads instead of overwriting it.
 */
export async function schrijfContactgegeven(
  tx: Tx,
  actor: Actor,
  id: string,
  rij: ReturnType<typeof contactgegevenRij>,
) {
  const [oud] = await tx
    .select({ partijId: contactgegeven.partijId })
    .from(contactgegeven)
    .where(eq(contactgegeven.id, id));
  await tx
    .insert(contactgegeven)
    .values({ ...rij, id })
    .onConflictDoUpdate({ target: contactgegeven.id, set: rij });
  if (oud && oud.partijId !== rij.partijId) await contactgegevensGewijzigd(tx, actor, oud.partijId);
  await contactgegevensGewijzigd(tx, actor, rij.partijId);
}

export async function verwijderContactgegeven(tx: Tx, actor: Actor, id: string) {
  const [weg] = await tx
    .delete(contactgegeven)
    .where(eq(contactgegeven.id, id))
    .returning({ partijId: contactgegeven.partijId });
  if (weg) await contactgegevensGewijzigd(tx, actor, weg.partijId);
}
