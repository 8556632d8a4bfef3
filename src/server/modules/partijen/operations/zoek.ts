import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { audit, eerderGelogd } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { normaliseerNaam } from '../../../platform/db/zoek';
import { ongeldig } from '../../../platform/http/problem';
import { verzegel } from '../../../platform/verzegeling/verzegeling';
import { bsnVoor } from '../../../policies';
import {
  basisregistraties,
  type PersoonKort,
  type VestigingKort,
  volledigeNaam,
} from '../../basisregistratie';
import { bsnMelding } from '../../basisregistratie/bsn';
import { contactgegeven, partij } from '../schema';
import { herken, type Zoekvraag } from '../sleutels';

export interface Zoekresultaat {
  soort: 'persoon' | 'organisatie' | 'contactpersoon';
  partijId: string | null;
  naam: string;
  /** For a contact person: the organisation they speak for. */
  organisatie: string | null;
  bsn: string | null;
  kvkNummer: string | null;
  vestigingsnummer: string | null;
  geboortedatum: string | null;
  adres: string | null;
  geheimhouding: boolean;
  bron: 'BRP' | 'HR' | 'Stadspunt';
}

const VOORVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'la',
  'le',
  'du',
  'da',
  'di',
  'el',
  'al',
  'vd',
]);

/** The surname part of what was typed: after the last voorvoegsel, or the last word. */
export function achternaamDeel(naam: string): string {
  // Single letters (initials, "b v" of B.V.) are no surname.
  const woorden = naam.split(' ').filter((w) => w.length > 1);
  if (woorden.length === 0) return naam;
  const laatsteVoorvoegsel = woorden.findLastIndex((w) => VOORVOEGSELS.has(w));
  if (laatsteVoorvoegsel >= 0 && laatsteVoorvoegsel < woorden.length - 1)
    return woorden.slice(laatsteVoorvoegsel + 1).join(' ');
  return woorden.length > 1 ? (woorden.at(-1) as string) : naam;
}

/** Words besides voorvoegsels, initials and the surname part were typed: it may be a trade name. */
export function meerDanAchternaam(naam: string, achternaam: string): boolean {
  const deel = new Set(achternaam.split(' '));
  return naam.split(' ').some((w) => w.length > 1 && !VOORVOEGSELS.has(w) && !deel.has(w));
}

type Registers = ReturnType<typeof basisregistraties>;

const persoonResultaat = (p: PersoonKort): Zoekresultaat => ({
  soort: 'persoon',
  partijId: null,
  naam: volledigeNaam(p),
  organisatie: null,
  bsn: p.bsn,
  kvkNummer: null,
  vestigingsnummer: null,
  geboortedatum: p.geboortedatum,
  adres: p.adres,
  geheimhouding: p.geheimhouding,
  bron: 'BRP',
});

const vestigingResultaat = (v: VestigingKort): Zoekresultaat => ({
  soort: 'organisatie',
  partijId: null,
  naam: v.naam,
  organisatie: null,
  bsn: null,
  kvkNummer: v.kvkNummer,
  vestigingsnummer: v.vestigingsnummer,
  geboortedatum: null,
  adres: v.adres,
  geheimhouding: false,
  bron: 'HR',
});

/**
 * Persons by surname and companies by trade name. A misspelt trade name is looked for when no
 * trade name matched as typed, unless a surname alone was typed and matched.
 */
async function opNaam(
  brp: Registers['brp'],
  hr: Registers['hr'],
  { naam, geboortedatum }: { naam: string; geboortedatum?: string },
): Promise<Zoekresultaat[]> {
  const achternaam = achternaamDeel(naam);
  const [personen, vestigingen] = await Promise.all([
    brp.zoekOpNaam(achternaam, geboortedatum),
    geboortedatum ? Promise.resolve([]) : hr.zoekOpNaam(naam),
  ]);
  const alleenAchternaam =
    !meerDanAchternaam(naam, achternaam) &&
    personen.some((p) => normaliseerNaam(p.geslachtsnaam ?? '') === achternaam);
  const tikfouten = !geboortedatum && vestigingen.length === 0 && !alleenAchternaam;
  return [
    ...personen.map(persoonResultaat),
    ...(tikfouten ? await hr.zoekOpNaamMetTikfouten(naam) : vestigingen).map(vestigingResultaat),
  ];
}

