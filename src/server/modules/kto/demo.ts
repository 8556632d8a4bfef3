import { hashToken, nieuwToken } from '../../platform/auth/tokens';
import type { AppContext } from '../../platform/context';
import { inPorties } from '../../platform/db/porties';
import { willekeurig } from '../../platform/random';
import { bereikbaarheid } from '../partijen/bestaat';
import { gevolgdeContacten } from './operations/contacten-scannen';
import { geheim } from './operations/uitnodigen';
import { inSteekproef, type Ontvanger, uitnodigingVoor } from './regels';
import { ktoUitnodiging } from './schema';
import { GELDIG_DAGEN } from './waarden';

const DAG = 86_400_000;
/** Of those invited, about this share answers (a usual response for a short survey by mail). */
const RESPONS = 0.4;
/** Score 1..5 by the cumulative share up to it: mostly satisfied, a tail that is not. */
const TOT_SCORE = [0.06, 0.14, 0.28, 0.65, 1];
const OPMERKINGEN: Record<'laag' | 'midden' | 'hoog', string[]> = {
  laag: [
    'Ik moest drie keer bellen voordat iemand het wist.',
    'Beloofd terug te bellen, maar niemand belde.',
    'Ik werd van het kastje naar de muur gestuurd.',
    'Lang in de wacht gestaan en daarna nog geen antwoord.',
  ],
  midden: [
    'Uiteindelijk geholpen, maar het duurde lang.',
    'De website was niet duidelijk, aan de telefoon wel.',
  ],
  hoog: [
    'Vriendelijk en snel geholpen, dank u wel!',
    'Duidelijke uitleg, precies wat ik nodig had.',
    'Fijn dat ik meteen een afspraak kon maken.',
  ],
};

type Antwoord = { beantwoord: Date; score: number; inEenKeer: boolean; opmerking: string | null } | null;

function antwoordOp(r: ReturnType<typeof willekeurig>, verstuurd: Date, nu: Date): Antwoord {
  const beantwoord = new Date(verstuurd.getTime() + r.geheel(1, 72) * 3_600_000);
  if (r.getal() >= RESPONS || beantwoord > nu) return null;
  const kans = r.getal();
  const score = TOT_SCORE.findIndex((grens) => kans < grens) + 1;
  const inEenKeer = r.getal() < (score >= 4 ? 0.9 : 0.35);
  const band = score <= 2 ? 'laag' : score === 3 ? 'midden' : 'hoog';
  const opmerking = r.getal() < (band === 'laag' ? 0.7 : 0.2) ? r.kies(OPMERKINGEN[band]) : null;
  return { beantwoord, score, inEenKeer, opmerking };
}

/**
 * A year of KTO after the demo contacts, by the same rules as the real invitations (sample, 30
 * days, geheimhouding, an address), with answers for about four in ten: the management screen
 * has results from the first start. Nobody has the links.
 */
export async function seedKto(ctx: AppContext): Promise<void> {
  const nu = ctx.now();
  const r = willekeurig(2026);
  const ontvangers = new Map<string, Omit<Ontvanger, 'laatsteUitnodiging'>>();
  const laatste = new Map<string, Date>();
  const rijen: (typeof ktoUitnodiging.$inferInsert)[] = [];
  const jaar = await gevolgdeContacten(ctx, new Date(nu.getTime() - 365 * DAG), nu);
  for (const c of jaar.filter((c) => inSteekproef(c.id, ctx.config.kto.steekproef))) {
    if (!ontvangers.has(c.partijId)) {
      const { email, telefoon } = await bereikbaarheid(ctx.db, c.partijId);
      ontvangers.set(c.partijId, { email, telefoon, geheimhouding: await geheim(ctx, c.partijId) });
    }
    const verstuurd = new Date(new Date(c.einde).getTime() + 5 * 60_000);
    const ontvanger = { ...ontvangers.get(c.partijId), laatsteUitnodiging: laatste.get(c.partijId) ?? null };
    const besluit = uitnodigingVoor(ontvanger as Ontvanger, verstuurd);
    if ('niet' in besluit) continue;
    laatste.set(c.partijId, verstuurd);
    rijen.push({
      tokenHash: hashToken(nieuwToken()),
      aanleiding: 'klantcontact',
      aanleidingId: c.id,
      partijId: c.partijId,
      teamId: c.teamId,
      kanaal: c.kanaal,
      productId: c.productId,
      via: besluit.via,
      verstuurd,
      verlooptOp: new Date(verstuurd.getTime() + GELDIG_DAGEN * DAG),
      ...antwoordOp(r, verstuurd, nu),
    });
  }
  await inPorties(rijen, (portie) => ctx.db.insert(ktoUitnodiging).values(portie));
}
