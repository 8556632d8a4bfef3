import { amsterdamseDatum, datumTekst } from '../../platform/calendar/tijd';
import type { AppContext } from '../../platform/context';
import type { DomeinGebeurtenis } from '../../platform/jobs/jobs';
import { informeer } from '../../platform/meldingen/informeer';
import { teamledenMetRol } from '../organisatie/operations/teamlidmaatschap';
import { scanContacten } from './operations/contacten-scannen';
import { type Kandidaat, nodigUit, type Uitnodigingsbericht } from './operations/uitnodigen';
import type { Aanleiding } from './waarden';

const AANLEIDING: Record<Aanleiding, string> = {
  klantcontact: 'U had onlangs contact met de gemeente.',
  contactverzoek: 'Wij hebben onlangs uw vraag aan de gemeente afgehandeld.',
  zaak: 'Wij hebben onlangs uw aanvraag of melding bij de gemeente afgerond.',
};

async function verstuurUitnodiging(ctx: AppContext, g: DomeinGebeurtenis) {
  const d = g.data as unknown as Uitnodigingsbericht;
  const link = `${ctx.config.baseUrl}/kto/${d.token}`;
  if (d.via === 'sms') {
    await ctx.sms.verstuur({
      sleutel: g.id,
      aan: d.aan,
      tekst: `Gemeente Voorbeeldstad: hoe hebben wij u geholpen? Drie vragen, één minuut: ${link}`,
    });
    return;
  }
  await ctx.mailer.verstuur({
    sleutel: g.id,
    aan: d.aan,
    onderwerp: 'Hoe hebben wij u geholpen?',
    tekst: [
      `Beste ${d.naam},`,
      '',
      `${AANLEIDING[d.aanleiding]} Wilt u ons vertellen hoe dat ging? Het zijn drie vragen en het kost u een minuut.`,
      '',
      link,
      '',
      `De link werkt tot ${datumTekst(amsterdamseDatum(new Date(d.verlooptOp)))}. U hoeft niet in te loggen en uw antwoord gebruiken wij alleen om onze dienstverlening te verbeteren.`,
      '',
      'Met vriendelijke groet,',
      'Gemeente Voorbeeldstad',
    ].join('\n'),
  });
}

const kandidaat =
  (aanleiding: Aanleiding) =>
  (g: DomeinGebeurtenis): Kandidaat => {
    const d = g.data as { partijId: string | null; teamId: string | null; productId: string | null };
    return { aanleiding, aanleidingId: g.objectId, kanaal: null, ...d };
  };

/**
 * The KTO: an invitation after a closed request or zaak (from their events) and after a finished
 * contact (a periodic look at the contacts, which are written without an event); the message
 * itself; and the team's key users hear of a low score with a comment.
 */
export function registerKto(ctx: AppContext): void {
  if (ctx.config.kto.steekproef > 0) {
    const contactverzoek = kandidaat('contactverzoek');
    const zaak = kandidaat('zaak');
    ctx.jobs.on('contactverzoek.afgehandeld', 'kto', (g) => nodigUit(ctx, contactverzoek(g)).then(() => {}));
    ctx.jobs.on('zaak.afgesloten', 'kto', (g) => nodigUit(ctx, zaak(g)).then(() => {}));
    ctx.jobs.periodiek('kto-contacten', ctx.config.kto.cron, () => scanContacten(ctx));
  }
  ctx.jobs.on('kto.uitgenodigd', 'bericht', (g) => verstuurUitnodiging(ctx, g));
  ctx.jobs.on('kto.laag', 'signaal', async (g) => {
    const d = g.data as { teamId: string | null; score: number };
    if (!d.teamId) return;
    await informeer(ctx, g.id, await teamledenMetRol(ctx.db, d.teamId, ['key-user']), {
      onderwerp: `KTO: een inwoner gaf een ${d.score} met een opmerking`,
      tekst: [
        `Een inwoner gaf uw team een ${d.score} van 5 en schreef een opmerking. Lees haar bij Sturing, onder Klanttevredenheid.`,
      ],
      link: '/sturing',
    });
  });
}
