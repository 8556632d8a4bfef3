import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import type { StatusInvoer } from '../schemas';
import { statusGezet } from './status-bericht';
import { wijzigZaak } from './wijzigen';

const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'statustypeId', melding }]);

/**
 * Moves an open zaak to a status of its zaaktype. The last statustype is the eindstatus: it is
 * set by closing the zaak with a resultaat, never on its own.
 */
export function zetStatus(ctx: AppContext, actor: Actor, id: string, invoer: StatusInvoer) {
  const nu = ctx.now();
  return wijzigZaak(ctx, actor, id, { naam: 'status-gezet', versie: invoer.versie }, async (huidig, tx) => {
    const zt = await getZaaktype(tx, huidig.zaaktypeId);
    const statustypen = zt?.statustypen ?? [];
    const nieuw = statustypen.find((s) => s.id === invoer.statustypeId);
    if (!nieuw) throw fout('Deze status hoort niet bij het zaaktype van de zaak.');
    if (nieuw === statustypen.at(-1))
      throw fout(`"${nieuw.omschrijving}" is de eindstatus: sluit de zaak af met een resultaat.`);
    if (nieuw.id === huidig.statustypeId) throw fout(`De zaak heeft de status "${nieuw.omschrijving}" al.`);
    return {
      set: { statustypeId: nieuw.id, statusGezet: nu },
      logboek: [],
      daarna: (t) => statusGezet(ctx, t, actor, id, nieuw, nu, invoer.toelichting ?? ''),
    };
  });
}
