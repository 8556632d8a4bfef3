import { maandagVan, plusDagen } from '../../../shared/dagen';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { Queryable } from '../../platform/db/client';
import { isoWeek, laatsteWeken, type Periode } from '../contactverzoeken/rapportage/perioden';
import { gekozenPeriode } from '../contactverzoeken/rapportage/rapport';
import { type Contactfeit, contactfeiten, productenVan } from '../klantcontacten/operations/contactfeiten';
import { kanalen } from '../klantcontacten/waarden';
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
import { type Kanaal, kanaalmix, leegMix, telKanaal } from './kanaalmix';

/** Without a chosen period: the last 12 ISO weeks up to today. */
const STANDAARDWEKEN = 12;

type Week = Periode & { week: string };

/** The ISO weeks a period touches, each cut to the period. */
function wekenVan(p: Periode): Week[] {
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

/** Counts items per group, described by the first item of the group; groups in order of first appearance. */
function per<I, R>(
  items: readonly I[],
  kenmerk: (i: I) => { sleutel: string; rij: R },
  tel: (t: Fcrtelling, i: I) => void,
): (R & { telling: Fcrtelling })[] {
  const groepen = new Map<string, R & { telling: Fcrtelling }>();
  for (const i of items) {
    const { sleutel, rij } = kenmerk(i);
    tel(groep(groepen, sleutel, () => ({ ...rij, telling: leegFcr() })).telling, i);
  }
  return [...groepen.values()];
}

type Beoordeeld = { c: Contactfeit; o: Oordeel };
const telO = (t: Fcrtelling, i: { o: Oordeel }) => telOordeel(t, i.o);
const cijfers = <R>(groepen: (R & { telling: Fcrtelling })[]) =>
  groepen.map(({ telling, ...rij }) => ({ ...(rij as R), ...fcrAandelen(telling) }));
const opNaam =
  <T>(naam: (t: T) => string | null) =>
  (a: T, b: T) =>
    (naam(a) ?? '').localeCompare(naam(b) ?? '', 'nl');

type Productoordeel = { productId: string; productNaam: string | null; o: Oordeel };

function fcrOverzicht(beoordeeld: Beoordeeld[], perProduct: Productoordeel[], weken: Week[]) {
  const weekTellingen = new Map(
    per(beoordeeld, ({ c }) => ({ sleutel: isoWeek(c.dag), rij: { week: isoWeek(c.dag) } }), telO).map(
      (g) => [g.week, g.telling],
    ),
  );
  return {
    totaal: fcrAandelen(beoordeeld.reduce((t, b) => telOordeel(t, b.o), leegFcr())),
    perWeek: weken.map((w) => ({ ...w, ...fcrAandelen(weekTellingen.get(w.week) ?? leegFcr()) })),
    perKanaal: cijfers(
      per(beoordeeld, ({ c }) => ({ sleutel: c.kanaal, rij: { kanaal: c.kanaal } }), telO),
    ).sort((a, b) => kanalen.indexOf(a.kanaal) - kanalen.indexOf(b.kanaal)),
    perTeam: cijfers(
      per(
        beoordeeld,
        ({ c }) => ({ sleutel: c.teamId ?? '', rij: { teamId: c.teamId, teamNaam: c.teamNaam } }),
        telO,
      ),
    ).sort(opNaam((r) => r.teamNaam)),
    perMedewerker: cijfers(
      per(
        beoordeeld,
        ({ c }) => ({
          sleutel: c.medewerkerId ?? '',
          rij: { medewerkerId: c.medewerkerId, medewerkerNaam: c.medewerkerNaam },
        }),
        telO,
      ),
    ).sort(opNaam((r) => r.medewerkerNaam)),
    perProduct: cijfers(
      per(
        perProduct,
        (p) => ({ sleutel: p.productId, rij: { productId: p.productId, productNaam: p.productNaam } }),
        telO,
      ),
    ).sort((a, b) => b.contacten - a.contacten || opNaam<typeof a>((r) => r.productNaam)(a, b)),
  };
}

/** Contacts per channel: per week of the period, and per product asked about (a contact once per product). */
function mixOverzicht(contacten: Contactfeit[], weken: Week[]) {
  const perWeek = new Map(weken.map((w) => [w.week, leegMix()]));
  const perProduct = new Map<
    string,
    { productId: string; productNaam: string | null; mix: Map<Kanaal, number> }
  >();
  for (const c of contacten) {
    const week = perWeek.get(isoWeek(c.dag));
    if (week) telKanaal(week, c.kanaal);
    for (const [productId, productNaam] of productenVan(c)) {
      telKanaal(
        groep(perProduct, productId, () => ({ productId, productNaam, mix: leegMix() })).mix,
        c.kanaal,
      );
    }
  }
  return {
    totaal: kanaalmix(contacten.reduce((m, c) => telKanaal(m, c.kanaal), leegMix())),
    perWeek: weken.map((w) => ({ ...w, ...kanaalmix(perWeek.get(w.week) ?? leegMix()) })),
    perProduct: [...perProduct.values()]
      .map(({ mix, ...p }) => ({ ...p, ...kanaalmix(mix) }))
      .sort((a, b) => b.totaal - a.totaal || (a.productNaam ?? '').localeCompare(b.productNaam ?? '', 'nl')),
  };
}

export interface Sturingsvraag {
  teamId: string | null;
  van?: string;
  tot?: string;
}

/**
 * First-contact resolution and channel mix of a team's contacts (or the organisation's) in a
 * period: a chosen one, or the last 12 ISO weeks up to today. Contacts of the last 7 days can
 * still be followed by another, so their FCR is provisional.
 */
export async function contactsturing(db: Queryable, vraag: Sturingsvraag, nu: Date) {
  const vandaag = amsterdamseDatum(nu);
  const periode =
    vraag.van || vraag.tot
      ? gekozenPeriode(vraag.van, vraag.tot, vandaag)
      : { van: laatsteWeken(vandaag, STANDAARDWEKEN)[0].van, tot: vandaag };
  const team = vraag.teamId ? await getTeam(db, vraag.teamId) : null;
  const feiten = await contactfeiten(db, periode, vraag.teamId ? [vraag.teamId] : null, HERHAALTERMIJN_DAGEN);
  const vervolg = vervolgPerPartij(feiten.vervolg);
  const weken = wekenVan(periode);
  return {
    teamId: vraag.teamId,
    teamNaam: team?.naam ?? null,
    ...periode,
    herhaaltermijnDagen: HERHAALTERMIJN_DAGEN,
    voorlopigVanaf: plusDagen(vandaag, -HERHAALTERMIJN_DAGEN),
    fcr: fcrOverzicht(
      feiten.contacten.map((c) => ({ c, o: beoordeelContact(c, vervolg) })),
      feiten.contacten.flatMap((c) =>
        beoordeelPerProduct(c, vervolg).map(({ productId, productNaam, ...o }) => ({
          productId,
          productNaam,
          o,
        })),
      ),
      weken,
    ),
    kanaalmix: mixOverzicht(feiten.contacten, weken),
  };
}
