import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { zaakLeesniveau } from '../../../policies';
import { zaakRelatie } from '../schema';
import type { RelatieInvoer } from '../schemas';
import { getZaak } from './lees-zaak';
import { wijzigZaak } from './wijzigen';

const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'gerelateerdeZaakId', melding }]);

/** Relates an open zaak to another (vervolg, onderwerp, bijdrage), once per pair. */
export function relateer(ctx: AppContext, actor: Actor, id: string, invoer: RelatieInvoer) {
  const nu = ctx.now();
  return wijzigZaak(ctx, actor, id, { naam: 'gerelateerd' }, async (huidig, tx) => {
    if (invoer.gerelateerdeZaakId === id) throw fout('Een zaak kan niet aan zichzelf gerelateerd worden.');
    const ander = await getZaak(tx, invoer.gerelateerdeZaakId, nu).catch(() => undefined);
    if (!ander || !zaakLeesniveau(actor, ander)) throw fout('Deze zaak bestaat niet.');
    if (huidig.gerelateerd.some((g) => g.id === ander.id))
      throw fout(`${ander.identificatie} is al gerelateerd.`);
    return {
      logboek: [{ soort: 'gerelateerd', tekst: `Gerelateerd aan ${ander.identificatie} (${invoer.aard}).` }],
      daarna: (t) => t.insert(zaakRelatie).values({ zaakId: id, ...invoer }),
    };
  });
}
