import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { vereisBehandelen } from '../../../policies';
import { schrijfLogboek } from '../logboek';
import { getContactverzoek } from './lees-contactverzoek';

/** A note in the logboek; allowed on a closed request too, it changes nothing else. */
export async function maakNotitie(ctx: AppContext, actor: Actor, id: string, tekst: string) {
  const nu = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const huidig = await getContactverzoek(tx, id, nu);
    vereisBehandelen(actor, huidig);
    await schrijfLogboek(tx, actor, id, nu, { soort: 'notitie', tekst });
    await audit(tx, actor, {
      actie: 'contactverzoek.notitie',
      objectType: 'contactverzoek',
      objectId: id,
      persoonsgegevens: Boolean(huidig.partijId),
    });
    return getContactverzoek(tx, id, nu);
  });
}
