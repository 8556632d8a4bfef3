import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { conflict } from '../../../platform/http/problem';
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

async function vervang(tx: Tx, partijId: string, invoer: ContactgegevensInvoer) {
  await tx.delete(contactgegeven).where(eq(contactgegeven.partijId, partijId));
  const nieuw = rijen(partijId, invoer);
  if (nieuw.length > 0) await tx.insert(contactgegeven).values(nieuw);
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
