import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { nietGevonden, nietVerwerkbaar } from '../../../platform/http/problem';
import { productNaamSql } from '../../catalogus/producten';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { servicenorm } from '../schema';
import type { ServicenormInvoer } from '../schemas';
import { STANDAARDNORM } from '../termijn';

/** A norm is of one team or one product. */
const normNaam = sql<string>`coalesce(${teamNaamSql(servicenorm.teamId)}, ${productNaamSql(servicenorm.productId, { inactief: true })})`;

export async function leesNormen(db: Queryable) {
  const items = await db
    .select({
      id: servicenorm.id,
      teamId: servicenorm.teamId,
      productId: servicenorm.productId,
      naam: normNaam,
      werkdagen: servicenorm.werkdagen,
      werkdagenUrgent: servicenorm.werkdagenUrgent,
      maxPogingen: servicenorm.maxPogingen,
    })
    .from(servicenorm)
    .orderBy(normNaam);
  return { standaard: STANDAARDNORM, items };
}

function controleer(invoer: ServicenormInvoer) {
  const { teamId, productId } = invoer;
  if (Boolean(teamId) === Boolean(productId))
    return [{ veld: 'teamId', melding: 'Kies een team of een product (niet allebei).' }];
  if (productId && invoer.maxPogingen)
    return [{ veld: 'maxPogingen', melding: 'Het aantal pogingen stelt u per team in.' }];
  return [];
}

/** Sets the norm of one team or one product; new requests get it, running ones keep theirs. */
export async function zetNorm(ctx: AppContext, actor: Actor, invoer: ServicenormInvoer) {
  const fouten = controleer(invoer);
  if (fouten.length > 0) throw nietVerwerkbaar('Deze servicenorm kan zo niet.', fouten);
  return ctx.db.transaction(async (tx) => {
    const sleutel = invoer.teamId
      ? and(eq(servicenorm.teamId, invoer.teamId), isNull(servicenorm.productId))
      : and(eq(servicenorm.productId, invoer.productId as string), isNull(servicenorm.teamId));
    const waarden = {
      werkdagen: invoer.werkdagen,
      werkdagenUrgent: invoer.werkdagenUrgent,
      maxPogingen: invoer.maxPogingen ?? null,
    };
    const [bestaand] = await tx.select({ id: servicenorm.id }).from(servicenorm).where(sleutel);
    const [{ id }] = bestaand
      ? await tx
          .update(servicenorm)
          .set(waarden)
          .where(eq(servicenorm.id, bestaand.id))
          .returning({ id: servicenorm.id })
      : await tx
          .insert(servicenorm)
          .values({ ...waarden, teamId: invoer.teamId ?? null, productId: invoer.productId ?? null })
          .returning({ id: servicenorm.id })
          .catch((error) => {
            throw isVerwijzingFout(error, undefined)
              ? nietVerwerkbaar('Dit team of product bestaat niet.', [
                  { veld: invoer.teamId ? 'teamId' : 'productId', melding: 'Bestaat niet.' },
                ])
              : error;
          });
    await audit(tx, actor, {
      actie: 'servicenorm.ingesteld',
      objectType: 'servicenorm',
      objectId: id,
      details: waarden,
    });
    const { items } = await leesNormen(tx);
    return items.find((n) => n.id === id) as (typeof items)[number];
  });
}

/** Removes a norm: the product then follows its team's norm, the team the standard one. */
export async function verwijderNorm(ctx: AppContext, actor: Actor, id: string) {
  return ctx.db.transaction(async (tx) => {
    const { items } = await leesNormen(tx);
    const norm = items.find((n) => n.id === id);
    if (!norm) throw nietGevonden('Deze servicenorm');
    await tx.delete(servicenorm).where(eq(servicenorm.id, id));
    await audit(tx, actor, {
      actie: 'servicenorm.verwijderd',
      objectType: 'servicenorm',
      objectId: id,
      details: { naam: norm.naam, werkdagen: norm.werkdagen, werkdagenUrgent: norm.werkdagenUrgent },
    });
  });
}
