import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { beeindigSessies } from '../../../platform/auth/sessies';
import type { AppContext } from '../../../platform/context';
import { conflict } from '../../../platform/http/problem';
import { meldKoppeling } from '../koppeling';
import { medewerker } from '../schema';
import type { MedewerkerWijziging } from '../schemas';
import { assertGebruikersnaamVrij, assertIdentificatieVrij } from './gebruikersnaam';
import { getMedewerker } from './medewerker-lezen';
import { setTeams } from './teamlidmaatschap';

export async function updateMedewerker(
  ctx: AppContext,
  actor: Actor,
  id: string,
  invoer: MedewerkerWijziging,
) {
  const { versie, teamIds, ...wijziging } = invoer;
  return ctx.db.transaction(async (tx) => {
    const huidig = await getMedewerker(tx, id);
    if (wijziging.gebruikersnaam) await assertGebruikersnaamVrij(tx, wijziging.gebruikersnaam, id);
    await assertIdentificatieVrij(tx, wijziging.identificatie, id);
    const bijgewerkt = await tx
      .update(medewerker)
      .set({ ...wijziging, versie: sql`${medewerker.versie} + 1` })
      .where(and(eq(medewerker.id, id), eq(medewerker.versie, versie)))
      .returning({ id: medewerker.id });
    if (bijgewerkt.length === 0)
      throw conflict('Iemand anders heeft deze medewerker intussen gewijzigd.', huidig);
    if (teamIds) await setTeams(tx, id, teamIds);
    // A deactivated employee is logged out everywhere at once.
    if (wijziging.actief === false) await beeindigSessies(tx, id);
    await audit(tx, actor, {
      actie: 'medewerker.gewijzigd',
      objectType: 'medewerker',
      objectId: id,
      details: { ...wijziging, teamIds },
    });
    const nu = await getMedewerker(tx, id);
    const nieuw = [nu.email, nu.identificatie ?? ''].filter(
      (s) => s && s !== huidig.email && s !== huidig.identificatie,
    );
    await meldKoppeling(tx, actor, { soort: 'medewerker', id, naam: nu.naam, sleutels: nieuw });
    return nu;
  });
}
