import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { groepeer } from '../../../../shared/groepeer';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { maskeerBsn } from '../../../policies';
import { partijView } from '../../partijen/views';
import {
  type Bron,
  filterSchema as f,
  filter,
  type Json,
  ref,
  refs,
  urlVan,
  type Weergave,
  zoekIn,
} from '../bron';
import {
  groepstype,
  identificatorenVan,
  identificatorId,
  identificatorWaar,
  type SoortObjectId,
} from '../identificatoren';
import { maakPartij, verwijderPartijStandaard, wijzigPartijStandaard } from '../operations/partijen';
import { kiCategorie, kiCategorieRelatie, kiPartij, kiRekeningnummer, kiVertegenwoordiging } from '../schema';
import { partijInvoer } from '../schemas';
import { betrokkeneUnie, digitaalAdresUnie } from '../unies';
import { betrokkenen } from './betrokkenen';
import { categorieRelaties } from './categorieen';
import { digitaleAdressen } from './digitale-adressen';

const velden = {
  id: partijView.id,
  soort: partijView.soort,
  naam: partijView.naam,
  bsn: partijView.bsn,
  kvkNummer: partijView.kvkNummer,
  vestigingsnummer: partijView.vestigingsnummer,
  rsin: partijView.rsin,
  organisatieId: partijView.organisatieId,
};

type Basis = { [K in keyof typeof velden]: (typeof velden)[K]['_']['data'] | null } & { id: string };

export interface PartijRij extends Basis {
  soort: 'persoon' | 'organisatie' | 'contactpersoon';
  naam: string;
  extra: typeof kiPartij.$inferSelect | null;
  digitaleAdressen: string[];
  betrokkenen: string[];
  categorieRelaties: {
    id: string;
    naam: string | null;
    beginDatum: string | null;
    eindDatum: string | null;
  }[];
  vertegenwoordigden: string[];
  rekeningnummers: string[];
}

async function lees(db: Queryable, ids: string[]): Promise<PartijRij[]> {
  const rijen = await db
    .select({ ...velden, extra: kiPartij })
    .from(partijView)
    .leftJoin(kiPartij, eq(kiPartij.partijId, partijView.id))
    .where(inArray(partijView.id, ids));
  if (rijen.length === 0) return [];
  const adressen = groepeer(
    await db
      .select({ id: digitaalAdresUnie.id, van: digitaalAdresUnie.partijId })
      .from(digitaalAdresUnie)
      .where(inArray(digitaalAdresUnie.partijId, ids))
      .orderBy(asc(digitaalAdresUnie.id)),
    (r) => r.van,
  );
  const betrokken = groepeer(
    await db
      .select({ id: betrokkeneUnie.id, van: betrokkeneUnie.partijId })
      .from(betrokkeneUnie)
      .where(inArray(betrokkeneUnie.partijId, ids))
      .orderBy(asc(betrokkeneUnie.id)),
    (r) => r.van,
  );
  const relaties = groepeer(
    await db
      .select({
        id: kiCategorieRelatie.id,
        van: kiCategorieRelatie.partijId,
        naam: kiCategorie.naam,
        beginDatum: kiCategorieRelatie.beginDatum,
        eindDatum: kiCategorieRelatie.eindDatum,
      })
      .from(kiCategorieRelatie)
      .leftJoin(kiCategorie, eq(kiCategorie.id, kiCategorieRelatie.categorieId))
      .where(inArray(kiCategorieRelatie.partijId, ids))
      .orderBy(asc(kiCategorieRelatie.id)),
    (r) => r.van,
  );
  const vertegenwoordigd = groepeer(
    await db
      .select({
        id: kiVertegenwoordiging.vertegenwoordigdePartijId,
        van: kiVertegenwoordiging.vertegenwoordigendePartijId,
      })
      .from(kiVertegenwoordiging)
      .where(inArray(kiVertegenwoordiging.vertegenwoordigendePartijId, ids)),
    (r) => r.van,
  );
  const rekeningen = groepeer(
    await db
      .select({ id: kiRekeningnummer.id, van: kiRekeningnummer.partijId })
      .from(kiRekeningnummer)
      .where(inArray(kiRekeningnummer.partijId, ids))
      .orderBy(asc(kiRekeningnummer.aangemaakt)),
    (r) => r.van,
  );
  const idsVan = (m: Map<string, { id: string }[]>, id: string) => (m.get(id) ?? []).map((r) => r.id);
  return rijen.map((r) => ({
    ...r,
    digitaleAdressen: idsVan(adressen, r.id),
    betrokkenen: idsVan(betrokken, r.id),
    categorieRelaties: (relaties.get(r.id) ?? []).map(({ van: _, ...rel }) => rel),
    vertegenwoordigden: idsVan(vertegenwoordigd, r.id),
    rekeningnummers: idsVan(rekeningen, r.id),
  }));
}

