import { asc, eq, inArray } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietGevonden } from '../../../platform/http/problem';
import { bsnVoor } from '../../../policies';
import { basisregistraties, type Gelezen } from '../../basisregistratie';
import { persoonVoor } from '../../basisregistratie/persoon';
import { contactgegeven, partij } from '../schema';
import type { Zoeksoort } from '../sleutels';

type Partij = typeof partij.$inferSelect;

async function contactgegevensVan(ctx: AppContext, partijIds: string[]) {
  if (partijIds.length === 0) return [];
  return ctx.db
    .select({
      id: contactgegeven.id,
      partijId: contactgegeven.partijId,
      soort: contactgegeven.soort,
      waarde: contactgegeven.waarde,
      omschrijving: contactgegeven.omschrijving,
    })
    .from(contactgegeven)
    .where(inArray(contactgegeven.partijId, partijIds))
    .orderBy(asc(contactgegeven.soort), asc(contactgegeven.waarde));
}

const bronVan = (gelezen: Gelezen<unknown> | undefined) =>
  gelezen ? { naam: gelezen.bron, opgehaald: gelezen.opgehaald.toISOString() } : null;

async function basisgegevens(ctx: AppContext, p: Partij) {
  const { brp, hr } = basisregistraties(ctx);
  if (p.soort === 'persoon' && p.bsn) {
    const gelezen = await brp.leesPersoon(p.bsn);
    return {
      persoon: gelezen?.gegevens ?? null,
      vestiging: null,
      bron: bronVan(gelezen),
    };
  }
  if (p.soort === 'organisatie' && p.vestigingsnummer) {
    const gelezen = await hr.leesVestiging(p.vestigingsnummer);
    return {
      persoon: null,
      vestiging: gelezen?.gegevens ?? null,
      bron: bronVan(gelezen),
    };
  }
  return { persoon: null, vestiging: null, bron: null };
}

/** The party card of the 360 screen. Opening a person's card is an audited read of personal data. */
export async function getPartij(
  ctx: AppContext,
  actor: Actor,
  id: string,
  opties: { audit: boolean; zoeksoort?: Zoeksoort } = { audit: true },
) {
  const [p] = await ctx.db.select().from(partij).where(eq(partij.id, id));
  if (!p) throw nietGevonden('Deze partij');
  const [organisatie] = p.organisatieId
    ? await ctx.db
        .select({ id: partij.id, naam: partij.naam })
        .from(partij)
        .where(eq(partij.id, p.organisatieId))
    : [];
  const personen = await ctx.db
    .select({ id: partij.id, naam: partij.naam })
    .from(partij)
    .where(eq(partij.organisatieId, id))
    .orderBy(asc(partij.naam));
  const gegevens = await contactgegevensVan(ctx, [id, ...personen.map((c) => c.id)]);
  const van = (partijId: string) =>
    gegevens.filter((g) => g.partijId === partijId).map(({ partijId: _, ...g }) => g);
  if (opties.audit && p.soort !== 'organisatie') {
    await audit(ctx.db, actor, {
      actie: 'partij.ingezien',
      objectType: 'partij',
      objectId: id,
      persoonsgegevens: true,
      // The lookup the agent acted on: the card was opened from the results of this search.
      details: opties.zoeksoort ? { zoeksoort: opties.zoeksoort } : undefined,
    });
  }
  const { zoeknaam: _z, organisatieId: _o, aangemaakt, ...rest } = p;
  const basis = await basisgegevens(ctx, p);
  return {
    ...rest,
    bsn: bsnVoor(actor, p.bsn),
    aangemaakt: aangemaakt.toISOString(),
    ...basis,
    persoon: basis.persoon && persoonVoor(actor, basis.persoon),
    contactgegevens: van(id),
    organisatie: organisatie ?? null,
    contactpersonen: personen.map((c) => ({ ...c, contactgegevens: van(c.id) })),
  };
}

/** The agent asked to see the full BSN on the card, with a reason: a separate, audited read. */
export async function toonBsn(ctx: AppContext, actor: Actor, id: string, reden: string) {
  const [p] = await ctx.db.select({ bsn: partij.bsn }).from(partij).where(eq(partij.id, id));
  if (!p?.bsn) throw nietGevonden('Een BSN bij deze partij');
  await audit(ctx.db, actor, {
    actie: 'partij.bsn-getoond',
    objectType: 'partij',
    objectId: id,
    persoonsgegevens: true,
    reden,
  });
  return { bsn: p.bsn };
}
