import { hash } from '@node-rs/argon2';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { meldKoppeling } from '../koppeling';
import { medewerker } from '../schema';
import type { MedewerkerInvoer } from '../schemas';
import { assertGebruikersnaamVrij, assertIdentificatieVrij } from './gebruikersnaam';
import { getMedewerker } from './medewerker-lezen';
import { setTeams } from './teamlidmaatschap';

export async function createMedewerker(
  ctx: AppContext,
  actor: Actor,
  { wachtwoord, teamIds, ...invoer }: MedewerkerInvoer,
) {
  const wachtwoordHash = await hash(wachtwoord);
  return ctx.db.transaction(async (tx) => {
    await assertGebruikersnaamVrij(tx, invoer.gebruikersnaam);
    await assertIdentificatieVrij(tx, invoer.identificatie);
    const [rij] = await tx
      .insert(medewerker)
      .values({ ...invoer, wachtwoordHash, wachtwoordTijdelijk: true })
      .returning({ id: medewerker.id });
    await setTeams(tx, rij.id, teamIds);
    await meldKoppeling(tx, actor, {
      soort: 'medewerker',
      id: rij.id,
      naam: invoer.naam,
      sleutels: [invoer.email, invoer.identificatie ?? ''],
    });
    await audit(tx, actor, {
      actie: 'medewerker.aangemaakt',
      objectType: 'medewerker',
      objectId: rij.id,
      details: { ...invoer, teamIds },
    });
    await ctx.jobs.emit(tx, actor, {
      type: 'medewerker.aangemaakt',
      objectType: 'medewerker',
      objectId: rij.id,
      data: { naam: invoer.naam, email: invoer.email, gebruikersnaam: invoer.gebruikersnaam },
    });
    return getMedewerker(tx, rij.id);
  });
}
