import { and, count, eq, gt, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { bevat } from '../../db/zoek';
import { offset, sortering } from '../../http/lijst';
import { nietGevonden } from '../../http/problem';
import type { Scope } from '../rollen';
import { apiToken } from '../schema';
import type { ApiTokenFilter, ApiTokenUit } from './schemas';
import type { TokenStatus } from './waarden';

const statusOp = (nu: Date): Record<TokenStatus, SQL> => ({
  ingetrokken: isNotNull(apiToken.ingetrokken),
  verlopen: and(isNull(apiToken.ingetrokken), lte(apiToken.verloopt, nu)) as SQL,
  actief: and(isNull(apiToken.ingetrokken), gt(apiToken.verloopt, nu)) as SQL,
});

// Everything but the hash: the token itself is never stored.
const velden = (nu: Date) => {
  const op = statusOp(nu);
  return {
    id: apiToken.id,
    naam: apiToken.naam,
    scopes: apiToken.scopes,
    status: sql<TokenStatus>`case when ${op.ingetrokken} then 'ingetrokken' when ${op.verlopen} then 'verlopen' else 'actief' end`,
    aangemaakt: apiToken.aangemaakt,
    aangemaaktDoor: apiToken.aangemaaktDoor,
    verloopt: apiToken.verloopt,
    laatstGebruikt: apiToken.laatstGebruikt,
    ingetrokken: apiToken.ingetrokken,
    ingetrokkenDoor: apiToken.ingetrokkenDoor,
  };
};
type Rij = Omit<typeof apiToken.$inferSelect, 'tokenHash'> & { status: TokenStatus };

const iso = (d: Date | null) => d?.toISOString() ?? null;

function uit(rij: Rij): ApiTokenUit {
  return {
    ...rij,
    scopes: rij.scopes as Scope[],
    aangemaakt: rij.aangemaakt.toISOString(),
    verloopt: rij.verloopt.toISOString(),
    laatstGebruikt: iso(rij.laatstGebruikt),
    ingetrokken: iso(rij.ingetrokken),
  };
}

export async function listApiTokens(db: Queryable, nu: Date, f: ApiTokenFilter) {
  const waar = and(
    f.q ? bevat(apiToken.naam, f.q) : undefined,
    f.status ? statusOp(nu)[f.status] : undefined,
  );
  const volgorde = sortering(
    f.sort,
    {
      naam: apiToken.naam,
      aangemaakt: apiToken.aangemaakt,
      verloopt: apiToken.verloopt,
      laatstGebruikt: apiToken.laatstGebruikt,
    },
    'naam',
  );
  const [rijen, [{ total }]] = await Promise.all([
    db
      .select(velden(nu))
      .from(apiToken)
      .where(waar)
      .orderBy(...volgorde)
      .limit(f.pageSize)
      .offset(offset(f)),
    db.select({ total: count() }).from(apiToken).where(waar),
  ]);
  return { items: rijen.map(uit), total, page: f.page, pageSize: f.pageSize };
}

/** One token by id or by its (unique) name. */
export async function findApiToken(
  db: Queryable,
  nu: Date,
  waar: { id: string } | { naam: string },
): Promise<ApiTokenUit | undefined> {
  const [rij] = await db
    .select(velden(nu))
    .from(apiToken)
    .where('id' in waar ? eq(apiToken.id, waar.id) : eq(apiToken.naam, waar.naam));
  return rij && uit(rij);
}

export async function getApiToken(db: Queryable, nu: Date, id: string): Promise<ApiTokenUit> {
  const gevonden = await findApiToken(db, nu, { id });
  if (!gevonden) throw nietGevonden('Dit API-token');
  return gevonden;
}
