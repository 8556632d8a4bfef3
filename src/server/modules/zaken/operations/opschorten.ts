import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { conflict, nietVerwerkbaar } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import { opnieuwBewaken } from '../bewaking';
import { dagenOpgeschort, verschuif } from '../termijnen';
import { voorActor } from './lees-zaak';
import { wijzigZaak } from './wijzigen';

/** Suspends an open zaak, once, when its zaaktype allows it: the deadlines stand still. */
export function schortOp(ctx: AppContext, actor: Actor, id: string, reden: string, versie?: number) {
  return wijzigZaak(ctx, actor, id, { naam: 'opgeschort', versie }, async (huidig, tx, vandaag) => {
    if (!(await getZaaktype(tx, huidig.zaaktypeId))?.opschortingMogelijk)
      throw nietVerwerkbaar('Zaken van dit zaaktype kunnen niet worden opgeschort.');
    if (huidig.opgeschortSinds) throw conflict('Deze zaak is al opgeschort.', voorActor(actor, huidig));
    if (huidig.opgeschortGeweest)
      throw nietVerwerkbaar('Deze zaak is al eens opgeschort: een zaak kan maar één keer worden opgeschort.');
    return {
      set: { opgeschortSinds: vandaag, opschortingReden: reden, opgeschortGeweest: true },
      logboek: [{ soort: 'opgeschort', tekst: `Opgeschort: ${reden}` }],
    };
  });
}

/** Resumes a suspended zaak: both deadlines move by the calendar days it was suspended. */
export function hervat(ctx: AppContext, actor: Actor, id: string, versie?: number) {
  return wijzigZaak(ctx, actor, id, { naam: 'hervat', versie }, async (huidig, tx, vandaag) => {
    if (!huidig.opgeschortSinds) throw conflict('Deze zaak is niet opgeschort.', voorActor(actor, huidig));
    const dagen = dagenOpgeschort(huidig.opgeschortSinds, vandaag);
    const termijnen = verschuif(huidig, `P${dagen}D`, await loadKalender(tx));
    return {
      set: { opgeschortSinds: null, ...termijnen, ...opnieuwBewaken },
      logboek: [
        {
          soort: 'hervat',
          tekst: `Hervat na ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}. Uiterlijk afgehandeld op ${datumTekst(termijnen.uiterlijkeEinddatumAfdoening)}.`,
          details: { dagen },
        },
      ],
    };
  });
}
