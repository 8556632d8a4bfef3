import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import { eigenschapFout } from '../eigenschappen';
import { zaakEigenschap } from '../schema';
import type { EigenschapInvoer } from '../schemas';
import { wijzigZaak } from './wijzigen';

/** Records (or changes) the value of one of the zaaktype's eigenschappen. */
export function zetEigenschap(ctx: AppContext, actor: Actor, id: string, invoer: EigenschapInvoer) {
  return wijzigZaak(
    ctx,
    actor,
    id,
    { naam: 'eigenschap-gezet', versie: invoer.versie },
    async (huidig, tx) => {
      const def = (await getZaaktype(tx, huidig.zaaktypeId))?.eigenschappen.find(
        (e) => e.id === invoer.eigenschapId,
      );
      const melding = def
        ? eigenschapFout(def, invoer.waarde)
        : 'Deze eigenschap hoort niet bij het zaaktype van de zaak.';
      if (melding || !def)
        throw nietVerwerkbaar(melding ?? '', [
          { veld: def ? 'waarde' : 'eigenschapId', melding: melding ?? '' },
        ]);
      return {
        logboek: [{ soort: 'eigenschap', tekst: `${def.naam}: ${invoer.waarde}` }],
        daarna: (t) =>
          t
            .insert(zaakEigenschap)
            .values({ zaakId: id, eigenschapId: def.id, waarde: invoer.waarde })
            .onConflictDoUpdate({
              target: [zaakEigenschap.zaakId, zaakEigenschap.eigenschapId],
              set: { waarde: sql`excluded.waarde` },
            }),
      };
    },
  );
}