async function uitBasisregistraties(ctx: AppContext, vraag: Zoekvraag): Promise<Zoekresultaat[]> {
  const { brp, hr } = basisregistraties(ctx);
  switch (vraag.soort) {
    case 'bsn':
      return (await brp.zoekOpBsn(vraag.bsn)).map(persoonResultaat);
    case 'kvk':
      return (await hr.zoekOpKvk(vraag.kvkNummer)).map(vestigingResultaat);
    case 'vestiging':
      return (await hr.zoekOpVestiging(vraag.vestigingsnummer)).map(vestigingResultaat);
    case 'adres': {
      const [personen, vestigingen] = await Promise.all([
        brp.zoekOpAdres(vraag.adres),
        hr.zoekOpAdres(vraag.adres),
      ]);
      return [...personen.map(persoonResultaat), ...vestigingen.map(vestigingResultaat)];
    }
    case 'naam':
      return opNaam(brp, hr, vraag);
    default:
      return [];
  }
}

/** Parties found through what the KCC itself recorded: phone numbers, e-mail addresses, contact persons. */
async function uitStadspunt(ctx: AppContext, vraag: Zoekvraag): Promise<Zoekresultaat[]> {
  const waar =
    vraag.soort === 'telefoon' || vraag.soort === 'email'
      ? inArray(
          partij.id,
          ctx.db
            .select({ id: contactgegeven.partijId })
            .from(contactgegeven)
            .where(eq(contactgegeven.sleutel, vraag.soort === 'telefoon' ? vraag.telefoon : vraag.email)),
        )
      : vraag.soort === 'naam' && !vraag.geboortedatum
        ? and(eq(partij.soort, 'contactpersoon'), sql`${partij.zoeknaam} % ${vraag.naam}`)
        : undefined;
  if (!waar) return [];
  const organisatie = alias(partij, 'organisatie');
  const rijen = await ctx.db
    .select({ p: partij, organisatie: organisatie.naam })
    .from(partij)
    .leftJoin(organisatie, eq(organisatie.id, partij.organisatieId))
    .where(waar)
    .limit(25);
  return rijen.map(({ p, organisatie }) => ({
    soort: p.soort,
    partijId: p.id,
    naam: p.naam,
    organisatie,
    bsn: p.bsn,
    kvkNummer: p.kvkNummer,
    vestigingsnummer: p.vestigingsnummer,
    geboortedatum: null,
    adres: null,
    geheimhouding: false,
    bron: 'Stadspunt',
  }));
}

/** Fills in the party id of basisregistratie results that are already a partij. */
async function koppelPartijen(ctx: AppContext, resultaten: Zoekresultaat[]): Promise<Zoekresultaat[]> {
  const bsns = resultaten.flatMap((r) => (r.bsn && !r.partijId ? [r.bsn] : []));
  const vestigingen = resultaten.flatMap((r) =>
    r.vestigingsnummer && !r.partijId ? [r.vestigingsnummer] : [],
  );
  if (bsns.length + vestigingen.length === 0) return resultaten;
  const bekend = await ctx.db
    .select({ id: partij.id, bsn: partij.bsn, vestigingsnummer: partij.vestigingsnummer })
    .from(partij)
    .where(
      or(
        bsns.length ? inArray(partij.bsn, bsns) : undefined,
        vestigingen.length
          ? and(eq(partij.soort, 'organisatie'), inArray(partij.vestigingsnummer, vestigingen))
          : undefined,
      ),
    );
  return resultaten.map((r) => {
    const gevonden = bekend.find(
      (b) =>
        (r.bsn && b.bsn === r.bsn) ||
        (r.soort === 'organisatie' && b.vestigingsnummer === r.vestigingsnummer),
    );
    return gevonden ? { ...r, partijId: gevonden.id } : r;
  });
}

