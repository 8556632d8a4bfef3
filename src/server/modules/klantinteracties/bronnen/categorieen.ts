import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { filterSchema as f, filter, ref, urlVan } from '../bron';
import { eigenTabel, naarPartij } from '../eigen-tabel';
import { ongeldigVeld } from '../fouten';
import { kiCategorie, kiCategorieRelatie } from '../schema';
import { verwijzing } from '../schemas';

export const categorieen = eigenTabel({
  pad: 'categorieen',
  naam: 'Deze categorie',
  object: 'categorie',
  tabel: kiCategorie,
  filters: {},
  toon: (r, w) => ({ uuid: r.id, url: urlVan(w, 'categorieen', r.id), naam: r.naam }),
  invoer: z.object({ naam: z.string().max(80, 'Maximaal 80 tekens.').optional() }),
  waarden: (i) => ({ naam: i.naam ?? '' }),
  async controleer(tx, i, id) {
    const [dubbel] = await tx
      .select({ id: kiCategorie.id })
      .from(kiCategorie)
      .where(
        and(
          sql`lower(${kiCategorie.naam}) = lower(${i.naam ?? ''})`,
          id ? ne(kiCategorie.id, id) : undefined,
        ),
      );
    if (dubbel) throw ongeldigVeld('naam', 'Er is al een categorie met deze naam.', 'unique');
  },
});

const datum = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' }).nullable().optional();
const relatieInvoer = z
  .object({
    partij: verwijzing.nullable().optional(),
    categorie: verwijzing.nullable().optional(),
    beginDatum: datum,
    eindDatum: datum,
  })
  .refine((r) => !r.beginDatum || !r.eindDatum || r.eindDatum >= r.beginDatum, {
    path: ['eindDatum'],
    message: 'De einddatum ligt niet voor de begindatum.',
  });

const categorieNaam = sql<
  string | null
>`(select ${kiCategorie.naam} from ${kiCategorie} where ${kiCategorie.id} = ${kiCategorieRelatie.categorieId})`;
const metCategorie = (waar: ReturnType<typeof eq>) =>
  inArray(kiCategorieRelatie.categorieId, sql`(select ${kiCategorie.id} from ${kiCategorie} where ${waar})`);

export const categorieRelaties = eigenTabel({
  pad: 'categorie-relaties',
  naam: 'Deze categorie-relatie',
  object: 'categorie-relatie',
  tabel: kiCategorieRelatie,
  filters: {
    beginDatum: filter(f.datum, (v: string) => eq(kiCategorieRelatie.beginDatum, v)),
    eindDatum: filter(f.datum, (v: string) => eq(kiCategorieRelatie.eindDatum, v)),
    categorie__naam: filter(f.tekst, (v: string) => metCategorie(eq(kiCategorie.naam, v))),
    categorie__url: filter(f.url, (v: string) => eq(kiCategorieRelatie.categorieId, v)),
    categorie__uuid: filter(f.uuid, (v: string) => eq(kiCategorieRelatie.categorieId, v)),
    partij__nummer: filter(f.tekst, (v: string) =>
      inArray(kiCategorieRelatie.partijId, sql`(select partij_id from ki_partij where nummer = ${v})`),
    ),
    partij__url: filter(f.url, (v: string) => eq(kiCategorieRelatie.partijId, v)),
    partij__uuid: filter(f.uuid, (v: string) => eq(kiCategorieRelatie.partijId, v)),
  },
  lees: (db, ids) =>
    db
      .select({
        id: kiCategorieRelatie.id,
        partijId: kiCategorieRelatie.partijId,
        categorieId: kiCategorieRelatie.categorieId,
        beginDatum: kiCategorieRelatie.beginDatum,
        eindDatum: kiCategorieRelatie.eindDatum,
        categorieNaam,
      })
      .from(kiCategorieRelatie)
      .where(inArray(kiCategorieRelatie.id, ids)),
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'categorie-relaties', r.id),
    partij: ref(w, 'partijen', r.partijId),
    categorie: r.categorieId
      ? {
          ...ref(w, 'categorieen', r.categorieId),
          naam: (r as { categorieNaam?: string }).categorieNaam ?? '',
        }
      : null,
    beginDatum: r.beginDatum,
    eindDatum: r.eindDatum,
  }),
  invoer: relatieInvoer,
  waarden: (i) => ({
    partijId: i.partij?.uuid ?? null,
    categorieId: i.categorie?.uuid ?? null,
    beginDatum: i.beginDatum ?? null,
    eindDatum: i.eindDatum ?? null,
  }),
  verwijzingen: (i) => [
    naarPartij('partij.uuid', i.partij?.uuid),
    {
      veld: 'categorie.uuid',
      id: i.categorie?.uuid,
      tabel: kiCategorie,
      kolom: kiCategorie.id,
      wat: 'Deze categorie',
    },
  ],
});
