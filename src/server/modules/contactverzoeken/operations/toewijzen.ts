import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { inTransactie, type Tx } from '../../../platform/db/client';
import { geenToegang, nietVerwerkbaar } from '../../../platform/http/problem';
import { medewerkerNaam } from '../../organisatie/operations/medewerker-lezen';
import { isTeamlid } from '../../organisatie/operations/teamlidmaatschap';
import { wijzig, wijzigIn } from './wijzigen';

/** An employee of the request's team takes it on. */
export function claimContactverzoek(ctx: AppContext, actor: Actor, id: string, versie?: number) {
  return wijzig(ctx, actor, id, versie, 'geclaimd', () => {
    if (!actor.id) throw geenToegang('Alleen een medewerker kan een verzoek oppakken.');
    return {
      set: { medewerkerId: actor.id },
      logboek: [{ soort: 'geclaimd', tekst: `Opgepakt door ${actor.naam}.` }],
    };
  });
}

/**
 * A key user or teamleider assigns (or unassigns) one or more requests; all or none are
 * changed, and every assignee must belong to the request's team.
 */
export async function wijsToe(
  ctx: AppContext,
  actor: Actor,
  ids: string[],
  medewerkerId: string | null,
  transactie?: Tx,
) {
  const nu = ctx.now();
  return inTransactie(ctx.db, transactie, async (tx) => {
    const naam = medewerkerId ? await medewerkerNaam(tx, medewerkerId) : null;
    if (medewerkerId && !naam)
      throw nietVerwerkbaar('Deze medewerker bestaat niet.', [
        { veld: 'medewerkerId', melding: 'Deze medewerker bestaat niet.' },
      ]);
    const gewijzigd = [];
    for (const [i, id] of [...new Set(ids)].entries()) {
      gewijzigd.push(
        await wijzigIn(tx, actor, nu, id, undefined, 'toegewezen', async (huidig) => {
          if (medewerkerId && !(await isTeamlid(tx, huidig.teamId, medewerkerId))) {
            const melding = `${naam} hoort niet bij ${huidig.teamNaam}.`;
            throw nietVerwerkbaar(melding, [{ veld: `ids.${i}`, melding }]);
          }
          return {
            set: { medewerkerId },
            logboek: [
              { soort: 'toegewezen', tekst: naam ? `Toegewezen aan ${naam}.` : 'Toewijzing opgeheven.' },
            ],
          };
        }),
      );
    }
    return gewijzigd;
  });
}
