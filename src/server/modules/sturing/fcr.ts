import {
  type Contactfeit,
  productenVan,
  type Vervolgcontact,
} from '../klantcontacten/operations/contactfeiten';

/** A later contact of the same party on the same product within this many days makes a first contact unresolved. */
export const HERHAALTERMIJN_DAGEN = 7;
const TERMIJN_MS = HERHAALTERMIJN_DAGEN * 86_400_000;

/**
 * The outcomes that answer a question at the first contact: handled by the agent, or referred to
 * the organisation that is the right one (the municipality has given its whole answer). A
 * transfer, a contactverzoek or a zaak leaves the question open for later.
 */
export const BEANTWOORD: ReadonlySet<string> = new Set(['afgehandeld', 'doorverwezen']);

/** How one first contact (or one product within it) did. */
export interface Oordeel {
  /** Every question answered at the contact itself: the naive first-contact resolution. */
  beantwoord: boolean;
  /** Answered, and no contact of the party on the same product followed within the term; null for an anonymous contact, whose follow-up nobody can see. */
  opgelost: boolean | null;
}

/** The later contacts of each party, in order of start. */
export type Vervolg = ReadonlyMap<string, readonly Vervolgcontact[]>;

export function vervolgPerPartij(vervolg: readonly Vervolgcontact[]): Vervolg {
  const perPartij = new Map<string, Vervolgcontact[]>();
  for (const v of vervolg) {
    const lijst = perPartij.get(v.partijId);
    if (lijst) lijst.push(v);
    else perPartij.set(v.partijId, [v]);
  }
  return perPartij;
}

/**
 * Whether another contact of the party started after this one and at most the term later, with a
 * question on one of these products. A question without a product never matches: without it
 * nobody knows what the later contact was about.
 */
function gevolgd(c: Contactfeit, productIds: ReadonlySet<string>, vervolg: Vervolg): boolean {
  const eind = c.start.getTime() + TERMIJN_MS;
  return (vervolg.get(c.partijId ?? '') ?? []).some(
    (v) =>
      v.id !== c.id &&
      v.start > c.start &&
      v.start.getTime() <= eind &&
      v.productIds.some((p) => p !== null && productIds.has(p)),
  );
}

function oordeel(c: Contactfeit, vragen: Contactfeit['vragen'], vervolg: Vervolg): Oordeel {
  const beantwoord = vragen.every((v) => BEANTWOORD.has(v.uitkomst));
  if (c.partijId === null) return { beantwoord, opgelost: null };
  const producten = new Set(vragen.flatMap((v) => (v.productId ? [v.productId] : [])));
  return { beantwoord, opgelost: beantwoord && !gevolgd(c, producten, vervolg) };
}

/** The contact as a whole: all its questions, a follow-up on any of its products. */
export const beoordeelContact = (c: Contactfeit, vervolg: Vervolg): Oordeel => oordeel(c, c.vragen, vervolg);

/** Per product the contact asked about: only that product's questions, a follow-up on that product. */
export function beoordeelPerProduct(c: Contactfeit, vervolg: Vervolg): (Oordeel & { productId: string })[] {
  return [...productenVan(c)].map((productId) => ({
    productId,
    ...oordeel(
      c,
      c.vragen.filter((v) => v.productId === productId),
      vervolg,
    ),
  }));
}

/** Counts of a group of first contacts. */
export interface Fcrtelling {
  contacten: number;
  beantwoord: number;
  /** Contacts of a known party: the ones a follow-up can be seen of. */
  bekend: number;
  opgelost: number;
}

export const leegFcr = (): Fcrtelling => ({ contacten: 0, beantwoord: 0, bekend: 0, opgelost: 0 });

export function telOordeel(t: Fcrtelling, o: Oordeel): Fcrtelling {
  t.contacten += 1;
  if (o.beantwoord) t.beantwoord += 1;
  if (o.opgelost !== null) t.bekend += 1;
  if (o.opgelost) t.opgelost += 1;
  return t;
}

/** The two shares: naive over every contact, FCR over the contacts of a known party; null without any. */
export const fcrAandelen = (t: Fcrtelling) => ({
  ...t,
  naief: t.contacten ? t.beantwoord / t.contacten : null,
  fcr: t.bekend ? t.opgelost / t.bekend : null,
});
