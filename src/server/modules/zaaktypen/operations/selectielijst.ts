import { asc, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { selectielijstProcestype, selectielijstResultaat } from '../schema';

/** The procestypen of the VNG Selectielijst, newest list first. */
export function listProcestypen(db: Queryable) {
  return db
    .select({
      url: selectielijstProcestype.url,
      nummer: selectielijstProcestype.nummer,
      jaar: selectielijstProcestype.jaar,
      naam: selectielijstProcestype.naam,
    })
    .from(selectielijstProcestype)
    .orderBy(desc(selectielijstProcestype.jaar), asc(selectielijstProcestype.nummer));
}

/** The results (selectielijst classes) of the VNG Selectielijst, of one procestype if asked. */
export function listSelectielijstResultaten(db: Queryable, procestype?: string) {
  return db
    .select()
    .from(selectielijstResultaat)
    .where(procestype ? eq(selectielijstResultaat.procestypeUrl, procestype) : undefined)
    .orderBy(asc(selectielijstResultaat.procestypeUrl), asc(selectielijstResultaat.volledigNummer));
}
