import { asc, desc, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import { type PgColumn, QueryBuilder } from 'drizzle-orm/pg-core';
import { groepeer } from '../../../../shared/groepeer';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { klantcontactView, vraagView } from '../../klantcontacten/views';
import {
  type Bron,
  filterSchema as f,
  filter,
  type Json,
  refs,
  urlVan,
  type Weergave,
  zoekIn,
} from '../bron';
import { identificatorFilters } from '../eigen-tabel';
import { partijMetIdentificator } from '../identificatoren';
import { maakKlantcontact, verwijderKlantcontact, wijzigKlantcontact } from '../operations/klantcontacten';
import { kiBijlage, kiKlantcontact, kiOnderwerpobject } from '../schema';
import { klantcontactInvoer } from '../schemas';
import { actorKlantcontactUnie, betrokkeneUnie, digitaalAdresUnie } from '../unies';
import { type ActorRij, actoren, toonActor } from './actoren';
import { betrokkenen } from './betrokkenen';
import { bijlagen } from './bijlagen';
import { heeftTaak, internetaken, takenVan } from './internetaken';
import { onderwerpobjecten } from './onderwerpobjecten';

const qb = new QueryBuilder();

const velden = {
  id: klantcontactView.id,
  kanaal: klantcontactView.kanaal,
  start: klantcontactView.start,
  status: klantcontactView.status,
  extra: kiKlantcontact,
};

async function lees(db: Queryable, ids: string[]) {
  const rijen = await db
    .select(velden)
    .from(klantcontactView)
    .leftJoin(kiKlantcontact, eq(kiKlantcontact.klantcontactId, klantcontactView.id))
    .where(inArray(klantcontactView.id, ids));
  if (rijen.length === 0) return [];
  const vragen = groepeer(
    await db
      .select({
        van: vraagView.klantcontactId,
        onderwerp: vraagView.onderwerp,
        vraag: vraagView.vraag,
        antwoord: vraagView.antwoord,
      })
      .from(vraagView)
      .where(inArray(vraagView.klantcontactId, ids))
      .orderBy(asc(vraagView.volgnummer)),
    (r) => r.van,
  );
  const ids_ = async (rijen: { id: string; van: string | null }[]) => groepeer(rijen, (r) => r.van);
  const betrokken = await ids_(
    await db
      .select({ id: betrokkeneUnie.id, van: betrokkeneUnie.klantcontactId })
      .from(betrokkeneUnie)
      .where(inArray(betrokkeneUnie.klantcontactId, ids))
      .orderBy(asc(betrokkeneUnie.id)),
  );
  const onderwerpen = await ids_(
    await db
      .select({ id: kiOnderwerpobject.id, van: kiOnderwerpobject.klantcontactId })
      .from(kiOnderwerpobject)
      .where(inArray(kiOnderwerpobject.klantcontactId, ids)),
  );
  const bijlagenVan = await ids_(
    await db
      .select({ id: kiBijlage.id, van: kiBijlage.klantcontactId })
      .from(kiBijlage)
      .where(inArray(kiBijlage.klantcontactId, ids)),
  );
  const koppelingen = await db
    .select({ actorId: actorKlantcontactUnie.actorId, van: actorKlantcontactUnie.klantcontactId })
    .from(actorKlantcontactUnie)
    .where(inArray(actorKlantcontactUnie.klantcontactId, ids));
  const actorIds = [...new Set(koppelingen.map((k) => k.actorId))];
  const actorRijen = new Map((actorIds.length ? await actoren.lees(db, actorIds) : []).map((a) => [a.id, a]));
  const taken = await ids_(await takenVan(db, ids));
  const van = (m: Map<string, { id: string }[]>, id: string) => (m.get(id) ?? []).map((r) => r.id);
  return rijen.map((r) => ({
    ...r,
    vragen: vragen.get(r.id) ?? [],
    betrokkenen: van(betrokken, r.id),
    onderwerpobjecten: van(onderwerpen, r.id),
    bijlagen: van(bijlagenVan, r.id),
    actoren: koppelingen.flatMap((k) =>
      k.van === r.id ? (actorRijen.get(k.actorId) ?? []) : [],
    ) as ActorRij[],
    interneTaken: van(taken, r.id),
  }));
}

export type KlantcontactRij = Awaited<ReturnType<typeof lees>>[number];

/** Several questions of one Stadspunt contact show as one onderwerp, inhoud and reactie. */
const samen = (delen: string[], max: number, scheiding: string) =>
  delen.filter(Boolean).join(scheiding).slice(0, max);

function toon(r: KlantcontactRij, w: Weergave): Json {
  const e = r.extra;
  return {
    uuid: r.id,
    url: urlVan(w, 'klantcontacten', r.id),
    gingOverOnderwerpobjecten: refs(w, 'onderwerpobjecten', r.onderwerpobjecten),
    hadBetrokkenActoren: r.actoren.map((a) => toonActor(a, w)),
    omvatteBijlagen: refs(w, 'bijlagen', r.bijlagen),
    hadBetrokkenen: refs(w, 'betrokkenen', r.betrokkenen),
    leiddeTotInterneTaken: refs(w, 'internetaken', r.interneTaken),
    nummer: e?.nummer ?? null,
    referentienummer: e?.referentienummer ?? null,
    kanaal: r.kanaal,
    onderwerp: samen(
      r.vragen.map((v) => v.onderwerp),
      200,
      '; ',
    ),
    inhoud: samen(
      r.vragen.map((v) => v.vraag),
      1000,
      '\n\n',
    ),
    reactie: samen(
      r.vragen.map((v) => v.antwoord),
      4000,
      '\n\n',
    ),
    indicatieContactGelukt: e?.indicatieContactGelukt ?? null,
    ...(e?.hoofdOnderwerpType ? { hoofdOnderwerpType: e.hoofdOnderwerpType } : {}),
    verdereActieOndernomen: e?.verdereActieOndernomen ?? false,
    taal: e?.taal ?? 'nld',
    vertrouwelijk: e?.vertrouwelijk ?? false,
    plaatsgevondenOp: r.start.toISOString(),
    metadata: e?.metadata ?? {},
  };
}

const kcId = klantcontactView.id;
const metExtra = (waar: SQL) =>
  inArray(kcId, sql`(select ${kiKlantcontact.klantcontactId} from ${kiKlantcontact} where ${waar})`);
const extraOf = (kolom: SQL, standaard: SQL) =>
  sql`coalesce((select ${kolom} from ${kiKlantcontact} where ${kiKlantcontact.klantcontactId} = ${kcId}), ${standaard})`;
const metBetrokkene = (waar: SQL | undefined) =>
  inArray(kcId, qb.select({ id: betrokkeneUnie.klantcontactId }).from(betrokkeneUnie).where(waar));
const metVraag = (waar: SQL) =>
  exists(
    qb
      .select({ id: vraagView.id })
      .from(vraagView)
      .where(sql`${vraagView.klantcontactId} = ${kcId} and ${waar}`),
  );
const partijFilter = (veld: 'codeObjecttype' | 'codeRegister' | 'codeSoortObjectId' | 'objectId') =>
  filter(f.tekst, (v: string) =>
    metBetrokkene(partijMetIdentificator(betrokkeneUnie.partijId, { [veld]: v })),
  );

/** Filters on the onderwerpobjecten the contact was about (or that were it). */
function onderwerpFilters(prefix: string, kolom: PgColumn) {
  const via = (waar: SQL) => inArray(kcId, sql`(select ${kolom} from ${kiOnderwerpobject} where ${waar})`);
  const identificator = identificatorFilters(
    `${prefix}__onderwerpobjectidentificator`,
    kiOnderwerpobject.identificator,
  );
  return {
    ...Object.fromEntries(
      Object.entries(identificator).map(([naam, fl]) => [
        naam,
        filter(fl.schema, (v) => via(fl.waar(v) as SQL)),
      ]),
    ),
    [`${prefix}__url`]: filter(f.url, (v: string) => via(sql`${kiOnderwerpobject.id} = ${v}`)),
    [`${prefix}__uuid`]: filter(f.uuid, (v: string) => via(sql`${kiOnderwerpobject.id} = ${v}`)),
  };
}

export const klantcontacten: Bron<KlantcontactRij> = {
  pad: 'klantcontacten',
  naam: 'Dit klantcontact',
  filters: {
    hadBetrokkene__digitaaladres__adres__icontains: filter(f.tekst, (v: string) =>
      metBetrokkene(
        inArray(
          betrokkeneUnie.id,
          qb
            .select({ id: digitaalAdresUnie.betrokkeneId })
            .from(digitaalAdresUnie)
            .where(bevat(sql`${digitaalAdresUnie.adres}`, v)),
        ),
      ),
    ),
    hadBetrokkene__url: filter(f.url, (v: string) => metBetrokkene(eq(betrokkeneUnie.id, v))),
    hadBetrokkene__uuid: filter(f.uuid, (v: string) => metBetrokkene(eq(betrokkeneUnie.id, v))),
    hadBetrokkene__wasPartij: filter(f.bool, (v: boolean) =>
      v
        ? metBetrokkene(sql`${betrokkeneUnie.partijId} is not null`)
        : sql`not ${metBetrokkene(sql`${betrokkeneUnie.partijId} is not null`)}`,
    ),
    hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype: partijFilter('codeObjecttype'),
    hadBetrokkene__wasPartij__partijIdentificator__codeRegister: partijFilter('codeRegister'),
    hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId: partijFilter('codeSoortObjectId'),
    hadBetrokkene__wasPartij__partijIdentificator__objectId: partijFilter('objectId'),
    hadBetrokkene__wasPartij__url: filter(f.url, (v: string) =>
      metBetrokkene(eq(betrokkeneUnie.partijId, v)),
    ),
    hadBetrokkene__wasPartij__uuid: filter(f.uuid, (v: string) =>
      metBetrokkene(eq(betrokkeneUnie.partijId, v)),
    ),
    indicatieContactGelukt: filter(
      f.bool,
      (v: boolean) => sql`${extraOf(sql`${kiKlantcontact.indicatieContactGelukt}`, sql`null`)} = ${v}`,
    ),
    inhoud: filter(f.tekst, (v: string) => metVraag(bevat(vraagView.vraag, v))),
    kanaal: filter(f.tekst, (v: string) => eq(klantcontactView.kanaal, v as 'telefoon')),
    leiddeTotInterneTaken: filter(f.bool, heeftTaak),
    nummer: filter(f.tekst, (v: string) => metExtra(sql`${kiKlantcontact.nummer} = ${v}`)),
    onderwerp: filter(f.tekst, (v: string) => metVraag(sql`${vraagView.onderwerp} = ${v}`)),
    ...onderwerpFilters('onderwerpobject', kiOnderwerpobject.klantcontactId),
    plaatsgevondenOp: filter(f.tijdstip, (v: string) => eq(klantcontactView.start, new Date(v))),
    reactie: filter(f.tekst, (v: string) => metVraag(sql`${vraagView.antwoord} = ${v}`)),
    referentienummer: filter(f.tekst, (v: string) =>
      metExtra(sql`${kiKlantcontact.referentienummer} = ${v}`),
    ),
    vertrouwelijk: filter(
      f.bool,
      (v: boolean) => sql`${extraOf(sql`${kiKlantcontact.vertrouwelijk}`, sql`false`)} = ${v}`,
    ),
    ...onderwerpFilters('wasOnderwerpobject', kiOnderwerpobject.wasKlantcontactId),
  },
  expandPaden: [
    'gingOverOnderwerpobjecten',
    'hadBetrokkenen',
    'hadBetrokkenen.digitaleAdressen',
    'hadBetrokkenen.wasPartij',
    'leiddeTotInterneTaken',
    'omvatteBijlagen',
  ],
  relaties: {
    gingOverOnderwerpobjecten: { bron: () => onderwerpobjecten, ids: (r) => r.onderwerpobjecten },
    hadBetrokkenen: { bron: () => betrokkenen, ids: (r) => r.betrokkenen },
    leiddeTotInterneTaken: { bron: () => internetaken, ids: (r) => r.interneTaken },
    omvatteBijlagen: { bron: () => bijlagen, ids: (r) => r.bijlagen },
  },
  zoek: (db, waar, limit, offset) =>
    zoekIn(
      db,
      klantcontactView,
      klantcontactView.id,
      [desc(klantcontactView.start), asc(klantcontactView.id)],
      waar,
      limit,
      offset,
    ),
  lees,
  toon,
  schrijven: {
    invoer: klantcontactInvoer,
    maak: maakKlantcontact,
    wijzig: wijzigKlantcontact,
    verwijder: verwijderKlantcontact,
  },
};
