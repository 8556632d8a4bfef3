import { and, eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { normaliseerNaam } from '../../../platform/db/zoek';
import { nietGevonden, ongeldig } from '../../../platform/http/problem';
import { ontzegel } from '../../../platform/verzegeling/verzegeling';
import { basisregistraties, volledigeNaam } from '../../basisregistratie';
import { partij } from '../schema';

type NieuwePartij = typeof partij.$inferInsert;

async function vindOfMaak(
  ctx: AppContext,
  actor: Actor,
  bestaand: () => Promise<string | undefined>,
  nieuw: NieuwePartij,
) {
  const id = await bestaand();
  if (id) return id;
  return ctx.db.transaction(async (tx) => {
    const [rij] = await tx.insert(partij).values(nieuw).onConflictDoNothing().returning({ id: partij.id });
    // Another agent opened the same party at the same moment: use theirs.
    if (!rij) return (await bestaand()) as string;
    await audit(tx, actor, {
      actie: 'partij.aangemaakt',
      objectType: 'partij',
      objectId: rij.id,
      persoonsgegevens: nieuw.soort === 'persoon',
    });
    return rij.id;
  });
}

/**
 * The partij of a BRP person; made on first contact, from the BSN typed in or the sealed
 * handle of a search result.
 */
export async function openPersoon(
  ctx: AppContext,
  actor: Actor,
  invoer: { bsn: string } | { sleutel: string },
): Promise<string> {
  const bsn = 'bsn' in invoer ? invoer.bsn : await ontzegel(ctx.db, invoer.sleutel, ctx.now());
  if (!bsn)
    throw ongeldig([{ veld: 'sleutel', melding: 'Dit zoekresultaat is verlopen. Zoek de persoon opnieuw.' }]);
  const gelezen = await basisregistraties(ctx).brp.leesPersoon(bsn);
  if (!gelezen) throw nietGevonden('Een persoon met dit BSN');
  const naam = volledigeNaam(gelezen.gegevens);
  const bestaand = async () =>
    (await ctx.db.select({ id: partij.id }).from(partij).where(eq(partij.bsn, bsn)))[0]?.id;
  return vindOfMaak(ctx, actor, bestaand, { soort: 'persoon', bsn, naam, zoeknaam: normaliseerNaam(naam) });
}

/** The partij of an establishment in the Handelsregister. */
export async function openOrganisatie(
  ctx: AppContext,
  actor: Actor,
  vestigingsnummer: string,
): Promise<string> {
  const gelezen = await basisregistraties(ctx).hr.leesVestiging(vestigingsnummer);
  if (!gelezen) throw nietGevonden('Een vestiging met dit vestigingsnummer');
  const v = gelezen.gegevens;
  const bestaand = async () =>
    (
      await ctx.db
        .select({ id: partij.id })
        .from(partij)
        .where(and(eq(partij.soort, 'organisatie'), eq(partij.vestigingsnummer, vestigingsnummer)))
    )[0]?.id;
  return vindOfMaak(ctx, actor, bestaand, {
    soort: 'organisatie',
    kvkNummer: v.kvkNummer,
    vestigingsnummer,
    rsin: v.rsin,
    naam: v.handelsnamen[0],
    zoeknaam: normaliseerNaam(v.handelsnamen.join(' ')),
  });
}
