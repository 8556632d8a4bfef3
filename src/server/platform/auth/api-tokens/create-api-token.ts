import { eq, sql } from 'drizzle-orm';
import { audit } from '../../audit/audit';
import { amsterdamseDatum } from '../../calendar/tijd';
import type { AppContext } from '../../context';
import { conflict, ongeldig } from '../../http/problem';
import { type Actor, scopes } from '../rollen';
import { apiToken } from '../schema';
import { hashToken, nieuwToken } from '../tokens';
import { getApiToken } from './api-token-lezen';
import type { ApiTokenInvoer, NieuwApiTokenUit } from './schemas';
import { GELDIG_JAREN } from './waarden';

function plusJaren(datum: string, jaren: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + jaren);
  return d.toISOString().slice(0, 10);
}

/** The day the token stops working: after today, at most two years ahead. */
function vervaldatum(gevraagd: string | undefined, nu: Date): string {
  const vandaag = amsterdamseDatum(nu);
  const uiterlijk = plusJaren(vandaag, GELDIG_JAREN.hoogstens);
  const datum = gevraagd ?? plusJaren(vandaag, GELDIG_JAREN.standaard);
  if (datum <= vandaag)
    throw ongeldig([
      { veld: 'verloopt', melding: 'Kies een dag na vandaag: het token verloopt aan het begin van die dag.' },
    ]);
  if (datum > uiterlijk)
    throw ongeldig([
      {
        veld: 'verloopt',
        melding: `Een API-token is hooguit ${GELDIG_JAREN.hoogstens} jaar geldig: kies uiterlijk ${uiterlijk}.`,
      },
    ]);
  return datum;
}

/** Returns the token once; only its SHA-256 is kept, and neither goes into the audit trail. */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  invoer: ApiTokenInvoer,
): Promise<NieuwApiTokenUit> {
  const nu = ctx.now();
  const verloopt = vervaldatum(invoer.verloopt, nu);
  const gekozen = scopes.filter((s) => invoer.scopes.includes(s));
  const token = nieuwToken();
  return ctx.db.transaction(async (tx) => {
    const [bestaand] = await tx
      .select({ id: apiToken.id })
      .from(apiToken)
      .where(eq(apiToken.naam, invoer.naam));
    if (bestaand)
      throw conflict(
        `Er bestaat al een API-token met de naam "${invoer.naam}". Ook een ingetrokken token houdt zijn naam: kies een andere.`,
      );
    const [rij] = await tx
      .insert(apiToken)
      .values({
        naam: invoer.naam,
        tokenHash: hashToken(token),
        scopes: gekozen,
        aangemaakt: nu,
        aangemaaktDoor: actor.naam,
        verloopt: sql`(${verloopt}::date)::timestamp at time zone 'Europe/Amsterdam'`,
      })
      .returning({ id: apiToken.id });
    await audit(tx, actor, {
      actie: 'api-token.aangemaakt',
      objectType: 'api-token',
      objectId: rij.id,
      details: { naam: invoer.naam, scopes: gekozen, verloopt },
    });
    return { ...(await getApiToken(tx, nu, rij.id)), token };
  });
}