export function toonIdentificator(w: Weergave, p: Basis, soort: SoortObjectId, objectId: string): Json {
  const id = identificatorId(p.id, soort);
  const kvk = soort === 'vestigingsnummer' && p.kvkNummer ? identificatorId(p.id, 'kvk_nummer') : null;
  return {
    uuid: id,
    url: urlVan(w, 'partij-identificatoren', id),
    identificeerdePartij: ref(w, 'partijen', p.id),
    anderePartijIdentificator: '',
    partijIdentificator: groepstype(
      soort,
      soort === 'bsn' && !w.volledigBsn ? maskeerBsn(objectId) : objectId,
    ),
    subIdentificatorVan: ref(w, 'partij-identificatoren', kvk),
  };
}

function partijIdentificatie(w: Weergave, p: PartijRij): Json {
  const contactnaam = p.extra?.contactnaam ?? null;
  if (p.soort === 'organisatie') return { naam: p.naam.slice(0, 200) };
  if (p.soort === 'persoon') return { contactnaam, volledigeNaam: p.naam };
  return {
    uuid: p.id,
    werkteVoorPartij: ref(w, 'partijen', p.organisatieId),
    contactnaam,
    volledigeNaam: p.naam,
  };
}

/** A preference that was removed since (e.g. on the party card) is no preference any more. */
const eigen = (ids: string[], id: string | null | undefined) => (id && ids.includes(id) ? id : null);

function toon(p: PartijRij, w: Weergave): Json {
  const e = p.extra;
  return {
    uuid: p.id,
    url: urlVan(w, 'partijen', p.id),
    nummer: e?.nummer ?? null,
    interneNotitie: e?.interneNotitie ?? '',
    betrokkenen: refs(w, 'betrokkenen', p.betrokkenen),
    categorieRelaties: p.categorieRelaties.map((r) => ({
      uuid: r.id,
      url: urlVan(w, 'categorie-relaties', r.id),
      categorieNaam: r.naam,
      beginDatum: r.beginDatum,
      eindDatum: r.eindDatum,
    })),
    digitaleAdressen: refs(w, 'digitaleadressen', p.digitaleAdressen),
    voorkeursDigitaalAdres: ref(
      w,
      'digitaleadressen',
      eigen(p.digitaleAdressen, e?.voorkeursDigitaalAdresId),
    ),
    vertegenwoordigden: refs(w, 'partijen', p.vertegenwoordigden),
    rekeningnummers: refs(w, 'rekeningnummers', p.rekeningnummers),
    voorkeursRekeningnummer: ref(
      w,
      'rekeningnummers',
      eigen(p.rekeningnummers, e?.voorkeursRekeningnummerId),
    ),
    partijIdentificatoren: identificatorenVan(p).map((i) => toonIdentificator(w, p, i.soort, i.waarde)),
    soortPartij: p.soort,
    indicatieGeheimhouding: e?.indicatieGeheimhouding ?? null,
    voorkeurstaal: e?.voorkeurstaal ?? '',
    indicatieActief: e?.indicatieActief ?? true,
    bezoekadres: e?.bezoekadres ?? null,
    correspondentieadres: e?.correspondentieadres ?? null,
    partijIdentificatie: partijIdentificatie(w, p),
  };
}

/** Showing a BSN through the standard is a read of personal data: one audit line per answer. */
export async function bsnsGelezen(ctx: AppContext, actor: Actor, partijIds: string[]) {
  if (partijIds.length === 0) return;
  await audit(ctx.db, actor, {
    actie: 'klantinteracties.partijen-gelezen',
    objectType: 'partij',
    objectId: partijIds.length === 1 ? partijIds[0] : null,
    persoonsgegevens: true,
    details: { partijIds },
  });
}

/** Parties with a ki_partij row matching a condition. */
const metExtra = (waar: SQL) =>
  inArray(partijView.id, sql`(select ${kiPartij.partijId} from ${kiPartij} where ${waar})`);
const adresFilter = (
  kolom: typeof kiPartij.bezoekadres | typeof kiPartij.correspondentieadres,
  veld: string,
) => filter(f.tekst, (v: string) => metExtra(sql`${kolom}->>${veld} = ${v}`));
const extraMetStandaard = (kolom: SQL, standaard: SQL) =>
  sql`coalesce((select ${kolom} from ${kiPartij} where ${kiPartij.partijId} = ${partijView.id}), ${standaard})`;

/** Vestigingen under a KvK-nummer: the standard's subIdentificatorVan is the KvK identificator. */
function subIdentificator(veld: 'codeObjecttype' | 'codeRegister' | 'codeSoortObjectId' | 'objectId') {
  const kvk = groepstype('kvk_nummer', '');
  return filter(f.tekst, (v: string) => {
    if (veld !== 'objectId' && kvk[veld] !== v) return sql`false`;
    return and(
      eq(partijView.soort, 'organisatie'),
      isNotNull(partijView.vestigingsnummer),
      veld === 'objectId' ? eq(partijView.kvkNummer, v) : isNotNull(partijView.kvkNummer),
    );
  });
}

