import { and, eq, sql } from 'drizzle-orm';
import { plusDagen } from '../../../shared/dagen';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import type { Queryable } from '../../platform/db/client';
import type { Periode } from '../contactverzoeken/rapportage/perioden';
import { getTeam } from '../organisatie/operations/team-lezen';
import {
  NORMBRONNEN,
  NORMEN,
  NORMSOORTEN,
  type Normbron,
  type Normdag,
  normcijfer,
  normperiode,
  telIn,
} from './normen';
import { inPeriode, standVan } from './operations/bijwerken';
import { sturingNormdag } from './schema';

const qs = (waarden: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(waarden).filter((w): w is [string, string] => Boolean(w[1]))).toString();

/** The list behind a figure: the work queue whose total is the met (or missed) count of the period. */
function lijstVoor(bron: Normbron, p: Periode, teamId: string | null) {
  const team = teamId ?? undefined;
  if (bron === 'contactverzoeken') {
    const gesloten = {
      teamId: team,
      status: 'afgehandeld',
      afgehandeldVanaf: p.van,
      afgehandeldTot: plusDagen(p.tot, 1),
    };
    return {
      pad: '/werkvoorraad' as const,
      gehaald: qs({ ...gesloten, binnenNorm: 'ja' }),
      gemist: qs({ ...gesloten, binnenNorm: 'nee' }),
    };
  }
  const norm = bron === 'zaken-servicenorm' ? 'servicenorm' : 'termijn';
  const afgesloten = { teamId: team, einddatumVanaf: p.van, einddatumTot: p.tot };
  return {
    pad: '/zaken' as const,
    gehaald: qs({ ...afgesloten, norm: `${norm}-gehaald` }),
    gemist: qs({ ...afgesloten, norm: `${norm}-gemist` }),
  };
}

/** Per source, its judged items per day from the day counts (bijwerken.ts). */
async function normdagen(db: Queryable, p: Periode, teamId: string | null) {
  const d = sturingNormdag;
  const rij = await db
    .select({
      bron: d.bron,
      dag: d.dag,
      totaal: sql<number>`sum(${d.totaal})::int`,
      gehaald: sql<number>`sum(${d.gehaald})::int`,
    })
    .from(d)
    .where(and(inPeriode(d.dag, p), teamId ? eq(d.teamId, teamId) : undefined))
    .groupBy(d.bron, d.dag);
  const dagen = Object.fromEntries(NORMBRONNEN.map((b) => [b, [] as Normdag[]])) as Record<
    Normbron,
    Normdag[]
  >;
  for (const { bron, ...dag } of rij) dagen[bron as Normbron]?.push(dag);
  return dagen;
}

/**
 * Every service norm of the municipality with, where Stadspunt holds its data, the share met in
 * the last full week, month and quarter, the trend against the period before, and the lists;
 * from the day counts (bijwerken.ts) as fresh as `bijgewerktOp`.
 */
export async function normsturing(db: Queryable, teamId: string | null, nu: Date) {
  const vandaag = amsterdamseDatum(nu);
  const team = teamId ? await getTeam(db, teamId) : null;
  const perioden = NORMSOORTEN.map((soort) => ({ soort, ...normperiode(soort, vandaag) }));
  const van = perioden.map((p) => p.vorig.van).sort()[0];
  const dagen = await normdagen(db, { van, tot: plusDagen(vandaag, -1) }, teamId);
  const stand = await standVan(db, 'normen');
  return {
    teamId,
    teamNaam: team?.naam ?? null,
    peildatum: vandaag,
    ...stand,
    normen: NORMEN.map(({ bron, ...n }) => ({
      ...n,
      bron,
      nietGemeten: n.nietGemeten ?? null,
      perioden: bron
        ? perioden.map(({ soort, huidig, vorig }) => ({
            soort,
            ...huidig,
            ...normcijfer(telIn(dagen[bron], huidig), telIn(dagen[bron], vorig)),
            lijst: lijstVoor(bron, huidig, teamId),
          }))
        : [],
    })),
  };
}
