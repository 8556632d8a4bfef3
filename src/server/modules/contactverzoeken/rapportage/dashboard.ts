import { plusDagen } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { Queryable } from '../../../platform/db/client';
import { nietGevonden } from '../../../platform/http/problem';
import { zaakcijfers } from '../../zaken/operations/cijfers';
import { type GeslotenRij, geslotenPerDag, kengetallen, openPerTeam, tel } from './cijfers';
import { laatsteWeken } from './perioden';
import type { Dashboard } from './schemas';

const TRENDWEKEN = 12;
const NORMDAGEN = 28;

/** Query strings for the work queue whose `total` equals each figure. */
function links(teamId: string | null, vandaag: string, maandag: string, vierWeken: string) {
  const q = (extra: Record<string, string>) =>
    new URLSearchParams({ ...(teamId ? { teamId } : {}), ...extra }).toString();
  const morgen = plusDagen(vandaag, 1);
  const gesloten = (vanaf: string) => ({
    status: 'afgehandeld',
    afgehandeldVanaf: vanaf,
    afgehandeldTot: morgen,
  });
  return {
    open: q({ status: 'open' }),
    vandaag: q({ status: 'open', filter: 'vandaag' }),
    teLaat: q({ status: 'open', filter: 'te-laat' }),
    geslotenDezeWeek: q(gesloten(maandag)),
    binnenNorm: q({ ...gesloten(vierWeken), binnenNorm: 'ja' }),
    buitenNorm: q({ ...gesloten(vierWeken), binnenNorm: 'nee' }),
  };
}

const vanaf = (rij: GeslotenRij[], van: string, tot = '9999-12-31') =>
  rij.filter((r) => r.dag >= van && r.dag <= tot);

/**
 * The figures for a team (or the whole organisation) today, in two statements: open
 * requests per team, and closed ones per team and day over the last 12 weeks.
 */
export async function dashboard(db: Queryable, teamId: string | null, nu: Date): Promise<Dashboard> {
  const vandaag = amsterdamseDatum(nu);
  const weken = laatsteWeken(vandaag, TRENDWEKEN);
  const maandag = weken[TRENDWEKEN - 1].van;
  const vierWeken = plusDagen(vandaag, 1 - NORMDAGEN);
  const open = await openPerTeam(db, vandaag, teamId);
  const gesloten = await geslotenPerDag(db, { van: weken[0].van, tot: vandaag }, teamId);
  if (teamId && open.length === 0) throw nietGevonden('Dit team');
  const normTotaal = tel(vanaf(gesloten, vierWeken));
  const k = kengetallen(normTotaal);
  const perTeam = open.map((t) => {
    const eigen = gesloten.filter((r) => r.teamId === t.teamId);
    return {
      ...t,
      geslotenDezeWeek: tel(vanaf(eigen, maandag)).gesloten,
      aandeelBinnenNorm: kengetallen(tel(vanaf(eigen, vierWeken))).aandeel,
    };
  });
  const som = (veld: 'open' | 'vandaag' | 'teLaat' | 'geslotenDezeWeek') =>
    perTeam.reduce((n, t) => n + t[veld], 0);
  return {
    teamId,
    teamNaam: teamId ? open[0].teamNaam : null,
    peildatum: vandaag,
    open: som('open'),
    vandaag: som('vandaag'),
    teLaat: som('teLaat'),
    geslotenDezeWeek: som('geslotenDezeWeek'),
    binnenNorm: { aandeel: k.aandeel, binnen: normTotaal.binnen, totaal: normTotaal.gesloten },
    gemiddeldeDoorlooptijdUren: k.gemiddeldeDoorlooptijdUren,
    pogingenPerVerzoek: k.pogingenPerVerzoek,
    trend: weken.map((w) => {
      const t = tel(vanaf(gesloten, w.van, w.tot));
      return { ...w, gesloten: t.gesloten, binnenNorm: t.binnen, aandeel: kengetallen(t).aandeel };
    }),
    teams: teamId ? [] : perTeam,
    zaken: await zaakcijfers(db, { van: vierWeken, tot: vandaag }, teamId ? [teamId] : null),
    links: links(teamId, vandaag, maandag, vierWeken),
  };
}
