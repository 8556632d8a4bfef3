import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { groepeer } from '../../../../shared/groepeer';
import type { Queryable } from '../../../platform/db/client';
import { partijNaamSql } from '../../partijen/bestaat';
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
import { partijMetIdentificator } from '../identificatoren';
import { maakBetrokkene, verwijderBetrokkene, wijzigBetrokkene } from '../operations/betrokkenen';
import { kiKlantcontact, kiPartij } from '../schema';
import { betrokkeneInvoer, naamVan } from '../schemas';
import { digitaalAdresUnie, betrokkeneUnie as u } from '../unies';
import { digitaleAdressen } from './digitale-adressen';
import { klantcontacten } from './klantcontacten';
import { partijen } from './partijen';

const qb = new QueryBuilder();

async function lees(db: Queryable, ids: string[]) {
  const rijen = await db
    .select({
      ...u._.selectedFields,
      partijNaam: partijNaamSql(u.partijId),
    })
    .from(u)
    .where(inArray(u.id, ids));
  const adressen = groepeer(
    await db
      .select({ id: digitaalAdresUnie.id, van: digitaalAdresUnie.betrokkeneId })
      .from(digitaalAdresUnie)
      .where(inArray(digitaalAdresUnie.betrokkeneId, ids))
      .orderBy(asc(digitaalAdresUnie.id)),
    (r) => r.van,
  );
  return rijen.map((r) => ({ ...r, digitaleAdressen: (adressen.get(r.id) ?? []).map((a) => a.id) }));
}

export type BetrokkeneRij = Awaited<ReturnType<typeof lees>>[number];

function toon(r: BetrokkeneRij, w: Weergave): Json {
  return {
    uuid: r.id,
    url: urlVan(w, 'betrokkenen', r.id),
    wasPartij: ref(w, 'partijen', r.partijId),
    hadKlantcontact: ref(w, 'klantcontacten', r.klantcontactId),
    digitaleAdressen: refs(w, 'digitaleadressen', r.digitaleAdressen),
    bezoekadres: r.bezoekadres,
    correspondentieadres: r.correspondentieadres,
    contactnaam: r.contactnaam,
    volledigeNaam: naamVan(r.contactnaam) || r.partijNaam || '',
    rol: r.rol,
    organisatienaam: r.organisatienaam,
    initiator: r.initiator,
  };
}

const contactnaam = (deel: string) => filter(f.tekst, (v: string) => sql`${u.contactnaam}->>${deel} = ${v}`);
const metKlantcontact = (waar: SQL) =>
  inArray(
    u.klantcontactId,
    sql`(select ${kiKlantcontact.klantcontactId} from ${kiKlantcontact} where ${waar})`,
  );
const metAdres = (waar: SQL) =>
  inArray(u.id, qb.select({ id: digitaalAdresUnie.betrokkeneId }).from(digitaalAdresUnie).where(waar));
const partijFilter = (veld: 'codeObjecttype' | 'codeRegister' | 'codeSoortObjectId' | 'objectId') =>
  filter(f.tekst, (v: string) => partijMetIdentificator(u.partijId, { [veld]: v }));

export const betrokkenen: Bron<BetrokkeneRij> = {
  pad: 'betrokkenen',
  naam: 'Deze betrokkene',
  filters: {
    contactnaamAchternaam: contactnaam('achternaam'),
    contactnaamVoorletters: contactnaam('voorletters'),
    contactnaamVoornaam: contactnaam('voornaam'),
    contactnaamVoorvoegselAchternaam: contactnaam('voorvoegselAchternaam'),
    hadKlantcontact__nummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.nummer} = ${v}`),
    ),
    hadKlantcontact__referentienummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.referentienummer} = ${v}`),
    ),
    hadKlantcontact__url: filter(f.url, (v: string) => eq(u.klantcontactId, v)),
    hadKlantcontact__uuid: filter(f.uuid, (v: string) => eq(u.klantcontactId, v)),
    organisatienaam: filter(f.tekst, (v: string) => eq(u.organisatienaam, v)),
    verstrektedigitaalAdres__adres: filter(f.tekst, (v: string) => metAdres(eq(digitaalAdresUnie.adres, v))),
    verstrektedigitaalAdres__url: filter(f.url, (v: string) => metAdres(eq(digitaalAdresUnie.id, v))),
    verstrektedigitaalAdres__uuid: filter(f.uuid, (v: string) => metAdres(eq(digitaalAdresUnie.id, v))),
    wasPartij__nummer: filter(f.tekst, (v: string) =>
      inArray(
        u.partijId,
        sql`(select ${kiPartij.partijId} from ${kiPartij} where ${kiPartij.nummer} = ${v})`,
      ),
    ),
    wasPartij__partijIdentificator__codeObjecttype: partijFilter('codeObjecttype'),
    wasPartij__partijIdentificator__codeRegister: partijFilter('codeRegister'),
    wasPartij__partijIdentificator__codeSoortObjectId: partijFilter('codeSoortObjectId'),
    wasPartij__partijIdentificator__objectId: partijFilter('objectId'),
    wasPartij__url: filter(f.url, (v: string) => eq(u.partijId, v)),
    wasPartij__uuid: filter(f.uuid, (v: string) => eq(u.partijId, v)),
  },
  expandPaden: ['digitaleAdressen'],
  relaties: {
    digitaleAdressen: { bron: () => digitaleAdressen, ids: (r) => r.digitaleAdressen },
    hadKlantcontact: { bron: () => klantcontacten, ids: (r) => r.klantcontactId },
    wasPartij: { bron: () => partijen, ids: (r) => r.partijId },
  },
  zoek: (db, waar, limit, offset) => zoekIn(db, u, u.id, [asc(u.id)], waar, limit, offset),
  lees,
  toon,
  schrijven: {
    invoer: betrokkeneInvoer,
    maak: maakBetrokkene,
    wijzig: wijzigBetrokkene,
    verwijder: verwijderBetrokkene,
  },
};
