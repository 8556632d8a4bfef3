import { hash } from '@node-rs/argon2';
import { audit } from '../../../platform/audit/audit';
import { wisPogingen } from '../../../platform/auth/inlogpogingen';
import type { Actor } from '../../../platform/auth/rollen';
import { beeindigSessies } from '../../../platform/auth/sessies';
import { nieuwToken } from '../../../platform/auth/tokens';
import type { AppContext } from '../../../platform/context';
import { zetWachtwoord } from './aanmelding';
import { getMedewerker } from './medewerker-lezen';

/** The beheerder gets a one-time password to pass on; the employee must choose a new one. */
export async function resetWachtwoord(ctx: AppContext, actor: Actor, id: string) {
  const tijdelijkWachtwoord = nieuwToken(12);
  const wachtwoordHash = await hash(tijdelijkWachtwoord);
  await ctx.db.transaction(async (tx) => {
    const mw = await getMedewerker(tx, id);
    await zetWachtwoord(tx, id, wachtwoordHash, true);
    await beeindigSessies(tx, id);
    await wisPogingen(tx, mw.gebruikersnaam);
    await audit(tx, actor, {
      actie: 'medewerker.wachtwoord-gereset',
      objectType: 'medewerker',
      objectId: id,
    });
    await ctx.jobs.emit(tx, actor, {
      type: 'medewerker.wachtwoord-gereset',
      objectType: 'medewerker',
      objectId: id,
      data: { naam: mw.naam, email: mw.email, door: actor.naam },
    });
  });
  return { tijdelijkWachtwoord };
}
