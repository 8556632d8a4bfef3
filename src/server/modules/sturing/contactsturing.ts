import { type SQL, sql } from 'drizzle-orm';
import { maandagVan, plusDagen } from '../../../shared/dagen';
import { groepeer } from '../../../shared/groepeer';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../platform/db/client';
import { productNaamSql } from '../catalogus/producten';
import { isoWeek, laatsteWeken, type Periode } from '../contactverzoeken/rapportage/perioden';
import { gekozenPeriode } from '../contactverzoeken/rapportage/rapport';
import { type Kanaal, kanalen } from '../klantcontacten/waarden';
import { medewerkerNaamSql } from '../organisatie/operations/medewerker-lezen';
import { getTeam, teamNaamSql } from '../organisatie/operations/team-lezen';
import { type Fcrtelling, fcrAandelen, HERHAALTERMIJN_DAGEN, leegFcr } from './fcr';
import { kanaalmix } from './kanaalmix';
import { standVan } from './operations/bijwerken';
import {
  sturingContactdag,
  sturingMedewerkerdag,
  sturingOrganisatieproductdag,
  sturingProductdag,
} from './schema';

/** Without a chosen period: the last 12 ISO weeks up to today. */
const STANDAARDWEKEN = 12;

export type Week = Periode & { week: string };

/** The ISO weeks a period touches, each cut to the period. */
export function wekenVan(p: Periode): Week[] {
  const weken: Week[] = [];
  for (let maandag = maandagVan(p.van); maandag <= p.tot; maandag = plusDagen(maandag, 7)) {
    const zondag = plusDagen(maandag, 6);
    weken.push({
      week: isoWeek(maandag),
      van: [maandag, p.van].sort()[1],
      tot: [zondag, p.tot].sort()[0],
    });
  }
  return weken;
}

type Telling = Fcrtelling & { kanaal: Kanaal | null };

const fcrKolommen = (d: SQL) =>
  sql`sum(${d}.contacten)::int as contacten, sum(${d}.beantwoord)::int as beantwoord,
    sum(${d}.bekend)::int as bekend, sum(${d}.opgelost)::int as opgelost`;

function somFcr(rijen: readonly Fcrtelling[]): Fcrtelling {
  const t = leegFcr();
  for (const r of rijen) {
    t.contacten += r.contacten;
    t.beantwoord += r.beantwoord;
    t.bekend += r.bekend;
    t.opgelost += r.opgelost;
  }
  return t;
}

const mixVan = (rijen: readonly Telling[]) =>
  kanaalmix(new Map(rijen.map((r) => [r.kanaal as Kanaal, r.contacten])));

export const opNaam =
  <T>(naam: (t: T) => string | null) =>
  (a: T, b: T) =>
    (naam(a) ?? '').localeCompare(naam(b) ?? '', 'nl');

const perGroep = <R extends { g: number }>(rijen: readonly R[], g: number) => rijen.filter((r) => r.g === g);

/** The rows of the rollups in the period, of one team or all: a filter on the (team_id, dag) index or on dag. */
const binnen = (p: Periode, teamId: string | null) =>
  sql`d.dag >= ${p.van}::date and d.dag <= ${p.tot}::date${teamId ? sql` and d.team_id = ${teamId}` : sql``}`;

/** Bit per column left out of the grouping set, as `grouping(dag, kanaal, team_id)` gives it. */
const ALS = { dag: 3, dagKanaal: 1, kanaal: 5, team: 6 } as const;

function perKanaalEnTeam(db: Queryable, p: Periode, teamId: string | null) {
  return rijen<Telling & { g: number; dag: string; teamId: string | null; teamNaam: string | null }>(
    db,
    sql`select grouping(d.dag, d.kanaal, d.team_id)::int as g, d.dag::text as dag, d.kanaal, d.team_id::text as "teamId",
        case when grouping(d.team_id) = 0 then ${teamNaamSql(sql`d.team_id`)} end as "teamNaam", ${fcrKolommen(sql`d`)}
      from ${sturingContactdag} d where ${binnen(p, teamId)}
      group by grouping sets ((d.dag), (d.dag, d.kanaal), (d.kanaal), (d.team_id))`,
  );
}

const perMedewerker = (db: Queryable, p: Periode, teamId: string | null) =>
  rijen<Fcrtelling & { medewerkerId: string | null; medewerkerNaam: string | null }>(
    db,
    sql`select d.medewerker_id::text as "medewerkerId", ${medewerkerNaamSql(sql`d.medewerker_id`)} as "medewerkerNaam",
        ${fcrKolommen(sql`d`)}
      from ${sturingMedewerkerdag} d where ${binnen(p, teamId)} group by d.medewerker_id`,
  );

/** A team's products from its own rows; the organisation's from the rows without team, a fraction as many. */
const perProduct = (db: Queryable, p: Periode, teamId: string | null) =>
  rijen<Telling & { g: number; productId: string; productNaam: string | null }>(
    db,
    sql`select grouping(d.kanaal)::int as g, d.product_id::text as "productId", d.kanaal,
        case when grouping(d.kanaal) = 1 then ${productNaamSql(sql`d.product_id`, { inactief: true })} end as "productNaam",
        ${fcrKolommen(sql`d`)}
      from ${teamId ? sturingProductdag : sturingOrganisatieproductdag} d where ${binnen(p, teamId)}
      group by grouping sets ((d.product_id), (d.product_id, d.kanaal))`,
  );

