import { maandagVan, plusDagen } from '../../../shared/dagen';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { Queryable } from '../../platform/db/client';
import { isoWeek, laatsteWeken, type Periode } from '../contactverzoeken/rapportage/perioden';
import { gekozenPeriode } from '../contactverzoeken/rapportage/rapport';
import { type Contactfeit, contactfeiten, productenVan } from '../klantcontacten/operations/contactfeiten';
import { type Kanaal, kanalen } from '../klantcontacten/waarden';
import { getTeam } from '../organisatie/operations/team-lezen';
import {
  beoordeelContact,
  beoordeelPerProduct,
  type Fcrtelling,
  fcrAandelen,
  HERHAALTERMIJN_DAGEN,
  leegFcr,
  type Oordeel,
  telOordeel,
  vervolgPerPartij,
} from './fcr';
import { kanaalmix, leegMix, telKanaal } from './kanaalmix';

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

/** The group under this key, made when it is not there yet. */
function groep<V>(groepen: Map<string, V>, sleutel: string, maak: () => V): V {
  const bestaand = groepen.get(sleutel);
  if (bestaand) return bestaand;
  const nieuw = maak();
  groepen.set(sleutel, nieuw);
  return nieuw;
}

/** FCR per group of judged items, each group described by its first item; groups in order of first appearance. */
function fcrPer<I extends Oordeel, R>(items: readonly I[], kenmerk: (i: I) => [sleutel: string, rij: R]) {
  const groepen = new Map<string, { rij: R; telling: Fcrtelling }>();
  for (const i of items) {
    const [sleutel, rij] = kenmerk(i);
    telOordeel(groep(groepen, sleutel, () => ({ rij, telling: leegFcr() })).telling, i);
  }
  return [...groepen.values()].map((g) => ({ ...g.rij, ...fcrAandelen(g.telling) }));
}

export const opNaam =
  <T>(naam: (t: T) => string | null) =>
  (a: T, b: T) =>
    (naam(a) ?? '').localeCompare(naam(b) ?? '', 'nl');

type Beoordeeld = Oordeel & { c: Contactfeit; week: string };

function fcrOverzicht(
  beoordeeld: Beoordeeld[],
  perProduct: (Oordeel & { productId: string; productNaam: string | null })[],
  weken: Week[],
) {
  const perWeek = new Map(fcrPer(beoordeeld, ({ week }) => [week, { week }]).map((w) => [w.week, w]));
  return {
    totaal: fcrAandelen(beoordeeld.reduce(telOordeel, leegFcr())),
    perWeek: weken.map((w) => ({ ...fcrAandelen(leegFcr()), ...perWeek.get(w.week), ...w })),
    perKanaal: fcrPer(beoordeeld, ({ c }) => [c.kanaal, { kanaal: c.kanaal }]).sort(
      (a, b) => kanalen.indexOf(a.kanaal) - kanalen.indexOf(b.kanaal),
    ),
    perTeam: fcrPer(beoordeeld, ({ c }) => [c.teamId ?? '', { teamId: c.teamId, teamNaam: c.teamNaam }]).sort(
      opNaam((r) => r.teamNaam),
    ),
    perMedewerker: fcrPer(beoordeeld, ({ c }) => [
      c.medewerkerId ?? '',
      { medewerkerId: c.medewerkerId, medewerkerNaam: c.medewerkerNaam },
    ]).sort(opNaam((r) => r.medewerkerNaam)),
    perProduct: fcrPer(perProduct, (p) => [
      p.productId,
      { productId: p.productId, productNaam: p.productNaam },
    ]).sort((a, b) => b.contacten - a.contacten || opNaam<typeof a>((r) => r.productNaam)(a, b)),
  };
}

/** Contacts per channel: per week of the period, and per product asked about (a contact once per product). */
function mixOverzicht(contacten: readonly { c: Contactfeit; week: string }[], weken: Week[]) {
  const perWeek = new Map(weken.map((w) => [w.week, leegMix()]));
  const perProduct = new Map<
    string,
    { productId: string; productNaam: string | null; mix: Map<Kanaal, number> }
  >();
  for (const { c, week } of contacten) {
    const mix = perWeek.get(week);
    if (mix) telKanaal(mix, c.kanaal);
    for (const [productId, productNaam] of productenVan(c)) {
      telKanaal(
        groep(perProduct, productId, () => ({ productId, productNaam, mix: leegMix() })).mix,
        c.kanaal,
      );
    }
  }
  return {
    totaal: kanaalmix(contacten.reduce((m, { c }) => telKanaal(m, c.kanaal), leegMix())),
    perWeek: weken.map((w) => ({ ...w, ...kanaalmix(perWeek.get(w.week) ?? leegMix()) })),
    perProduct: [...perProduct.values()]
      .map(({ mix, ...p }) => ({ ...p, ...kanaalmix(mix) }))
      .sort((a, b) => b.totaal - a.totaal || opNaam<typeof a>((r) => r.productNaam)(a, b)),
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
 * period: a chosen one, or the last 12 ISO weeks up to today. Contacts of the last 7 days can
 * still be followed by another, so their FCR is provisional.
 */
export async function contactsturing(db: Queryable, vraag: Sturingsvraag, nu: Date) {
  const vandaag = amsterdamseDatum(nu);
  const periode = sturingsperiode(vraag, vandaag);
  const team = vraag.teamId ? await getTeam(db, vraag.teamId) : null;
  const feiten = await contactfeiten(db, periode, vraag.teamId ? [vraag.teamId] : null, HERHAALTERMIJN_DAGEN);
  const vervolg = vervolgPerPartij(feiten.vervolg);
  const weken = wekenVan(periode);
  const beoordeeld = feiten.contacten.map((c) => ({
    ...beoordeelContact(c, vervolg),
    c,
    week: isoWeek(c.dag),
  }));
  return {
    teamId: vraag.teamId,
    teamNaam: team?.naam ?? null,
    ...periode,
    herhaaltermijnDagen: HERHAALTERMIJN_DAGEN,
    voorlopigVanaf: plusDagen(vandaag, -HERHAALTERMIJN_DAGEN),
    fcr: fcrOverzicht(
      beoordeeld,
      feiten.contacten.flatMap((c) => beoordeelPerProduct(c, vervolg)),
      weken,
    ),
    kanaalmix: mixOverzicht(beoordeeld, weken),
  };
}
