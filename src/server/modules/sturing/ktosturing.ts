import { dagenInPeriode, plusDagen } from '../../../shared/dagen';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { Queryable } from '../../platform/db/client';
import type { Periode } from '../contactverzoeken/rapportage/perioden';
import { kanalen } from '../klantcontacten/waarden';
import {
  GEEN_UITNODIGINGEN,
  type Ktogroep,
  ktoAandelen,
  ktoGroepen,
  ktoOpmerkingen,
} from '../kto/operations/cijfers';
import { getTeam } from '../organisatie/operations/team-lezen';
import { opNaam, type Sturingsvraag, sturingsperiode, wekenVan } from './contactsturing';

const OPMERKINGEN = 50;
const SOORTEN: readonly string[] = [...kanalen, 'contactverzoek', 'zaak'];

/** The period of the same length just before. */
function ervoor(p: Periode): Periode {
  const dagen = dagenInPeriode(p.van, p.tot);
  return { van: plusDagen(p.van, -dagen), tot: plusDagen(p.van, -1) };
}

const van = (groepen: Ktogroep[], per: Ktogroep['per']) => groepen.filter((g) => g.per === per);
const totaal = (groepen: Ktogroep[]) => van(groepen, 'totaal')[0] ?? GEEN_UITNODIGINGEN;

/**
 * The KTO of a team (or the organisation) in a period, by when the invitation was sent: the
 * totals with the period before for the trend, per week, team, kind and product, and what
 * residents wrote.
 */
export async function ktosturing(db: Queryable, vraag: Sturingsvraag, nu: Date) {
  const periode = sturingsperiode(vraag, amsterdamseDatum(nu));
  const team = vraag.teamId ? await getTeam(db, vraag.teamId) : null;
  const groepen = await ktoGroepen(db, { ...periode, teamId: vraag.teamId });
  const vorige = await ktoGroepen(db, { ...ervoor(periode), teamId: vraag.teamId });
  const perWeek = new Map(van(groepen, 'week').map((g) => [g.week, g]));
  return {
    teamId: vraag.teamId,
    teamNaam: team?.naam ?? null,
    ...periode,
    totaal: ktoAandelen(totaal(groepen)),
    vorigePeriode: { ...ervoor(periode), ...ktoAandelen(totaal(vorige)) },
    perWeek: wekenVan(periode).map((w) => ({
      ...w,
      ...ktoAandelen(perWeek.get(w.week) ?? GEEN_UITNODIGINGEN),
    })),
    perTeam: van(groepen, 'team')
      .map((g) => ({ teamId: g.teamId, teamNaam: g.teamNaam, ...ktoAandelen(g) }))
      .sort(opNaam((r) => r.teamNaam)),
    perSoort: van(groepen, 'soort')
      .map((g) => ({ soort: g.soort as string, ...ktoAandelen(g) }))
      .sort((a, b) => SOORTEN.indexOf(a.soort) - SOORTEN.indexOf(b.soort)),
    perProduct: van(groepen, 'product')
      .filter((g) => g.productId)
      .map((g) => ({ productId: g.productId as string, productNaam: g.productNaam, ...ktoAandelen(g) }))
      .sort((a, b) => b.uitgenodigd - a.uitgenodigd || opNaam<typeof a>((r) => r.productNaam)(a, b)),
    opmerkingen: (await ktoOpmerkingen(db, { ...periode, teamId: vraag.teamId }, OPMERKINGEN)).map((o) => ({
      ...o,
      beantwoord: new Date(o.beantwoord).toISOString(),
    })),
  };
}
