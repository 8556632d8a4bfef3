import { inArray } from 'drizzle-orm';
import { registreerObjectnamen } from '../../platform/audit/objectnamen';
import { partij } from './schema';

/** The audit trail shows parties by name, so the beheerder can say who read whose data. */
export function registreerPartijNamen(): void {
  registreerObjectnamen('partij', (db, ids) =>
    db.select({ id: partij.id, naam: partij.naam }).from(partij).where(inArray(partij.id, ids)),
  );
}
