import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { plusDagen } from '../../../../shared/dagen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Db, Tx } from '../../../platform/db/client';
import { inPorties } from '../../../platform/db/porties';
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

const inPeriode = (kolom: AnyPgColumn, p: Periode) => and(gte(kolom, p.van), lte(kolom, p.tot));

async function herberekenContacten(tx: Tx, p: Periode) {
  const feiten = await contactfeiten(tx, p, null, HERHAALTERMIJN_DAGEN);
  const t = dagtellingen(feiten.contacten, vervolgPerPartij(feiten.vervolg));
  for (const tabel of [sturingContactdag, sturingMedewerkerdag, sturingProductdag])
    await tx.delete(tabel).where(inPeriode(tabel.dag, p));
  await inPorties(t.perKanaal, (r) => tx.insert(sturingContactdag).values(r));
  await inPorties(t.perMedewerker, (r) => tx.insert(sturingMedewerkerdag).values(r));
  await inPorties(t.perProduct, (r) => tx.insert(sturingProductdag).values(r));
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
  await inPorties(
    [
      ...verzoeken.map((v) => rij('contactverzoeken', v.teamId, v.dag, v.gesloten, v.binnen)),
      ...zaken.map((z) => rij('zaken-servicenorm', z.teamId, z.dag, z.afgesloten, z.binnenServicenorm)),
      ...zaken.map((z) => rij('zaken-termijn', z.teamId, z.dag, z.afgesloten, z.binnenTermijn)),
    ],
    (r) => tx.insert(sturingNormdag).values(r),
  );
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

/** The periods of at most STAP_DAGEN days that make up van..tot, newest first: the screens' default weeks are there soonest. */
export function stappen(p: Periode): Periode[] {
  const uit: Periode[] = [];
  for (let tot = p.tot; tot >= p.van; tot = plusDagen(tot, -STAP_DAGEN)) {
    const van = plusDagen(tot, -STAP_DAGEN + 1);
    uit.push({ van: [van, p.van].sort()[1], tot });
  }
  return uit;
}

/**
 * Rewrites the day counts of the last VENSTER_DAGEN days from the base data; a rollup that was
 * never built (or `opnieuw`) is built from its first day. The time it records is the run's start:
 * what was committed before it is in the figures.
 */
export async function werkSturingBij(ctx: AppContext, opties: { opnieuw?: boolean } = {}) {
  const begin = ctx.now();
  const vandaag = amsterdamseDatum(begin);
  const stand = new Map((await ctx.db.select().from(sturingStand)).map((s) => [s.soort, s]));
  for (const soort of ROLLUPS) {
    const gebouwd = opties.opnieuw ? undefined : stand.get(soort);
    const van = gebouwd
      ? plusDagen(vandaag, -VENSTER_DAGEN)
      : ((await EERSTE_DAG[soort](ctx.db, vandaag)) ?? vandaag);
    for (const p of stappen({ van, tot: vandaag }))
      await ctx.db.transaction(async (tx) => {
        await slot(tx);
        await HERBEREKEN[soort](tx, p);
      });
    await ctx.db
      .insert(sturingStand)
      .values({ soort, bijgewerktOp: begin })
      .onConflictDoUpdate({ target: sturingStand.soort, set: { bijgewerktOp: begin } });
  }
}

/** When each rollup was last brought up to date; null while it has never been built. */
export async function standVan(db: Db | Tx, soort: Rollup): Promise<Date | null> {
  const rij = await db
    .select({ op: sturingStand.bijgewerktOp })
    .from(sturingStand)
    .where(eq(sturingStand.soort, soort));
  return rij[0]?.op ?? null;
}