const vertegenwoordigt = (id: string) =>
  inArray(
    partijView.id,
    sql`(select ${kiVertegenwoordiging.vertegenwoordigendePartijId} from ${kiVertegenwoordiging}
      where ${kiVertegenwoordiging.vertegenwoordigdePartijId} = ${id})`,
  );

export const partijen: Bron<PartijRij> = {
  pad: 'partijen',
  naam: 'Deze partij',
  filters: {
    bezoekadresAdresregel1: adresFilter(kiPartij.bezoekadres, 'adresregel1'),
    bezoekadresAdresregel2: adresFilter(kiPartij.bezoekadres, 'adresregel2'),
    bezoekadresAdresregel3: adresFilter(kiPartij.bezoekadres, 'adresregel3'),
    bezoekadresLand: adresFilter(kiPartij.bezoekadres, 'land'),
    bezoekadresNummeraanduidingId: adresFilter(kiPartij.bezoekadres, 'nummeraanduidingId'),
    correspondentieadresAdresregel1: adresFilter(kiPartij.correspondentieadres, 'adresregel1'),
    correspondentieadresAdresregel2: adresFilter(kiPartij.correspondentieadres, 'adresregel2'),
    correspondentieadresAdresregel3: adresFilter(kiPartij.correspondentieadres, 'adresregel3'),
    correspondentieadresLand: adresFilter(kiPartij.correspondentieadres, 'land'),
    correspondentieadresNummeraanduidingId: adresFilter(kiPartij.correspondentieadres, 'nummeraanduidingId'),
    categorierelatie__categorie__naam: filter(f.tekst, (v: string) =>
      inArray(
        partijView.id,
        sql`(select ${kiCategorieRelatie.partijId} from ${kiCategorieRelatie}
          join ${kiCategorie} on ${kiCategorie.id} = ${kiCategorieRelatie.categorieId} where ${kiCategorie.naam} = ${v})`,
      ),
    ),
    indicatieActief: filter(
      f.bool,
      (v: boolean) => sql`${extraMetStandaard(sql`${kiPartij.indicatieActief}`, sql`true`)} = ${v}`,
    ),
    indicatieGeheimhouding: filter(
      f.bool,
      (v: boolean) => sql`${extraMetStandaard(sql`${kiPartij.indicatieGeheimhouding}`, sql`null`)} = ${v}`,
    ),
    nummer: filter(f.tekst, (v: string) => metExtra(sql`${kiPartij.nummer} = ${v}`)),
    partijIdentificator__codeObjecttype: filter(f.tekst, (v: string) =>
      identificatorWaar({ codeObjecttype: v }),
    ),
    partijIdentificator__codeRegister: filter(f.tekst, (v: string) => identificatorWaar({ codeRegister: v })),
    partijIdentificator__codeSoortObjectId: filter(f.tekst, (v: string) =>
      identificatorWaar({ codeSoortObjectId: v }),
    ),
    partijIdentificator__objectId: filter(f.tekst, (v: string) => identificatorWaar({ objectId: v })),
    soortPartij: filter(f.tekst, (v: string) => eq(partijView.soort, v as 'persoon')),
    subIdentificatorVan__codeObjecttype: subIdentificator('codeObjecttype'),
    subIdentificatorVan__codeRegister: subIdentificator('codeRegister'),
    subIdentificatorVan__codeSoortObjectId: subIdentificator('codeSoortObjectId'),
    subIdentificatorVan__objectId: subIdentificator('objectId'),
    vertegenwoordigdePartij__url: filter(f.url, vertegenwoordigt),
    vertegenwoordigdePartij__uuid: filter(f.uuid, vertegenwoordigt),
  },
  expandPaden: ['betrokkenen', 'betrokkenen.hadKlantcontact', 'categorieRelaties', 'digitaleAdressen'],
  relaties: {
    betrokkenen: { bron: () => betrokkenen, ids: (r) => r.betrokkenen },
    categorieRelaties: { bron: () => categorieRelaties, ids: (r) => r.categorieRelaties.map((c) => c.id) },
    digitaleAdressen: { bron: () => digitaleAdressen, ids: (r) => r.digitaleAdressen },
  },
  zoek: (db, waar, limit, offset) =>
    zoekIn(db, partijView, partijView.id, [asc(partijView.id)], waar, limit, offset),
  lees,
  toon,
  gelezen: (ctx, actor, rijen) =>
    bsnsGelezen(
      ctx,
      actor,
      rijen.filter((r) => r.bsn).map((r) => r.id),
    ),
  schrijven: {
    invoer: partijInvoer,
    maak: maakPartij,
    wijzig: wijzigPartijStandaard,
    verwijder: verwijderPartijStandaard,
  },
};
