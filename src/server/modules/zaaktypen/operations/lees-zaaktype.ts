import { and, asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { naElkaar } from '../../../platform/db/na-elkaar';
import { bevat } from '../../../platform/db/zoek';
import { offset, sortering } from '../../../platform/http/lijst';
import { nietGevonden } from '../../../platform/http/problem';
import { productNaamSql } from '../../catalogus/producten';
import { findTeam, teamNaamSql } from '../../organisatie/operations/team-lezen';
import { geldigOp, getZaaktype, levertProduct } from '../lezen';
import {
  besluittype,
  informatieobjecttype,
  selectielijstResultaat,
  zaaktype,
  zaaktypeBesluittype,
  zaaktypeInformatieobjecttype,
  zaaktypeProduct,
} from '../schema';
import type { ZaaktypeUit, zaaktypenQuery } from '../schemas';

const samenvatting = {
  id: zaaktype.id,
  identificatie: zaaktype.identificatie,
  omschrijving: zaaktype.omschrijving,
  doorlooptijd: zaaktype.doorlooptijd,
  servicenorm: zaaktype.servicenorm,
  concept: zaaktype.concept,
  beginGeldigheid: zaaktype.beginGeldigheid,
  eindeGeldigheid: zaaktype.eindeGeldigheid,
  teamId: zaaktype.teamId,
  teamNaam: teamNaamSql(zaaktype.teamId),
  versie: zaaktype.versie,
};

export async function listZaaktypen(db: Queryable, q: (typeof zaaktypenQuery)['_output']) {
  const voorwaarden: (SQL | undefined)[] = [
    q.q ? or(bevat(zaaktype.omschrijving, q.q), bevat(zaaktype.identificatie, q.q)) : undefined,
    q.status ? eq(zaaktype.concept, q.status === 'concept') : undefined,
    q.productId ? levertProduct(q.productId) : undefined,
    q.geldigOp ? geldigOp(q.geldigOp) : undefined,
  ];
  const waar = and(...voorwaarden);
  const volgorde = sortering(
    q.sort,
    {
      omschrijving: zaaktype.omschrijving,
      identificatie: zaaktype.identificatie,
      beginGeldigheid: zaaktype.beginGeldigheid,
    },
    'omschrijving',
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select(samenvatting)
      .from(zaaktype)
      .where(waar)
      .orderBy(...volgorde, asc(zaaktype.beginGeldigheid), asc(zaaktype.id))
      .limit(q.pageSize)
      .offset(offset(q)),
    db.select({ total: count() }).from(zaaktype).where(waar),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A zaaktype version with everything the beheerder sees: every part, its products and team. */
export async function findZaaktypeVolledig(db: Queryable, id: string): Promise<ZaaktypeUit | undefined> {
  const zt = await getZaaktype(db, id);
  if (!zt) return undefined;
  const klassen = zt.resultaattypen.map((r) => r.selectielijstklasse).filter(Boolean);
  const [producten, informatieobjecttypen, besluittypen, namen, team] = await naElkaar([
    db
      .select({
        id: zaaktypeProduct.productId,
        naam: sql<string>`coalesce(${productNaamSql(zaaktypeProduct.productId, { inactief: true })}, '')`,
      })
      .from(zaaktypeProduct)
      .where(eq(zaaktypeProduct.zaaktypeId, id)),
    db
      .select({
        id: informatieobjecttype.id,
        omschrijving: informatieobjecttype.omschrijving,
        categorie: informatieobjecttype.categorie,
        vertrouwelijkheid: informatieobjecttype.vertrouwelijkheid,
        richting: zaaktypeInformatieobjecttype.richting,
        volgnummer: zaaktypeInformatieobjecttype.volgnummer,
      })
      .from(zaaktypeInformatieobjecttype)
      .innerJoin(
        informatieobjecttype,
        eq(informatieobjecttype.id, zaaktypeInformatieobjecttype.informatieobjecttypeId),
      )
      .where(eq(zaaktypeInformatieobjecttype.zaaktypeId, id))
      .orderBy(asc(zaaktypeInformatieobjecttype.volgnummer)),
    db
      .select({
        id: besluittype.id,
        omschrijving: besluittype.omschrijving,
        besluitcategorie: besluittype.besluitcategorie,
        reactietermijn: besluittype.reactietermijn,
        publicatieIndicatie: besluittype.publicatieIndicatie,
        toelichting: besluittype.toelichting,
      })
      .from(zaaktypeBesluittype)
      .innerJoin(besluittype, eq(besluittype.id, zaaktypeBesluittype.besluittypeId))
      .where(eq(zaaktypeBesluittype.zaaktypeId, id))
      .orderBy(asc(besluittype.omschrijving)),
    klassen.length
      ? db
          .select({
            url: selectielijstResultaat.url,
            naam: selectielijstResultaat.naam,
            nummer: selectielijstResultaat.volledigNummer,
          })
          .from(selectielijstResultaat)
          .where(inArray(selectielijstResultaat.url, klassen))
      : [],
    zt.teamId ? findTeam(db, zt.teamId) : undefined,
  ]);
  const klasse = new Map(namen.map((k) => [k.url, `${k.nummer} ${k.naam}`]));
  const { besluittypeIds: _, ...rest } = zt;
  return {
    ...rest,
    teamNaam: team?.naam ?? null,
    producten: producten.sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    resultaattypen: zt.resultaattypen.map((r) => ({
      ...r,
      selectielijstNaam: klasse.get(r.selectielijstklasse) ?? null,
    })),
    informatieobjecttypen,
    besluittypen,
  };
}

export async function getZaaktypeVolledig(db: Queryable, id: string): Promise<ZaaktypeUit> {
  const zt = await findZaaktypeVolledig(db, id);
  if (!zt) throw nietGevonden('Dit zaaktype');
  return zt;
}
