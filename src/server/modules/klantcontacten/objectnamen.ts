import { inArray, sql } from 'drizzle-orm';
import { registreerObjectnamen } from '../../platform/audit/objectnamen';
import { klantcontact } from './schema';

/** The audit trail shows a contact by its channel and start: "Telefoon 24-11-2026 10:02". */
export function registreerKlantcontactNamen(): void {
  registreerObjectnamen('klantcontact', (db, ids) =>
    db
      .select({
        id: klantcontact.id,
        naam: sql<string>`initcap(${klantcontact.kanaal}) || ' ' || to_char(${klantcontact.start} at time zone 'Europe/Amsterdam', 'DD-MM-YYYY HH24:MI')`,
      })
      .from(klantcontact)
      .where(inArray(klantcontact.id, ids)),
  );
}
