import { tijdstip as tijdstipTekst } from '../../../../shared/nl';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import type { Poging } from '../schemas';
import { normVoor } from '../termijn';
import { isMislukt } from '../waarden';
import { wijzig } from './wijzigen';

const omschrijving = {
  bereikt: 'Inwoner bereikt.',
  'niet-bereikt': 'Niet bereikt.',
  'voicemail-ingesproken': 'Voicemail ingesproken.',
  'verkeerd-nummer': 'Verkeerd nummer.',
} as const;

/** When the attempt really happened: now, or earlier, but not before the request came in. */
function pogingTijdstip(invoer: Poging, ontvangen: string, nu: Date): Date | undefined {
  if (!invoer.tijdstip) return undefined;
  const t = new Date(invoer.tijdstip);
  const melding =
    t > nu
      ? 'Een belpoging kan niet in de toekomst liggen.'
      : // A time field holds minutes: the minute the request came in counts as after it.
        t.getTime() < Math.floor(Date.parse(ontvangen) / 60_000) * 60_000
        ? `Een belpoging kan niet vóór de ontvangst van het verzoek liggen (${tijdstipTekst(ontvangen)}).`
        : undefined;
  if (melding) throw nietVerwerkbaar(melding, [{ veld: 'tijdstip', melding }]);
  return t;
}

/**
 * Logs a call attempt, at the time it really happened when that is given. When the failed attempts reach the team's limit, the resident
 * automatically gets an e-mail (or a letter when no address is known) through the outbox.
 */
export function registreerPoging(ctx: AppContext, actor: Actor, id: string, invoer: Poging) {
  const nu = ctx.now();
  return wijzig(ctx, actor, id, invoer.versie, 'poging', async (huidig, tx) => {
    const tijdstip = pogingTijdstip(invoer, huidig.ontvangen, nu);
    const mislukt = huidig.mislukt + (isMislukt(invoer.uitkomst) ? 1 : 0);
    const { maxPogingen } = await normVoor(tx, huidig.teamId, huidig.productId);
    const bericht = isMislukt(invoer.uitkomst) && mislukt === maxPogingen;
    const per = huidig.email ? `e-mail aan ${huidig.email}` : 'brief';
    return {
      set: { pogingen: huidig.pogingen + 1, mislukt },
      logboek: [
        {
          soort: 'poging',
          uitkomst: invoer.uitkomst,
          tekst: [omschrijving[invoer.uitkomst], invoer.tekst].filter(Boolean).join(' '),
          tijdstip,
          details: tijdstip && { vastgelegd: nu.toISOString() },
        },
        ...(bericht
          ? [{ soort: 'niet-bereikbaar-bericht' as const, tekst: `${mislukt} keer niet bereikt: ${per}.` }]
          : []),
      ],
      daarna: bericht
        ? (t) =>
            ctx.jobs.emit(t, actor, {
              type: 'contactverzoek.niet-bereikbaar',
              objectType: 'contactverzoek',
              objectId: id,
              data: {
                nummer: huidig.nummer,
                naam: huidig.naam,
                email: huidig.email,
                partijId: huidig.partijId,
                onderwerp: huidig.onderwerp,
                pogingen: mislukt,
              },
            })
        : undefined,
    };
  });
}
