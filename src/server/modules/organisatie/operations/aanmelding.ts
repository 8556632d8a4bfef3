import { and, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../platform/db/client';
import { medewerker } from '../schema';

/** What logging in (platform/auth) reads and writes of an employee; the rest of the row stays here. */

const inlogvelden = {
  id: medewerker.id,
  naam: medewerker.naam,
  gebruikersnaam: medewerker.gebruikersnaam,
  actief: medewerker.actief,
  wachtwoordHash: medewerker.wachtwoordHash,
  wachtwoordTijdelijk: medewerker.wachtwoordTijdelijk,
};

/** The account behind a login name (in any case), active or not. */
export async function accountOpGebruikersnaam(db: Queryable, gebruikersnaam: string) {
  const [rij] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(sql`lower(${medewerker.gebruikersnaam}) = lower(${gebruikersnaam})`);
  return rij;
}

export async function accountVan(db: Queryable, id: string) {
  const [rij] = await db.select(inlogvelden).from(medewerker).where(eq(medewerker.id, id));
  return rij;
}

/**
 * The active employee the identity provider knows by this subject; at the first login, one
 * not yet linked with this (verified) e-mail address.
 */
export async function accountOpOidc(db: Queryable, subject: string, geverifieerdEmail: string | undefined) {
  const actief = eq(medewerker.actief, true);
  const [opSubject] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(and(actief, eq(medewerker.oidcSubject, subject)));
  if (opSubject || !geverifieerdEmail) return { account: opSubject, opEmail: false };
  const [opEmail] = await db
    .select(inlogvelden)
    .from(medewerker)
    .where(
      and(
        actief,
        sql`lower(${medewerker.email}) = lower(${geverifieerdEmail})`,
        sql`${medewerker.oidcSubject} is null`,
      ),
    );
  return { account: opEmail, opEmail: Boolean(opEmail) };
}

export async function koppelOidcSubject(tx: Tx, id: string, subject: string) {
  await tx.update(medewerker).set({ oidcSubject: subject }).where(eq(medewerker.id, id));
}

/** A temporary password is one the beheerder handed out: the employee must choose a new one. */
export async function zetWachtwoord(tx: Tx, id: string, wachtwoordHash: string, tijdelijk: boolean) {
  await tx
    .update(medewerker)
    .set({ wachtwoordHash, wachtwoordTijdelijk: tijdelijk })
    .where(eq(medewerker.id, id));
}
