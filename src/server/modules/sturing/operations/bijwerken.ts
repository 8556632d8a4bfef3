import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { plusDagen } from '../../../../shared/dagen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Db, Tx } from '../../../platform/db/client';
import { inEenKeer } from '../../../platform/db/porties';
import { geslotenPerDag } from '../../contactverzoeken/rapportage/cijfers';
import type { Periode } from '../../contactverzoeken/rapportage/perioden';
import { contactfeiten, eersteContactdag } from '../../klantcontacten/operations/contactfeiten';
import { afgeslotenPerDag } from '../../zaken/operations/cijfers';
import { dagtellingen } from '../dagtellingen';
import { HERHAALTERMIJN_DAGEN, vervolgPerPartij } from '../fcr';
import { type Normbron, normperiode } from '../normen';
import {
  sturingContactdag,
  sturingMedewerkerdag,
  sturingNormdag,
  sturingOrganisatieproductdag,
  sturingProductdag,
  sturingStand,
} from '../schema';

/**
 * The days every run rewrites. A contact is registered at most 12 hours after it started (so on
 * today or yesterday) and makes the first contacts of its party of the 7 days before it
 * unresolved; a request or zaak is closed on the day it is closed.
 */
export const VENSTER_DAGEN = HERHAALTERMIJN_DAGEN + 1;

/** A first build goes in steps of this many days: each one transaction of a bounded size. */
const STAP_DAGEN = 14;

export const ROLLUPS = ['contacten', 'normen'] as const;
export type Rollup = (typeof ROLLUPS)[number];

/**
 * Two runs (the schedule on one instance, the demo on another) rewrite the same days one after
 * the other: each reads the base data after it holds the lock, so the last to write read the most.
 */
