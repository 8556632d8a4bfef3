import { Duration } from 'luxon';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import { opnieuwBewaken } from '../bewaking';
import type { VerlengingInvoer } from '../schemas';
import { binnenVerlengingstermijn, verschuif } from '../termijnen';
import { informeerInitiator } from './status-bericht';
import { wijzigZaak } from './wijzigen';

const duurFout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'duur', melding }]);

/**
 * Extends an open zaak, once, by at most the zaaktype's verlengingstermijn, with a reason;
 * the initiator is told the new date.
 */
export function verleng(ctx: AppContext, actor: Actor, id: string, invoer: VerlengingInvoer) {
  return wijzigZaak(ctx, actor, id, { naam: 'verlengd', versie: invoer.versie }, async (huidig, tx) => {
    const zt = await getZaaktype(tx, huidig.zaaktypeId);
    if (!zt?.verlengingMogelijk || !zt.verlengingstermijn)
      throw nietVerwerkbaar('Zaken van dit zaaktype kunnen niet worden verlengd.');
    if (huidig.verlengingDuur)
      throw nietVerwerkbaar('Deze zaak is al verlengd: een zaak kan maar één keer worden verlengd.');
    const duur = Duration.fromISO(invoer.duur);
    if (!duur.isValid || duur.toMillis() <= 0)
      throw duurFout('Geef de duur als ISO 8601-duur, bijvoorbeeld P6W.');
    if (!binnenVerlengingstermijn(invoer.duur, zt.verlengingstermijn, huidig.uiterlijkeEinddatumAfdoening))
      throw duurFout(
        `De verlenging mag niet langer zijn dan de verlengingstermijn (${zt.verlengingstermijn}).`,
      );
    const termijnen = verschuif(huidig, invoer.duur, await loadKalender(tx));
    const tekst = `De behandeling van uw zaak duurt langer: wij beslissen uiterlijk ${datumTekst(termijnen.uiterlijkeEinddatumAfdoening)}. Reden: ${invoer.reden}`;
    return {
      set: { verlengingDuur: invoer.duur, verlengingReden: invoer.reden, ...termijnen, ...opnieuwBewaken },
      logboek: [{ soort: 'verlengd', tekst: `Verlengd met ${invoer.duur}: ${invoer.reden}` }],
      daarna: (t) => informeerInitiator(ctx, t, actor, id, 'zaak.verlengd', tekst),
    };
  });
}
