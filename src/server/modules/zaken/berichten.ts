import { bewakingCron, regieRollen } from '../../platform/bewaking/bewaking';
import { datumTekst } from '../../platform/calendar/tijd';
import type { AppContext } from '../../platform/context';
import type { WebPad } from '../../platform/http/webpaden';
import { informeer } from '../../platform/meldingen/informeer';
import { bevestigingVia } from '../contactverzoeken/operations/create-contactverzoek';
import { medewerkerAdressen } from '../organisatie/operations/medewerker-lezen';
import { findTeam } from '../organisatie/operations/team-lezen';
import { teamledenMetRol } from '../organisatie/operations/teamlidmaatschap';
import { bewaakZaken, type ZaakKort } from './bewaking';

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

const zaakPagina = (id: string) => ('/zaken/$id' satisfies WebPad).replace('$id', id);
const werkvoorraad = '/zaken' satisfies WebPad;
const aantal = (zaken: ZaakKort[]) => `${zaken.length} ${zaken.length === 1 ? 'zaak' : 'zaken'}`;

const termijnen = (z: ZaakKort) =>
  [
    z.einddatumGepland && `servicenorm tot en met ${datumTekst(z.einddatumGepland)}`,
    `wettelijke termijn tot en met ${datumTekst(z.uiterlijkeEinddatumAfdoening)}`,
  ]
    .filter(Boolean)
    .join('; ');

/** Each zaak with its deadlines and its page. */
const lijst = (ctx: AppContext, zaken: ZaakKort[]) =>
  zaken.flatMap((z) => [
    `- ${z.identificatie} ${z.omschrijving} (${termijnen(z)})`,
    `  ${ctx.config.baseUrl}${zaakPagina(z.id)}`,
  ]);

/** One zaak links to its page, several to the werkvoorraad that lists them. */
const link = (zaken: ZaakKort[], filter: string) =>
  zaken.length === 1 ? zaakPagina(zaken[0].id) : `${werkvoorraad}?${filter}`;

/**
 * What the team hears from the monitor (reminders to the behandelaar on the day the termijn is
 * reached, escalations to the key users and teamleider once it is past), and its schedule.
 */
export function registerZaakBewaking(ctx: AppContext): void {
  ctx.jobs.on('zaak.herinnering', 'herinnering', async (g) => {
    const { zaken } = g.data as { zaken: ZaakKort[] };
    await informeer(ctx, g.id, await medewerkerAdressen(ctx.db, [g.objectId]), {
      onderwerp: `Herinnering: de termijn van ${aantal(zaken)} verloopt vandaag`,
      tekst: ['Deze zaken moeten uiterlijk vandaag zijn afgehandeld:', ...lijst(ctx, zaken)],
      link: link(zaken, 'filter=mijn'),
    });
  });
  ctx.jobs.on('zaak.escalatie', 'escalatie', async (g) => {
    const { zaken } = g.data as { zaken: ZaakKort[] };
    const team = (await findTeam(ctx.db, g.objectId))?.naam ?? 'het team';
    await informeer(ctx, g.id, await teamledenMetRol(ctx.db, g.objectId, regieRollen), {
      onderwerp: `Escalatie: ${aantal(zaken)} van ${team} over de termijn`,
      tekst: [`Deze zaken van ${team} zijn niet binnen de termijn afgehandeld:`, ...lijst(ctx, zaken)],
      link: link(zaken, `teamId=${g.objectId}`),
    });
  });
  ctx.jobs.periodiek('zaken-bewaking', bewakingCron(), () => bewaakZaken(ctx));
}