const slot = (tx: Tx) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('sturing-dagtellingen'))`);

/** The rows of the days of a period (`tot` inclusive). */
export const inPeriode = (kolom: AnyPgColumn, p: Periode) => and(gte(kolom, p.van), lte(kolom, p.tot));

async function herberekenContacten(tx: Tx, p: Periode) {
  const feiten = await contactfeiten(tx, p, null, HERHAALTERMIJN_DAGEN);
  const t = dagtellingen(feiten.contacten, vervolgPerPartij(feiten.vervolg));
  for (const tabel of [
    sturingContactdag,
    sturingMedewerkerdag,
    sturingProductdag,
    sturingOrganisatieproductdag,
  ])
    await tx.delete(tabel).where(inPeriode(tabel.dag, p));
  await inEenKeer(tx, sturingContactdag, t.perKanaal);
  await inEenKeer(tx, sturingMedewerkerdag, t.perMedewerker);
  await inEenKeer(tx, sturingProductdag, t.perProduct);
  await inEenKeer(tx, sturingOrganisatieproductdag, t.perProductOrganisatie);
}

async function herberekenNormen(tx: Tx, p: Periode) {
  const verzoeken = await geslotenPerDag(tx, p, null);
  const zaken = await afgeslotenPerDag(tx, p);
  const rij = (bron: Normbron, teamId: string, dag: string, totaal: number, gehaald: number) => ({
    bron,
    teamId,
    dag,
    totaal,
    gehaald,
  });
  await tx.delete(sturingNormdag).where(inPeriode(sturingNormdag.dag, p));
  await inEenKeer(tx, sturingNormdag, [
    ...verzoeken.map((v) => rij('contactverzoeken', v.teamId, v.dag, v.gesloten, v.binnen)),
    ...zaken.map((z) => rij('zaken-servicenorm', z.teamId, z.dag, z.afgesloten, z.binnenServicenorm)),
    ...zaken.map((z) => rij('zaken-termijn', z.teamId, z.dag, z.afgesloten, z.binnenTermijn)),
  ]);
}

const HERBEREKEN: Record<Rollup, (tx: Tx, p: Periode) => Promise<void>> = {
  contacten: herberekenContacten,
  normen: herberekenNormen,
};

/** Where a first build starts: the first contact ever; for the norms the earliest day their screen shows. */
const EERSTE_DAG: Record<Rollup, (db: Db, vandaag: string) => Promise<string | null>> = {
  contacten: eersteContactdag,
  normen: async (_, vandaag) => normperiode('kwartaal', vandaag).vorig.van,
};

/** The step of at most STAP_DAGEN days before `vanaf`, not before `eerste`. */
export function stapVoor(vanaf: string, eerste: string): Periode {
  const tot = plusDagen(vanaf, -1);
  return { van: [plusDagen(tot, -STAP_DAGEN + 1), eerste].sort()[1], tot };
}

/**
 * A scheduled run spends at most this long on older days: a first build at a large city takes
 * many minutes and goes on at the next run, where this one stopped, so no run ever expires.
 */
const OPBOUW_PER_RUN_MS = 30_000;

async function herbereken(ctx: AppContext, soort: Rollup, p: Periode, opbouwVanaf?: string | null) {
  await ctx.db.transaction(async (tx) => {
    await slot(tx);
    await HERBEREKEN[soort](tx, p);
    if (opbouwVanaf !== undefined)
      await tx.update(sturingStand).set({ opbouwVanaf }).where(eq(sturingStand.soort, soort));
  });
}

/**
 * Builds the days before `vanaf` back to the rollup's first day, newest first, each step noting
 * how far it got, so a run that stops (its time is up, the instance stops) goes on from there.
 */
async function bouwOuder(ctx: AppContext, soort: Rollup, vanaf: string, vandaag: string, budgetMs: number) {
  const eerste = (await EERSTE_DAG[soort](ctx.db, vandaag)) ?? vanaf;
  let rest: string | null = vanaf > eerste ? vanaf : null;
  if (rest === null)
    await ctx.db.update(sturingStand).set({ opbouwVanaf: null }).where(eq(sturingStand.soort, soort));
  const start = performance.now();
  while (rest !== null && performance.now() - start < budgetMs) {
    const p = stapVoor(rest, eerste);
    rest = p.van > eerste ? p.van : null;
    await herbereken(ctx, soort, p, rest);
  }
}

/**
 * Rewrites the day counts of the last VENSTER_DAGEN days from the base data, then builds older
 * days that are not there yet (a first run, or `opnieuw`: all of them, without a time limit). The
 * time it records is the run's start: what was committed before it is in the figures.
 *
 * `alleenVandaag` (a run a registered contact started early) rewrites only today's contact
 * counts, a ninth of the work: the contact is on the screen within seconds, what it changes in
 * the days before follows with the next scheduled run, and `bijgewerktOp` stays that run's.
 */
export async function werkSturingBij(ctx: AppContext, { opnieuw = false, alleenVandaag = false } = {}) {
  const begin = ctx.now();
  const vandaag = amsterdamseDatum(begin);
  const stand = new Map((await ctx.db.select().from(sturingStand)).map((s) => [s.soort, s]));
  if (alleenVandaag && stand.has('contacten'))
    return herbereken(ctx, 'contacten', { van: vandaag, tot: vandaag });
  for (const soort of ROLLUPS) {
    const venster = { van: plusDagen(vandaag, -VENSTER_DAGEN), tot: vandaag };
    const vorige = opnieuw ? undefined : stand.get(soort);
    const opbouwVanaf = vorige ? vorige.opbouwVanaf : venster.van;
    await herbereken(ctx, soort, venster);
    await ctx.db
      .insert(sturingStand)
      .values({ soort, bijgewerktOp: begin, opbouwVanaf })
      .onConflictDoUpdate({ target: sturingStand.soort, set: { bijgewerktOp: begin, opbouwVanaf } });
    if (opbouwVanaf)
      await bouwOuder(
        ctx,
        soort,
        opbouwVanaf,
        vandaag,
        opnieuw ? Number.POSITIVE_INFINITY : OPBOUW_PER_RUN_MS,
      );
  }
}

/** How fresh a rollup is: when its last run started, and from which day it is built while older days are still being built (null: all are). */
export async function standVan(db: Db | Tx, soort: Rollup) {
  const [rij] = await db.select().from(sturingStand).where(eq(sturingStand.soort, soort));
  return { bijgewerktOp: rij?.bijgewerktOp.toISOString() ?? null, opbouwVanaf: rij?.opbouwVanaf ?? null };
}
