import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { normaliseerNaam } from '../../../platform/db/zoek';
import { nietGevonden, nietVerwerkbaar } from '../../../platform/http/problem';
import { contactgegeven, partij } from '../schema';
import { contactgegevenRij } from './contactgegevens';

export interface ContactpersoonInvoer {
  naam: string;
  telefoonnummer?: string | null;
  emailadres?: string | null;
}

export async function createContactpersoon(
  ctx: AppContext,
  actor: Actor,
  organisatieId: string,
  invoer: ContactpersoonInvoer,
) {
  return ctx.db.transaction(async (tx) => {
    const [organisatie] = await tx
      .select({ soort: partij.soort })
      .from(partij)
      .where(eq(partij.id, organisatieId));
    if (!organisatie) throw nietGevonden('Deze organisatie');
    if (organisatie.soort !== 'organisatie')
      throw nietVerwerkbaar('Alleen een organisatie heeft contactpersonen.');
    const [rij] = await tx
      .insert(partij)
      .values({
        soort: 'contactpersoon',
        organisatieId,
        naam: invoer.naam,
        zoeknaam: normaliseerNaam(invoer.naam),
      })
      .returning({ id: partij.id });
    const gegevens = [
      ...(invoer.telefoonnummer ? [contactgegevenRij(rij.id, 'telefoon', invoer.telefoonnummer)] : []),
      ...(invoer.emailadres ? [contactgegevenRij(rij.id, 'email', invoer.emailadres)] : []),
    ];
    if (gegevens.length) await tx.insert(contactgegeven).values(gegevens);
    await audit(tx, actor, {
      actie: 'contactpersoon.aangemaakt',
      objectType: 'partij',
      objectId: rij.id,
      persoonsgegevens: true,
    });
    return rij.id;
  });
}
