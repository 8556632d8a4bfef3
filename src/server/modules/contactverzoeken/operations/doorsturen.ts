import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { vereisRegie } from '../../../policies';
import type { Doorsturing } from '../schemas';
import { deadlineVan, normVoor } from '../termijn';
import { controleerTeam } from './create-contactverzoek';
import { wijzig } from './wijzigen';

/**
 * Forwards a request to another team. The deadline stays (the KCC keeps regie over the
 * promise to the resident) unless a key user restarts it, with a reason.
 */
export function stuurDoor(ctx: AppContext, actor: Actor, id: string, invoer: Doorsturing, tx?: Tx) {
  return wijzig(
    ctx,
    actor,
    id,
    invoer.versie,
    'doorgestuurd',
    async (huidig, t) => {
      if (invoer.nieuweTermijn) vereisRegie(actor, huidig, 'de termijn opnieuw laten ingaan');
      const fouten = [
        ...(await controleerTeam(t, invoer.teamId)),
        ...(invoer.teamId === huidig.teamId
          ? [{ veld: 'teamId', melding: 'Het verzoek ligt al bij dit team.' }]
          : []),
        ...(invoer.nieuweTermijn && !invoer.reden
          ? [{ veld: 'reden', melding: 'Geef een reden voor de nieuwe termijn.' }]
          : []),
      ];
      if (fouten.length > 0) throw nietVerwerkbaar('Doorsturen kan zo niet.', fouten);
      const deadline = invoer.nieuweTermijn
        ? deadlineVan(
            ctx.now(),
            huidig.urgent,
            await normVoor(t, invoer.teamId, huidig.productId),
            await loadKalender(t),
          )
        : huidig.deadline;
      return {
        set: { teamId: invoer.teamId, medewerkerId: null, deadline, herinnerd: null, geescaleerd: null },
        logboek: [
          {
            soort: 'doorgestuurd',
            tekst: [`Doorgestuurd door ${huidig.teamNaam}.`, invoer.toelichting].filter(Boolean).join(' '),
            details: { van: huidig.teamId, naar: invoer.teamId },
          },
          ...(invoer.nieuweTermijn
            ? [
                {
                  soort: 'termijn-gewijzigd' as const,
                  tekst: `Nieuwe termijn tot en met ${datumTekst(deadline)}: ${invoer.reden}`,
                  details: { was: huidig.deadline },
                },
              ]
            : []),
        ],
      };
    },
    tx,
  );
}
