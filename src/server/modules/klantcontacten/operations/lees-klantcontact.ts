import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { nietGevonden } from '../../../platform/http/problem';
import { medewerkerNaam } from '../../organisatie/operations/medewerker-lezen';
import { partijNaam } from '../../partijen/bestaat';
import { klantcontact, vraag } from '../schema';

export async function getKlantcontact(db: Queryable, id: string) {
  const [kc] = await db.select().from(klantcontact).where(eq(klantcontact.id, id));
  if (!kc) throw nietGevonden('Dit klantcontact');
  // One after the other: inside a transaction all queries share one connection.
  const vragen = await db
    .select()
    .from(vraag)
    .where(eq(vraag.klantcontactId, id))
    .orderBy(asc(vraag.volgnummer));
  const partij = kc.partijId ? await partijNaam(db, kc.partijId) : null;
  const medewerker = kc.medewerkerId ? await medewerkerNaam(db, kc.medewerkerId) : null;
  return {
    ...kc,
    start: kc.start.toISOString(),
    einde: kc.einde?.toISOString() ?? null,
    partijNaam: partij,
    medewerkerNaam: medewerker,
    vragen: vragen.map(({ klantcontactId: _, ...v }) => v),
  };
}
