import { inArray, sql } from 'drizzle-orm';
import { registreerObjectnamen } from '../../platform/audit/objectnamen';
import { leesNormen } from './operations/servicenormen';
import { contactverzoek } from './schema';

/** The audit trail shows a request by its number and subject, a norm by its team or product. */
export function registreerContactverzoekNamen(): void {
  registreerObjectnamen('contactverzoek', (db, ids) =>
    db
      .select({
        id: contactverzoek.id,
        naam: sql<string>`${contactverzoek.nummer} || ' ' || ${contactverzoek.onderwerp}`,
      })
      .from(contactverzoek)
      .where(inArray(contactverzoek.id, ids)),
  );
  registreerObjectnamen('servicenorm', async (db, ids) =>
    (await leesNormen(db)).items
      .filter((n) => ids.includes(n.id))
      .map((n) => ({ id: n.id, naam: `Servicenorm ${n.naam}` })),
  );
}
