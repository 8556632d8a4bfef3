import { sql } from 'drizzle-orm';
import { type Queryable, rijen } from '../../../platform/db/client';
import { MAX_DUUR_UUR } from './register-klantcontact';

export interface AfgerondContact {
  id: string;
  partijId: string;
  teamId: string | null;
  kanaal: string;
  einde: Date;
  /** The product of its first question that has one. */
  productId: string | null;
}

/**
 * The contacts of a known party that were finished after `van` up to `tot`, in order. Read on
 * the start index: a contact ends at most MAX_DUUR_UUR after it started.
 */
export function afgerondeContacten(db: Queryable, van: Date, tot: Date) {
  const vroegsteStart = new Date(van.getTime() - MAX_DUUR_UUR * 3_600_000);
  return rijen<AfgerondContact>(
    db,
    sql`select k.id, k.partij_id as "partijId", k.team_id as "teamId", k.kanaal, k.einde,
        (select v.product_id from vraag v where v.klantcontact_id = k.id and v.product_id is not null
          order by v.volgnummer limit 1) as "productId"
      from klantcontact k
      where k.start > ${vroegsteStart.toISOString()} and k.start <= ${tot.toISOString()}
        and k.einde > ${van.toISOString()} and k.einde <= ${tot.toISOString()}
        and k.status = 'afgerond' and k.partij_id is not null
      order by k.einde, k.id`,
  );
}
