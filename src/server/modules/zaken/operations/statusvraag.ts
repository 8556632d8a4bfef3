import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum, datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { inTransactie } from '../../../platform/db/client';
import { geenToegang } from '../../../platform/http/problem';
import { vereisRegieZien } from '../../../policies';
import { createContactverzoek } from '../../contactverzoeken/operations/create-contactverzoek';
import { getContactverzoek } from '../../contactverzoeken/operations/lees-contactverzoek';
import { medewerkerAdressen } from '../../organisatie/operations/medewerker-lezen';
import { schrijfLogboek } from '../logboek';
import type { StatusvraagInvoer } from '../schemas';
import { getZaak } from './lees-zaak';

/** What the question is about: the team that has it and how to name it. */
async function onderwerp(ctx: AppContext, invoer: StatusvraagInvoer, nu: Date) {
  if (invoer.soort === 'zaak') {
    const z = await getZaak(ctx.db, invoer.id, nu);
    const termijn = z.einddatumGepland ?? z.uiterlijkeEinddatumAfdoening;
    return { teamId: z.teamId, nummer: z.identificatie, wat: z.omschrijving, termijn, zaakId: z.id };
  }
  const cv = await getContactverzoek(ctx.db, invoer.id, nu);
  return { teamId: cv.teamId, nummer: cv.nummer, wat: cv.onderwerp, termijn: cv.deadline, zaakId: null };
}

/**
 * "Vraag status na": the KCC asks the responsible team, by a contactverzoek to that team, where
 * a zaak or request near or over its norm stands; the team calls the KCC employee back.
 */
export async function vraagStatusNa(ctx: AppContext, actor: Actor, invoer: StatusvraagInvoer) {
  vereisRegieZien(actor);
  if (!actor.id) throw geenToegang('Alleen een medewerker kan de status navragen.');
  const nu = ctx.now();
  const o = await onderwerp(ctx, invoer, nu);
  const [ik] = await medewerkerAdressen(ctx.db, [actor.id]);
  return inTransactie(ctx.db, undefined, async (tx) => {
    const cv = await createContactverzoek(
      ctx,
      actor,
      {
        teamId: o.teamId,
        onderwerp: `Statusvraag ${o.nummer}`,
        vraag: `Het KCC vraagt waar ${o.nummer} (${o.wat}) staat: de termijn is ${datumTekst(o.termijn)}. Laat ${ik.naam} weten wat de inwoner kan verwachten.`,
        naam: ik.naam,
        email: ik.email,
        voorkeurstijd: 'geen',
        urgent: o.termijn < amsterdamseDatum(nu),
      },
      { tx },
    );
    if (o.zaakId)
      await schrijfLogboek(tx, actor, o.zaakId, nu, [
        { soort: 'notitie', tekst: `Het KCC vroeg de status na (${cv.nummer}).` },
      ]);
    return cv;
  });
}
