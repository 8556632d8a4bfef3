import type { AppContext } from '../../platform/context';

/** Mails to employees about their account; each runs from the outbox, once per event. */
export function registerOrganisatieMails(ctx: AppContext): void {
  ctx.jobs.on('medewerker.aangemaakt', 'mail-welkom', async (g) => {
    const { naam, email, gebruikersnaam } = g.data as { naam: string; email: string; gebruikersnaam: string };
    await ctx.mailer.verstuur({
      sleutel: g.id,
      aan: email,
      onderwerp: 'Uw account voor Stadspunt',
      tekst: [
        `Beste ${naam},`,
        '',
        `Er is een account voor u aangemaakt in Stadspunt. Uw gebruikersnaam is: ${gebruikersnaam}`,
        `U logt in op ${ctx.config.baseUrl}/inloggen met het wachtwoord dat u van de functioneel beheerder krijgt.`,
        '',
        'Met vriendelijke groet,',
        'Functioneel beheer Gemeente Voorbeeldstad',
      ].join('\n'),
    });
  });
  ctx.jobs.on('medewerker.wachtwoord-gereset', 'mail-wachtwoord-gereset', async (g) => {
    const { naam, email, door } = g.data as { naam: string; email: string; door: string };
    await ctx.mailer.verstuur({
      sleutel: g.id,
      aan: email,
      onderwerp: 'Uw wachtwoord voor Stadspunt is opnieuw ingesteld',
      tekst: [
        `Beste ${naam},`,
        '',
        `${door} heeft uw wachtwoord voor Stadspunt opnieuw ingesteld. U krijgt het tijdelijke wachtwoord persoonlijk.`,
        'Hebt u hier niet om gevraagd? Neem dan contact op met functioneel beheer.',
      ].join('\n'),
    });
  });
}
