import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import type { AdresSleutel } from '../partijen/sleutels';
import type { BrpBron, PersoonKort } from './bronnen';
import { adresRegel } from './bronnen';
import { persoonVan } from './persoon';
import { brpPersoon, brpPersoonslijst } from './schema';

export const INGEBOUWDE_BRON = 'BRP (ingebouwde testset RvIG, 2 mei 2022)';
const MAX = 25;

function kort(r: typeof brpPersoon.$inferSelect): PersoonKort {
  return {
    bsn: r.bsn,
    voornamen: r.voornamen,
    voorvoegsel: r.voorvoegsel,
    geslachtsnaam: r.geslachtsnaam,
    geboortedatum: r.geboortedatum,
    adres: r.postcode ? adresRegel({ ...r, huisnummer: r.huisnummer }) : null,
    geheimhouding: r.geheimhouding,
  };
}

/** The embedded BRP: the RvIG test set in the database, searched with indexes. */
export function ingebouwdeBrp(db: Queryable): BrpBron {
  const zoek = async (waar: SQL | undefined, volgorde: SQL[] = [sql`${brpPersoon.geslachtsnaam}`]) =>
    (
      await db
        .select()
        .from(brpPersoon)
        .where(waar)
        .orderBy(...volgorde)
        .limit(MAX)
    ).map(kort);
  return {
    zoekOpBsn: (bsn) => zoek(eq(brpPersoon.bsn, bsn)),
    zoekOpAdres: (a: AdresSleutel) =>
      zoek(
        and(
          eq(brpPersoon.postcode, a.postcode),
          eq(brpPersoon.huisnummer, a.huisnummer),
          a.toevoeging
            ? or(eq(brpPersoon.huisletter, a.toevoeging), eq(brpPersoon.toevoeging, a.toevoeging))
            : undefined,
        ),
      ),
    // The exact surname first (an index lookup); the typo-tolerant trigram search only when that finds nobody.
    async zoekOpNaam(achternaam, geboortedatum) {
      const opDatum = geboortedatum ? eq(brpPersoon.geboortedatum, geboortedatum) : undefined;
      const exact = await zoek(and(eq(brpPersoon.zoeknaam, achternaam), opDatum));
      if (exact.length > 0) return exact;
      return zoek(and(sql`${brpPersoon.zoeknaam} % ${achternaam}`, opDatum), [
        desc(sql`similarity(${brpPersoon.zoeknaam}, ${achternaam})`),
        sql`${brpPersoon.geslachtsnaam}`,
      ]);
    },
    async leesPersoon(bsn) {
      const [lijst] = await db.select().from(brpPersoonslijst).where(eq(brpPersoonslijst.bsn, bsn)).limit(1);
      if (!lijst) return undefined;
      return { gegevens: persoonVan({ ...lijst, bsn }), bron: INGEBOUWDE_BRON, opgehaald: lijst.geladen };
    },
  };
}
