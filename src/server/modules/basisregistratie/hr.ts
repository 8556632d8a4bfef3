import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { begintMet, bevat } from '../../platform/db/zoek';
import type { AdresSleutel } from '../partijen/sleutels';
import { adresRegel, type Gelezen } from './bronnen';
import { hrVestiging } from './schema';

export const INGEBOUWD_HR = 'Handelsregister (ingebouwde demoset)';
const MAX = 25;

export type Vestiging = typeof hrVestiging.$inferSelect;

export interface VestigingKort {
  vestigingsnummer: string;
  kvkNummer: string;
  naam: string;
  adres: string | null;
}

const kort = (v: Vestiging): VestigingKort => ({
  vestigingsnummer: v.vestigingsnummer,
  kvkNummer: v.kvkNummer,
  naam: v.handelsnamen[0],
  adres: v.postcode ? adresRegel(v) : null,
});

/** The embedded Handelsregister (a generated set of companies). */
const gelijkenis = (naam: string) => desc(sql`similarity(${hrVestiging.zoeknaam}, ${naam})`);

export function ingebouwdHr(db: Queryable) {
  const zoek = async (waar: SQL | undefined, volgorde: SQL[] = [sql`${hrVestiging.zoeknaam}`]) =>
    (
      await db
        .select()
        .from(hrVestiging)
        .where(waar)
        .orderBy(...volgorde)
        .limit(MAX)
    ).map(kort);
  return {
    zoekOpKvk: (kvkNummer: string) => zoek(eq(hrVestiging.kvkNummer, kvkNummer)),
    zoekOpVestiging: (nummer: string) => zoek(eq(hrVestiging.vestigingsnummer, nummer)),
    zoekOpRsin: (rsin: string) => zoek(eq(hrVestiging.rsin, rsin)),
    zoekOpAdres: (a: AdresSleutel) =>
      zoek(and(eq(hrVestiging.postcode, a.postcode), eq(hrVestiging.huisnummer, a.huisnummer))),
    // Trade names that start with the name (an index range scan), else that contain it (the
    // trigram index): "jansen" finds "Bakkerij Jansen".
    async zoekOpNaam(naam: string) {
      const begin = await zoek(begintMet(hrVestiging.zoeknaam, naam));
      if (begin.length > 0) return begin;
      return zoek(bevat(hrVestiging.zoeknaam, naam), [gelijkenis(naam), sql`${hrVestiging.zoeknaam}`]);
    },
    // Typo-tolerant: costly on a large register, so the caller asks only when nothing else matched.
    zoekOpNaamMetTikfouten: (naam: string) =>
      zoek(sql`${hrVestiging.zoeknaam} % ${naam}`, [
        sql`${hrVestiging.zoeknaam} <-> ${naam}`,
        sql`${hrVestiging.zoeknaam}`,
      ]),
    async leesVestiging(vestigingsnummer: string): Promise<Gelezen<Vestiging> | undefined> {
      const [v] = await db
        .select()
        .from(hrVestiging)
        .where(eq(hrVestiging.vestigingsnummer, vestigingsnummer));
      return v ? { gegevens: v, bron: INGEBOUWD_HR, opgehaald: new Date() } : undefined;
    },
  };
}
export type HrBron = ReturnType<typeof ingebouwdHr>;
