import { asc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { partijView } from '../../partijen/views';
import { type Bron, filterSchema as f, filter, type Json, ref, urlVan, type Weergave, zoekIn } from '../bron';
import { partijMetIdentificator } from '../identificatoren';
import {
  maakDigitaalAdres,
  verwijderDigitaalAdres,
  wijzigDigitaalAdres,
} from '../operations/digitale-adressen';
import { digitaalAdresInvoer } from '../schemas';
import { betrokkeneUnie, digitaalAdresUnie as u } from '../unies';
import { betrokkenen } from './betrokkenen';

const qb = new QueryBuilder();

export type DigitaalAdresRij = Awaited<ReturnType<typeof leesRijen>>[number];

const leesRijen = (db: Queryable, ids: string[]) => db.select().from(u).where(inArray(u.id, ids));

function toon(r: DigitaalAdresRij, w: Weergave): Json {
  return {
    uuid: r.id,
    url: urlVan(w, 'digitaleadressen', r.id),
    verstrektDoorBetrokkene: ref(w, 'betrokkenen', r.betrokkeneId),
    verstrektDoorPartij: ref(w, 'partijen', r.partijId),
    adres: r.adres,
    soortDigitaalAdres: r.soort,
    isStandaardAdres: r.isStandaardAdres,
    omschrijving: r.omschrijving.slice(0, 40),
    ...(r.referentie ? { referentie: r.referentie } : {}),
    verificatieDatum: r.verificatieDatum,
  };
}

const partijFilter = (veld: 'codeObjecttype' | 'codeRegister' | 'codeSoortObjectId' | 'objectId') =>
  filter(f.tekst, (v: string) => partijMetIdentificator(u.partijId, { [veld]: v }));

export const digitaleAdressen: Bron<DigitaalAdresRij> = {
  pad: 'digitaleadressen',
  naam: 'Dit digitaal adres',
  filters: {
    adres: filter(f.tekst, (v: string) => eq(u.adres, v)),
    adres__icontains: filter(f.tekst, (v: string) => bevat(sql`${u.adres}`, v)),
    isGeverifieerd: filter(f.bool, (v: boolean) =>
      v ? isNotNull(u.verificatieDatum) : isNull(u.verificatieDatum),
    ),
    isStandaardAdres: filter(f.bool, (v: boolean) => eq(u.isStandaardAdres, v)),
    omschrijving: filter(f.tekst, (v: string) => eq(u.omschrijving, v)),
    referentie: filter(f.tekst, (v: string) => eq(u.referentie, v)),
    soortDigitaalAdres: filter(f.tekst, (v: string) => eq(u.soort, v)),
    verificatieDatum: filter(f.datum, (v: string) => eq(u.verificatieDatum, v)),
    verificatieDatum__gt: filter(f.datum, (v: string) => gt(u.verificatieDatum, v)),
    verificatieDatum__gte: filter(f.datum, (v: string) => gte(u.verificatieDatum, v)),
    verificatieDatum__lt: filter(f.datum, (v: string) => lt(u.verificatieDatum, v)),
    verificatieDatum__lte: filter(f.datum, (v: string) => lte(u.verificatieDatum, v)),
    verstrektDoorBetrokkene__rol: filter(f.tekst, (v: string) =>
      inArray(
        u.betrokkeneId,
        qb
          .select({ id: betrokkeneUnie.id })
          .from(betrokkeneUnie)
          .where(eq(betrokkeneUnie.rol, v as 'klant')),
      ),
    ),
    verstrektDoorBetrokkene__url: filter(f.url, (v: string) => eq(u.betrokkeneId, v)),
    verstrektDoorBetrokkene__uuid: filter(f.uuid, (v: string) => eq(u.betrokkeneId, v)),
    verstrektDoorPartij__partijIdentificator__codeObjecttype: partijFilter('codeObjecttype'),
    verstrektDoorPartij__partijIdentificator__codeRegister: partijFilter('codeRegister'),
    verstrektDoorPartij__partijIdentificator__codeSoortObjectId: partijFilter('codeSoortObjectId'),
    verstrektDoorPartij__partijIdentificator__objectId: partijFilter('objectId'),
    verstrektDoorPartij__soortPartij: filter(f.tekst, (v: string) =>
      inArray(u.partijId, sql`(select ${partijView.id} from ${partijView} where ${partijView.soort} = ${v})`),
    ),
    verstrektDoorPartij__url: filter(f.url, (v: string) => eq(u.partijId, v)),
    verstrektDoorPartij__uuid: filter(f.uuid, (v: string) => eq(u.partijId, v)),
  },
  expandPaden: [
    'verstrektDoorBetrokkene',
    'verstrektDoorBetrokkene.hadKlantcontact',
    'verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken',
  ],
  relaties: { verstrektDoorBetrokkene: { bron: () => betrokkenen, ids: (r) => r.betrokkeneId } },
  zoek: (db, waar, limit, offset) => zoekIn(db, u, u.id, [asc(u.id)], waar, limit, offset),
  lees: leesRijen,
  toon,
  schrijven: {
    invoer: digitaalAdresInvoer,
    maak: maakDigitaalAdres,
    wijzig: wijzigDigitaalAdres,
    verwijder: verwijderDigitaalAdres,
  },
};
