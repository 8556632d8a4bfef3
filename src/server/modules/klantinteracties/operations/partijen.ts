import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { ProblemError } from '../../../platform/http/problem';
import { basisregistraties, volledigeNaam } from '../../basisregistratie';
import {
  insertPartij,
  type PartijGegevens,
  verwijderPartij,
  wijzigPartij,
} from '../../partijen/operations/partij-beheer';
import { partijView } from '../../partijen/views';
import { ongeldigVeld, validatieFout, vanProblem } from '../fouten';
import { type Groep, type Sleutelveld, sleutelsUit } from '../identificatoren';
import { kiPartij, kiRekeningnummer } from '../schema';
import { naamVan, type PartijWijziging } from '../schemas';
import { digitaalAdresUnie } from '../unies';

type Invoer = PartijWijziging & { soortPartij: PartijGegevens['soort']; indicatieActief: boolean };

const identificatorVeld = (i: number) => `partijIdentificatoren.${i}.`;

/** Runs a write; Stadspunt's field errors are named as the standard names them. */
export async function alsStandaard<T>(
  werk: () => Promise<T>,
  velden: Record<string, string> = {},
): Promise<T> {
  try {
    return await werk();
  } catch (error) {
    throw error instanceof ProblemError ? vanProblem(error, velden) : error;
  }
}

function veldVanSleutel(lijst: { partijIdentificator: Groep }[], sleutel: Sleutelveld): string {
  const soort = { bsn: 'bsn', kvkNummer: 'kvk_nummer', rsin: 'rsin', vestigingsnummer: 'vestigingsnummer' }[
    sleutel
  ];
  const i = lijst.findIndex((g) => g.partijIdentificator.codeSoortObjectId === soort);
  return `${identificatorVeld(i)}partijIdentificator.objectId`;
}

/**
 * The display name as Stadspunt keeps it: from the BRP for a BSN, from the Handelsregister
 * for a vestiging, else what the client gives.
 */
async function naamVoor(ctx: AppContext, invoer: Invoer, sleutels: Record<Sleutelveld, string | null>) {
  const lijst = invoer.partijIdentificatoren ?? [];
  const id = invoer.partijIdentificatie;
  if (invoer.soortPartij === 'persoon' && sleutels.bsn) {
    const gelezen = await basisregistraties(ctx).brp.leesPersoon(sleutels.bsn);
    if (!gelezen)
      throw ongeldigVeld(veldVanSleutel(lijst, 'bsn'), 'Dit BSN is niet bekend in de BRP.', 'not_found');
    return volledigeNaam(gelezen.gegevens);
  }
  if (invoer.soortPartij === 'organisatie' && sleutels.vestigingsnummer) {
    const gelezen = await basisregistraties(ctx).hr.leesVestiging(sleutels.vestigingsnummer);
    if (!gelezen) {
      const veld = veldVanSleutel(lijst, 'vestigingsnummer');
      throw ongeldigVeld(veld, 'Deze vestiging is niet bekend in het Handelsregister.', 'not_found');
    }
    return gelezen.gegevens.handelsnamen[0];
  }
  if (invoer.soortPartij === 'organisatie') {
    if (id?.naam?.trim()) return id.naam.trim();
    throw ongeldigVeld(
      'partijIdentificatie.naam',
      'Geef de naam van de organisatie of een vestigingsnummer.',
      'required',
    );
  }
  const naam = naamVan(id?.contactnaam);
  if (naam) return naam;
  const reden =
    invoer.soortPartij === 'persoon'
      ? 'Geef een BSN of een contactnaam.'
      : 'Geef de naam van de contactpersoon.';
  throw ongeldigVeld('partijIdentificatie.contactnaam', reden, 'required');
}

function gegevens(
  invoer: Invoer,
  sleutels: Record<Sleutelveld, string | null>,
  naam: string,
): PartijGegevens {
  const organisatieId = invoer.partijIdentificatie?.werkteVoorPartij?.uuid;
  if (invoer.soortPartij === 'contactpersoon' && !organisatieId)
    throw ongeldigVeld(
      'partijIdentificatie.werkteVoorPartij',
      'Een contactpersoon werkt voor een organisatie.',
      'required',
    );
  return { soort: invoer.soortPartij, naam, ...sleutels, organisatieId: organisatieId ?? null };
}

