import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client';
import { type Sleutel, scalar } from '../../platform/db/deelvraag';
import { informatieobjecttype, zaaktypeInformatieobjecttype } from './schema';

/** Whether documents of this informatieobjecttype belong to zaken of the zaaktype. */
export async function hoortBijZaaktype(db: Queryable, zaaktypeId: string, informatieobjecttypeId: string) {
  const [rij] = await db
    .select({ id: zaaktypeInformatieobjecttype.informatieobjecttypeId })
    .from(zaaktypeInformatieobjecttype)
    .where(
      and(
        eq(zaaktypeInformatieobjecttype.zaaktypeId, zaaktypeId),
        eq(zaaktypeInformatieobjecttype.informatieobjecttypeId, informatieobjecttypeId),
      ),
    );
  return rij !== undefined;
}

/** An informatieobjecttype's omschrijving by id, for another module's statement. */
export const informatieobjecttypeNaamSql = (id: Sleutel) =>
  scalar<string | null>(
    sql`select ${informatieobjecttype.omschrijving} from ${informatieobjecttype} where ${informatieobjecttype.id} = ${id}`,
  );
