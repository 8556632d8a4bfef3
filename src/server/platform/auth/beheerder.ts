import { createMedewerker } from '../../modules/organisatie/operations/create-medewerker';
import { medewerkerInvoer } from '../../modules/organisatie/schemas';
import type { AppContext } from '../context';
import { veldFouten } from '../http/errors';
import { systeemActor } from './rollen';
import { nieuwToken } from './tokens';

export interface BeheerderInvoer {
  gebruikersnaam: string;
  /** The gebruikersnaam when not given. */
  naam?: string;
  email: string;
}

/**
 * A functioneel beheerder from the command line: how a production installation, which has no
 * demo accounts, gets its first one. Returns the one-time password; it is temporary, so the
 * beheerder chooses an own one at the first login.
 */
export async function createBeheerder(ctx: AppContext, invoer: BeheerderInvoer): Promise<string> {
  const wachtwoord = nieuwToken(12);
  const geldig = medewerkerInvoer.safeParse({
    naam: invoer.naam ?? invoer.gebruikersnaam,
    gebruikersnaam: invoer.gebruikersnaam,
    email: invoer.email,
    rollen: ['functioneel-beheerder'],
    teamIds: [],
    wachtwoord,
  });
  if (!geldig.success) {
    throw new Error(
      veldFouten(geldig.error)
        .map((f) => `${f.veld}: ${f.melding}`)
        .join('\n'),
    );
  }
  await createMedewerker(ctx, systeemActor('Beheer-CLI', 'cli'), geldig.data);
  return wachtwoord;
}
