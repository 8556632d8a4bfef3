import { inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { inlogpoging } from './schema';

/** Failed logins count as a score that halves every half-life; above the threshold, logins wait. */
export const MAX_POGINGEN = 5;
export const BLOKKADE_MINUTEN = 15;
/** An office behind one address shares it: many more failures before that address waits. */
export const MAX_POGINGEN_PER_ADRES = 50;
const DREMPEL_MARGE = 0.5;
/** Chosen so that MAX_POGINGEN quick failures make the account wait BLOKKADE_MINUTEN. */
const HALVERING_MS = (BLOKKADE_MINUTEN * 60_000) / Math.log2(MAX_POGINGEN / (MAX_POGINGEN - DREMPEL_MARGE));

export interface Sleutels {
  account: string;
  adres?: string | null;
}

const sleutelsVan = (s: Sleutels) => [
  { sleutel: `account:${s.account.toLowerCase()}`, drempel: MAX_POGINGEN - DREMPEL_MARGE },
  ...(s.adres ? [{ sleutel: `adres:${s.adres}`, drempel: MAX_POGINGEN_PER_ADRES - DREMPEL_MARGE }] : []),
];

const verval = (score: number, sinds: Date, nu: Date) =>
  score * 0.5 ** (Math.max(0, nu.getTime() - sinds.getTime()) / HALVERING_MS);

/** Minutes until a login with these keys is let through again; 0 when it is now. */
export async function wachttijd(db: Queryable, s: Sleutels, nu: Date): Promise<number> {
  const sleutels = sleutelsVan(s);
  const rijen = await db
    .select()
    .from(inlogpoging)
    .where(
      inArray(
        inlogpoging.sleutel,
        sleutels.map((k) => k.sleutel),
      ),
    );
  let ms = 0;
  for (const rij of rijen) {
    const { drempel } = sleutels.find((k) => k.sleutel === rij.sleutel) as { drempel: number };
    const score = verval(rij.score, rij.bijgewerkt, nu);
    if (score >= drempel) ms = Math.max(ms, HALVERING_MS * Math.log2(score / drempel));
  }
  // Rounded up to whole minutes, without counting a rounding error as one.
  return Math.ceil(ms / 60_000 - 1e-9);
}

/** Counts a failure against the account name and the address; true when the account now waits. */
export async function telMislukt(db: Queryable, s: Sleutels, nu: Date): Promise<boolean> {
  const halvering = HALVERING_MS / 1000;
  let geblokkeerd = false;
  for (const { sleutel, drempel } of sleutelsVan(s)) {
    const [{ score }] = await db
      .insert(inlogpoging)
      .values({ sleutel, score: 1, bijgewerkt: nu })
      .onConflictDoUpdate({
        target: inlogpoging.sleutel,
        set: {
          score: sql`${inlogpoging.score} * power(0.5, greatest(0, extract(epoch from ${nu}::timestamptz - ${inlogpoging.bijgewerkt})) / ${halvering}) + 1`,
          bijgewerkt: nu,
        },
      })
      .returning({ score: inlogpoging.score });
    if (sleutel.startsWith('account:') && score >= drempel) geblokkeerd = true;
  }
  return geblokkeerd;
}

/** A successful login (or a password reset) clears the account's count, not the address's. */
export async function wisPogingen(db: Queryable, account: string): Promise<void> {
  await db.delete(inlogpoging).where(inArray(inlogpoging.sleutel, [`account:${account.toLowerCase()}`]));
}

/** Scores that have decayed to nothing are removed by the cleanup job. */
export async function ruimPogingenOp(db: Queryable, nu: Date): Promise<number> {
  const grens = new Date(nu.getTime() - 10 * HALVERING_MS);
  const weg = await db
    .delete(inlogpoging)
    .where(sql`${inlogpoging.bijgewerkt} < ${grens}`)
    .returning({ sleutel: inlogpoging.sleutel });
  return weg.length;
}
