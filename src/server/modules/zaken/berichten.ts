import type { AppContext } from '../../platform/context';
import { bevestigingVia } from '../contactverzoeken/operations/create-contactverzoek';

const GROET = ['', 'Met vriendelijke groet,', 'Gemeente Voorbeeldstad'];

interface Bericht {
  identificatie: string;
  omschrijving: string;
  naam: string;
  email: string | null;
  telefoon: string | null;
  tekst: string;
}

/** What the initiator hears about a zaak: a status with "informeren", an extension. Once per event, from the outbox. */
export function registerZaakBerichten(ctx: AppContext): void {
  for (const [type, handler] of [
    ['zaak.status-gezet', 'status-aan-initiator'],
    ['zaak.verlengd', 'verlenging-aan-initiator'],
  ] as const)
    ctx.jobs.on(type, handler, async (g) => {
      const d = g.data as Bericht;
      if (d.email) {
        await ctx.mailer.verstuur({
          sleutel: g.id,
          aan: d.email,
          onderwerp: `Uw zaak ${d.identificatie}: ${d.omschrijving}`,
          tekst: [
            `Beste ${d.naam},`,
            '',
            d.tekst,
            '',
            `Uw zaaknummer is ${d.identificatie}. Noem dit nummer als u ons belt.`,
            ...GROET,
          ].join('\n'),
        });
        return;
      }
      const via = bevestigingVia(d);
      if (via)
        await ctx.sms.verstuur({
          sleutel: g.id,
          aan: via.replace('sms ', ''),
          tekst: `Gemeente Voorbeeldstad, zaak ${d.identificatie}: ${d.tekst}`,
        });
    });
}