const extra = (invoer: Invoer) => ({
  nummer: invoer.nummer ?? null,
  interneNotitie: invoer.interneNotitie ?? '',
  voorkeurstaal: invoer.voorkeurstaal ?? '',
  indicatieActief: invoer.indicatieActief,
  indicatieGeheimhouding: invoer.indicatieGeheimhouding ?? null,
  contactnaam: invoer.partijIdentificatie?.contactnaam ?? null,
  bezoekadres: invoer.bezoekadres ?? null,
  correspondentieadres: invoer.correspondentieadres ?? null,
  voorkeursDigitaalAdresId: invoer.voorkeursDigitaalAdres?.uuid ?? null,
  voorkeursRekeningnummerId: invoer.voorkeursRekeningnummer?.uuid ?? null,
});

async function schrijfExtra(tx: Tx, partijId: string, invoer: Invoer) {
  const waarden = extra(invoer);
  await tx
    .insert(kiPartij)
    .values({ partijId, ...waarden })
    .onConflictDoUpdate({ target: kiPartij.partijId, set: waarden });
}

/** The ids of a partij's rows in a table (addresses, bank accounts); none for a new partij. */
async function vanPartij(
  tx: Tx,
  partijId: string | null,
  tabel: typeof kiRekeningnummer | typeof digitaalAdresUnie,
) {
  if (!partijId) return new Set<string>();
  const rijen = await tx
    .select({ id: tabel.id })
    .from(tabel)
    .where(eq(sql`${tabel.partijId}`, partijId));
  return new Set(rijen.map((r) => r.id));
}

/**
 * Linking an address or bank account happens at that resource (verstrektDoorPartij, partij);
 * here the lists can only stay as they are, and a preference must be one of the partij's own.
 */
async function controleerKoppelingen(tx: Tx, partijId: string | null, invoer: Invoer) {
  const lijsten = [
    ['digitaleAdressen', 'voorkeursDigitaalAdres', await vanPartij(tx, partijId, digitaalAdresUnie)],
    ['rekeningnummers', 'voorkeursRekeningnummer', await vanPartij(tx, partijId, kiRekeningnummer)],
  ] as const;
  const fouten = lijsten.flatMap(([lijst, voorkeur, eigen]) => [
    ...((invoer[lijst] ?? []).some((a) => !eigen.has(a.uuid))
      ? [
          {
            name: lijst,
            code: 'invalid',
            reason: 'Koppel het aan de partij bij het object zelf (verstrektDoorPartij, partij).',
          },
        ]
      : []),
    ...(invoer[voorkeur] && !eigen.has(invoer[voorkeur].uuid)
      ? [{ name: voorkeur, code: 'invalid', reason: 'Dit hoort niet bij deze partij.' }]
      : []),
  ]);
  if (fouten.length) throw validatieFout(fouten);
}

const stadspuntVelden = (invoer: Invoer) => {
  const lijst = invoer.partijIdentificatoren ?? [];
  return {
    bsn: veldVanSleutel(lijst, 'bsn'),
    vestigingsnummer: veldVanSleutel(lijst, 'vestigingsnummer'),
    organisatieId: 'partijIdentificatie.werkteVoorPartij',
  };
};

export async function maakPartij(ctx: AppContext, actor: Actor, invoer: Invoer): Promise<string> {
  const sleutels = sleutelsUit(invoer.partijIdentificatoren ?? [], invoer.soortPartij, identificatorVeld);
  const naam = await naamVoor(ctx, invoer, sleutels);
  const g = gegevens(invoer, sleutels, naam);
  return alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        await controleerKoppelingen(tx, null, invoer);
        const id = await insertPartij(tx, actor, g);
        await schrijfExtra(tx, id, invoer);
        return id;
      }),
    stadspuntVelden(invoer),
  );
}

export async function wijzigPartijStandaard(ctx: AppContext, actor: Actor, id: string, invoer: Invoer) {
  const [huidig] = await ctx.db
    .select({ soort: partijView.soort })
    .from(partijView)
    .where(eq(partijView.id, id));
  if (invoer.soortPartij !== huidig.soort)
    throw ongeldigVeld('soortPartij', 'De soort van een bestaande partij wijzigt niet.');
  const sleutels = sleutelsUit(invoer.partijIdentificatoren ?? [], invoer.soortPartij, identificatorVeld);
  const naam = await naamVoor(ctx, invoer, sleutels);
  const { soort: _, ...g } = gegevens(invoer, sleutels, naam);
  await alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        await controleerKoppelingen(tx, id, invoer);
        await wijzigPartij(tx, actor, id, g);
        await schrijfExtra(tx, id, invoer);
      }),
    stadspuntVelden(invoer),
  );
}

export async function verwijderPartijStandaard(ctx: AppContext, actor: Actor, id: string) {
  await alsStandaard(() => ctx.db.transaction((tx) => verwijderPartij(tx, actor, id)));
  return undefined;
}
