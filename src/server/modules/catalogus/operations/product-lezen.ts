import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { offset, sortering } from '../../../platform/http/lijst';
import { nietGevonden } from '../../../platform/http/problem';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { product } from '../schema';
import type { ProductLijstQuery } from '../schemas';

const teamNaam = teamNaamSql(product.teamId);

const velden = {
  id: product.id,
  naam: product.naam,
  uplNaam: product.uplNaam,
  uplUri: product.uplUri,
  voorBurger: product.voorBurger,
  voorBedrijf: product.voorBedrijf,
  teamId: product.teamId,
  teamNaam,
};

function filter(q: ProductLijstQuery): SQL | undefined {
  const team = q.team === 'geen' ? isNull(product.teamId) : q.team ? eq(product.teamId, q.team) : undefined;
  return and(eq(product.actief, true), q.q ? bevat(product.naam, q.q) : undefined, team);
}

/** The active products for the beheer screen: search by name, filter by team, by name or team. */
export async function listProducten(db: Queryable, q: ProductLijstQuery) {
  const waar = filter(q);
  const [items, [{ total }]] = await Promise.all([
    db
      .select(velden)
      .from(product)
      .where(waar)
      .orderBy(...sortering(q.sort, { naam: product.naam, teamNaam }, 'naam'), product.naam)
      .limit(q.pageSize)
      .offset(offset(q)),
    db.select({ total: count() }).from(product).where(waar),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getProduct(db: Queryable, id: string) {
  const [rij] = await db.select(velden).from(product).where(eq(product.id, id));
  if (!rij) throw nietGevonden('Dit product');
  return rij;
}
