import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { nietGevonden } from '../../../platform/http/problem';
import { klantcontact, vraag } from '../schema';

/** One question with its contact's party: what a hand-over (contactverzoek, zaak) starts from. */
export async function getVraag(db: Queryable, id: string) {
  const [rij] = await db
    .select({
      id: vraag.id,
      klantcontactId: vraag.klantcontactId,
      partijId: klantcontact.partijId,
      productId: vraag.productId,
      onderwerp: vraag.onderwerp,
      vraag: vraag.vraag,
      antwoord: vraag.antwoord,
    })
    .from(vraag)
    .innerJoin(klantcontact, eq(klantcontact.id, vraag.klantcontactId))
    .where(eq(vraag.id, id));
  if (!rij) throw nietGevonden('Deze vraag');
  return rij;
}
