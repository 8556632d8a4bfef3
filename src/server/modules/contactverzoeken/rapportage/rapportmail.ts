import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context';
import { teamledenMetRol } from '../../organisatie/operations/teamlidmaatschap';
import { rapport } from '../schema';
import type { RapportCijfers } from './rapportcijfers';
import { kernregels, kerntekst, periodeNaam, wieNaam } from './teksten';

/** Appended to the outbox with every stored report, in the transaction that stores it. */
export const RAPPORT_GEMAAKT = 'rapport.gemaakt';

/** The organisation's report goes to the teamleiders, a team's to its key users and teamleiders. */
const lezers = (ctx: AppContext, teamId: string | null) =>
  teamId
    ? teamledenMetRol(ctx.db, teamId, ['key-user', 'teamleider'])
    : teamledenMetRol(ctx.db, null, ['teamleider']);

/**
 * Tells the readers the report is ready; the mail links to the downloads (mails carry no
 * attachments). Its key is the report's period, so a retry, or the same report made again,
 * mails each reader once.
 */
async function mailRapport(ctx: AppContext, id: string): Promise<void> {
  const [r] = await ctx.db.select({ cijfers: rapport.cijfers }).from(rapport).where(eq(rapport.id, id));
  if (!r) return;
  const c = r.cijfers as RapportCijfers;
  const basis = `${ctx.config.baseUrl}/api/v1/rapporten/${id}`;
  for (const o of await lezers(ctx, c.teamId))
    await ctx.mailer.verstuur({
      sleutel: `rapport-${c.soort}-${c.teamId ?? 'organisatie'}-${c.van}${c.soort === 'periode' ? `-${c.tot}` : ''}`,
      aan: o.email,
      onderwerp: `Managementrapportage contactverzoeken ${wieNaam(c)}, ${periodeNaam(c)}`,
      tekst: [
        `Beste ${o.naam},`,
        '',
        `De managementrapportage contactverzoeken van ${wieNaam(c)} over ${periodeNaam(c)} staat klaar.`,
        '',
        ...kernregels(c).map((r) => `${r.label}: ${kerntekst(r)}`),
        '',
        'Download het rapport in Stadspunt (log eerst in):',
        `PDF met grafieken: ${basis}/pdf`,
        `Spreadsheet met alle verzoeken: ${basis}/xlsx`,
        '',
        'Met vriendelijke groet,',
        'Stadspunt',
      ].join('\n'),
    });
}

export function registerRapportMail(ctx: AppContext): void {
  ctx.jobs.on(RAPPORT_GEMAAKT, 'rapport-mail', (g) => mailRapport(ctx, g.objectId));
}