/** The days of the period summed per ISO week (cut to the period), every week shown. */
function perWeek<D extends { dag: string }, T>(weken: Week[], dagen: readonly D[], som: (dagen: D[]) => T) {
  return weken.map((w) => ({ ...w, ...som(dagen.filter((d) => d.dag >= w.van && d.dag <= w.tot)) }));
}

/** FCR and channel mix of a period in totals: for the management report. */
export async function contacttotalen(db: Queryable, p: Periode, teamId: string | null) {
  const perKanaal = await rijen<Telling>(
    db,
    sql`select d.kanaal, ${fcrKolommen(sql`d`)} from ${sturingContactdag} d where ${binnen(p, teamId)} group by d.kanaal`,
  );
  return { fcr: fcrAandelen(somFcr(perKanaal)), kanaalmix: mixVan(perKanaal) };
}

async function fcrEnMix(db: Queryable, p: Periode, teamId: string | null) {
  const groepen = await perKanaalEnTeam(db, p, teamId);
  const medewerkers = await perMedewerker(db, p, teamId);
  const producten = await perProduct(db, p, teamId);
  const weken = wekenVan(p);
  const perKanaal = perGroep(groepen, ALS.kanaal).sort(
    (a, b) => kanalen.indexOf(a.kanaal as Kanaal) - kanalen.indexOf(b.kanaal as Kanaal),
  );
  const productFcr = perGroep(producten, 1);
  const mixPerProduct = groepeer(perGroep(producten, 0), (r) => r.productId);
  const fcr = (r: Fcrtelling) => fcrAandelen(somFcr([r]));
  return {
    fcr: {
      totaal: fcrAandelen(somFcr(perKanaal)),
      perWeek: perWeek(weken, perGroep(groepen, ALS.dag), (d) => fcrAandelen(somFcr(d))),
      perKanaal: perKanaal.map((r) => ({ kanaal: r.kanaal as Kanaal, ...fcr(r) })),
      perTeam: perGroep(groepen, ALS.team)
        .map((r) => ({ teamId: r.teamId, teamNaam: r.teamNaam, ...fcr(r) }))
        .sort(opNaam((r) => r.teamNaam)),
      perMedewerker: medewerkers
        .map((r) => ({ medewerkerId: r.medewerkerId, medewerkerNaam: r.medewerkerNaam, ...fcr(r) }))
        .sort(opNaam((r) => r.medewerkerNaam)),
      perProduct: productFcr
        .map((r) => ({ productId: r.productId, productNaam: r.productNaam, ...fcr(r) }))
        .sort((a, b) => b.contacten - a.contacten || opNaam<typeof a>((r) => r.productNaam)(a, b)),
    },
    kanaalmix: {
      totaal: mixVan(perKanaal),
      perWeek: perWeek(weken, perGroep(groepen, ALS.dagKanaal), mixVan),
      perProduct: productFcr
        .map(({ productId, productNaam }) => ({
          productId,
          productNaam,
          ...mixVan(mixPerProduct.get(productId) ?? []),
        }))
        .sort((a, b) => b.totaal - a.totaal || opNaam<typeof a>((r) => r.productNaam)(a, b)),
    },
  };
}

export interface Sturingsvraag {
  teamId: string | null;
  van?: string;
  tot?: string;
}

/** The chosen period, or the last 12 ISO weeks up to today. */
export const sturingsperiode = (vraag: Sturingsvraag, vandaag: string): Periode =>
  vraag.van || vraag.tot
    ? gekozenPeriode(vraag.van, vraag.tot, vandaag)
    : { van: laatsteWeken(vandaag, STANDAARDWEKEN)[0].van, tot: vandaag };

/**
 * First-contact resolution and channel mix of a team's contacts (or the organisation's) in a
 * period: a chosen one, or the last 12 ISO weeks up to today, from the day counts (bijwerken.ts)
 * as fresh as `bijgewerktOp`. Contacts of the last 7 days can still be followed by another, so
 * their FCR is provisional.
 */
export async function contactsturing(db: Queryable, vraag: Sturingsvraag, nu: Date) {
  const vandaag = amsterdamseDatum(nu);
  const periode = sturingsperiode(vraag, vandaag);
  const team = vraag.teamId ? await getTeam(db, vraag.teamId) : null;
  const stand = await standVan(db, 'contacten');
  return {
    teamId: vraag.teamId,
    teamNaam: team?.naam ?? null,
    ...periode,
    herhaaltermijnDagen: HERHAALTERMIJN_DAGEN,
    voorlopigVanaf: plusDagen(vandaag, -HERHAALTERMIJN_DAGEN),
    ...stand,
    ...(await fcrEnMix(db, periode, vraag.teamId)),
  };
}
