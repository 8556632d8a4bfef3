import { inArray } from 'drizzle-orm';
import { registreerObjectnamen } from '../../platform/audit/objectnamen';
import { medewerker, team } from './schema';

/** The audit trail shows teams and employees by name. */
export function registreerOrganisatieNamen(): void {
  registreerObjectnamen('team', (db, ids) =>
    db.select({ id: team.id, naam: team.naam }).from(team).where(inArray(team.id, ids)),
  );
  registreerObjectnamen('medewerker', (db, ids) =>
    db
      .select({ id: medewerker.id, naam: medewerker.naam })
      .from(medewerker)
      .where(inArray(medewerker.id, ids)),
  );
}