/** Dedupes by party (a BRP hit and a phone hit of the same person show once). */
function uniek(resultaten: Zoekresultaat[]): Zoekresultaat[] {
  const gezien = new Set<string>();
  return resultaten.filter((r) => {
    const sleutel = r.partijId ?? r.bsn ?? r.vestigingsnummer ?? r.naam;
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

const soortVolgorde = { persoon: 0, organisatie: 1, contactpersoon: 2 };

/**
 * Name results as the agent looks for them: the name exactly as typed first, then names that
 * begin with it or hold it as whole words (a surname, a trade name), then the near matches;
 * at the same match persons, then organisations, then contact persons. So "Bakkerij" lists
 * the bakeries before the contact persons called Bakker.
 */
export function rangschik<T extends Pick<Zoekresultaat, 'naam' | 'soort'>>(
  term: string,
  resultaten: T[],
): T[] {
  const gezocht = normaliseerNaam(term);
  const overeenkomst = (naam: string) => {
    const n = normaliseerNaam(naam);
    if (n === gezocht) return 0;
    return n.startsWith(gezocht) || ` ${n} `.includes(` ${gezocht} `) ? 1 : 2;
  };
  return resultaten
    .map((r) => ({ r, sleutel: overeenkomst(r.naam) * 3 + soortVolgorde[r.soort] }))
    .sort((a, b) => a.sleutel - b.sleutel)
    .map(({ r }) => r);
}

/**
 * A result as the actor may see it: the BSN masked, and for a person a sealed handle with
 * which the screen opens the card without ever holding the number.
 */
async function voorActor(ctx: AppContext, actor: Actor, r: Zoekresultaat) {
  return {
    ...r,
    bsn: bsnVoor(actor, r.bsn),
    sleutel: r.bsn && !r.partijId ? await verzegel(ctx.db, r.bsn, ctx.now()) : null,
  };
}

/** How long a person shown in the results stays accounted for to the employee who saw them. */
const VERANTWOORD_MS = 15 * 60_000;

/**
 * Search results show persons' names, birth dates and addresses: a read of personal data. The
 * trail gets a line for the persons this employee had not been shown in the last 15 minutes,
 * so typing a name letter by letter writes a line when new persons appear, not per keystroke.
 */
async function verantwoordGetoond(ctx: AppContext, actor: Actor, zoeksoort: string, bsns: string[]) {
  const gelogd = await eerderGelogd(ctx.db, actor, {
    actie: 'partij.gezocht',
    veld: 'bsns',
    sinds: new Date(ctx.now().getTime() - VERANTWOORD_MS),
  });
  const nieuw = [...new Set(bsns)].filter((b) => !gelogd.has(b));
  if (nieuw.length === 0) return;
  await audit(ctx.db, actor, {
    actie: 'partij.gezocht',
    objectType: 'persoon',
    objectId: nieuw.length === 1 ? nieuw[0] : null,
    persoonsgegevens: true,
    details: { zoeksoort, bsns: nieuw },
  });
}

export async function zoekPartijen(ctx: AppContext, actor: Actor, invoer: string) {
  const vraag = herken(invoer);
  if (vraag.soort === 'bsn' && !vraag.geldig) throw ongeldig([{ veld: 'q', melding: bsnMelding }]);
  if (vraag.soort === 'naam' && vraag.naam.length < 2) {
    throw ongeldig([
      {
        veld: 'q',
        melding:
          'Typ minstens 2 letters, of een BSN, postcode met huisnummer, telefoonnummer, e-mailadres of KvK-nummer.',
      },
    ]);
  }
  const [basis, eigen] = await Promise.all([uitBasisregistraties(ctx, vraag), uitStadspunt(ctx, vraag)]);
  const gevonden = uniek(await koppelPartijen(ctx, [...eigen, ...basis]));
  const resultaten = vraag.soort === 'naam' ? rangschik(vraag.naam, gevonden) : gevonden;
  const bsns = resultaten.flatMap((r) => (r.bsn ? [r.bsn] : []));
  if (bsns.length > 0) await verantwoordGetoond(ctx, actor, vraag.soort, bsns);
  return {
    zoeksoort: vraag.soort,
    items: await Promise.all(resultaten.map((r) => voorActor(ctx, actor, r))),
  };
}
