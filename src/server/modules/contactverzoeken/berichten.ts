import { bewakingCron, regieRollen } from '../../platform/bewaking/bewaking';
import { datumTekst } from '../../platform/calendar/tijd';
import type { AppContext } from '../../platform/context';
import { informeer } from '../../platform/meldingen/informeer';
import { medewerkerAdressen } from '../organisatie/operations/medewerker-lezen';
import { teamledenMetRol } from '../organisatie/operations/teamlidmaatschap';
import { bewaak, type VerzoekKort } from './bewaking';
import { bevestigingVia } from './operations/create-contactverzoek';

const GROET = ['', 'Met vriendelijke groet,', 'Klantcontactcentrum Gemeente Voorbeeldstad'];
const lijst = (verzoeken: VerzoekKort[]) =>
  verzoeken.map((v) => `- ${v.nummer} ${v.onderwerp} (termijn tot en met ${datumTekst(v.deadline)})`);

/** Messages about requests: to the resident and to the team. Each runs from the outbox, once per event. */
export function registerContactverzoekBerichten(ctx: AppContext): void {
  ctx.jobs.on('contactverzoek.aangemaakt', 'bevestiging', async (g) => {
    const d = g.data as {
      nummer: string;
      naam: string | null;
      email: string | null;
      telefoon: string | null;
      onderwerp: string;
      deadline: string;
    };
    const kort = `Gemeente Voorbeeldstad: wij nemen uiterlijk ${datumTekst(d.deadline)} contact met u op over ${d.onderwerp}. Uw referentienummer is ${d.nummer}.`;
    if (d.email) {
      await ctx.mailer.verstuur({
        sleutel: g.id,
        aan: d.email,
        onderwerp: `Wij nemen contact met u op (${d.nummer})`,
        tekst: [
          `Beste ${d.naam ?? 'inwoner'},`,
          '',
          `U hebt een vraag gesteld over: ${d.onderwerp}. Een medewerker neemt uiterlijk ${datumTekst(d.deadline)} contact met u op.`,
          `Uw referentienummer is ${d.nummer}. Noem dit nummer als u ons belt over deze vraag.`,
          ...GROET,
        ].join('\n'),
      });
      return;
    }
    const via = bevestigingVia(d);
    if (via) await ctx.sms.verstuur({ sleutel: g.id, aan: via.replace('sms ', ''), tekst: kort });
  });
  ctx.jobs.on('contactverzoek.niet-bereikbaar', 'bericht-niet-bereikbaar', async (g) => {
    const d = g.data as {
      nummer: string;
      naam: string | null;
      email: string | null;
      onderwerp: string;
      pogingen: number;
    };
    if (d.email) {
      await ctx.mailer.verstuur({
        sleutel: g.id,
        aan: d.email,
        onderwerp: `Wij konden u niet bereiken (${d.nummer})`,
        tekst: [
          `Beste ${d.naam ?? 'inwoner'},`,
          '',
          `Wij hebben ${d.pogingen} keer geprobeerd u te bellen over: ${d.onderwerp}. Dat is niet gelukt.`,
          `Wilt u ons bellen op 14 0123 en referentienummer ${d.nummer} noemen?`,
          ...GROET,
        ].join('\n'),
      });
      return;
    }
    // No address to mail: the team's key users send the letter.
    const teamId = (
      await ctx.db.query.contactverzoek.findFirst({ where: (c, { eq }) => eq(c.id, g.objectId) })
    )?.teamId;
    if (!teamId) return;
    await informeer(ctx, g.id, await teamledenMetRol(ctx.db, teamId, ['key-user']), {
      onderwerp: `Brief versturen: ${d.nummer} niet bereikt`,
      tekst: [
        `${d.naam ?? 'De inwoner'} is ${d.pogingen} keer niet bereikt en heeft geen e-mailadres. Stuur de brief 'Wij konden u niet bereiken'.`,
      ],
      link: `/contactverzoeken/${g.objectId}`,
    });
  });
  ctx.jobs.on('contactverzoek.herinnering', 'herinnering', async (g) => {
    const { verzoeken } = g.data as { verzoeken: VerzoekKort[] };
    await informeer(ctx, g.id, await medewerkerAdressen(ctx.db, [g.objectId]), {
      onderwerp: `Herinnering: ${verzoeken.length} contactverzoek(en) verlopen vandaag`,
      tekst: ['Deze contactverzoeken moeten vandaag worden afgehandeld:', ...lijst(verzoeken)],
      link: '/werkvoorraad?filter=vandaag',
    });
  });
  ctx.jobs.on('contactverzoek.escalatie', 'escalatie', async (g) => {
    const { verzoeken } = g.data as { verzoeken: VerzoekKort[] };
    await informeer(ctx, g.id, await teamledenMetRol(ctx.db, g.objectId, regieRollen), {
      onderwerp: `Escalatie: ${verzoeken.length} contactverzoek(en) over de termijn`,
      tekst: ['Deze contactverzoeken zijn niet binnen de servicenorm afgehandeld:', ...lijst(verzoeken)],
      link: `/werkvoorraad?teamId=${g.objectId}&filter=te-laat`,
    });
  });
  ctx.jobs.on('contactverzoek.dagoverzicht', 'dagoverzicht', async (g) => {
    const d = g.data as {
      datum: string;
      open: number;
      vandaag: number;
      teLaat: number;
      ongetoewezen: number;
    };
    await informeer(ctx, g.id, await teamledenMetRol(ctx.db, g.objectId, regieRollen), {
      onderwerp: `Dagoverzicht contactverzoeken ${datumTekst(d.datum)}`,
      tekst: [
        `Open: ${d.open}`,
        `Termijn verloopt vandaag: ${d.vandaag}`,
        `Over de termijn: ${d.teLaat}`,
        `Nog niet toegewezen: ${d.ongetoewezen}`,
      ],
      link: `/werkvoorraad?teamId=${g.objectId}`,
    });
  });
  ctx.jobs.periodiek('contactverzoeken-bewaking', bewakingCron(), () => bewaak(ctx));
}
