import type { AppContext } from '../context';
import { meld } from './meldingen';

export interface Ontvanger {
  id: string;
  naam: string;
  email: string;
}

export interface Bericht {
  onderwerp: string;
  tekst: string[];
  /** The page it is about, a path of the web app. */
  link: string;
}

/** A mail and an in-app notification for each employee, once per event (`sleutel`). */
export async function informeer(ctx: AppContext, sleutel: string, ontvangers: Ontvanger[], bericht: Bericht) {
  for (const o of ontvangers) {
    await ctx.mailer.verstuur({
      sleutel,
      aan: o.email,
      onderwerp: bericht.onderwerp,
      tekst: [`Beste ${o.naam},`, '', ...bericht.tekst, '', `${ctx.config.baseUrl}${bericht.link}`].join(
        '\n',
      ),
    });
    await meld(ctx.db, {
      medewerkerId: o.id,
      sleutel,
      titel: bericht.onderwerp,
      tekst: bericht.tekst.join('\n'),
      link: bericht.link,
    });
  }
}
