import { label } from '../../../../shared/labels';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import type { Afhandeling } from '../schemas';
import { wijzig } from './wijzigen';

/** Closes a request with its result; closing a closed one gives 409 with the current state. */
export function handelAf(ctx: AppContext, actor: Actor, id: string, invoer: Afhandeling, tx?: Tx) {
  return wijzig(
    ctx,
    actor,
    id,
    invoer.versie,
    'afgehandeld',
    (huidig) => ({
      set: { status: 'afgehandeld', resultaat: invoer.resultaat, afgehandeld: ctx.now() },
      logboek: [
        {
          soort: 'afgehandeld',
          tekst: [`Resultaat: ${label('resultaat', invoer.resultaat)}.`, invoer.toelichting]
            .filter(Boolean)
            .join(' '),
        },
      ],
      // For what follows a closed request elsewhere (the KTO invitation).
      daarna: (t) =>
        ctx.jobs.emit(t, actor, {
          type: 'contactverzoek.afgehandeld',
          objectType: 'contactverzoek',
          objectId: id,
          data: { partijId: huidig.partijId, teamId: huidig.teamId, productId: huidig.productId },
        }),
    }),
    tx,
  );
}
