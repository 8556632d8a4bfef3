import { z } from 'zod';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { controleerVerwijzingen, naarKlantcontact } from '../eigen-tabel';
import { kiOnderwerpobject } from '../schema';
import { betrokkeneBijKlantcontact, klantcontactInvoer, verwijzing, vrijeIdentificator } from '../schemas';
import { insertBetrokkene } from './betrokkenen';
import { insertStandaardKlantcontact, klantcontactVelden } from './klantcontacten';
import { alsStandaard } from './partijen';

export const maakKlantcontactInvoer = z.object({
  klantcontact: klantcontactInvoer,
  betrokkene: betrokkeneBijKlantcontact.nullable().optional(),
  onderwerpobject: z
    .object({
      wasKlantcontact: verwijzing.nullable().optional(),
      onderwerpobjectidentificator: vrijeIdentificator.nullable().optional(),
    })
    .nullable()
    .optional(),
});
type Invoer = z.infer<typeof maakKlantcontactInvoer>;

/** A klantcontact with its betrokkene and onderwerpobject, all or nothing. */
export const maakKlantcontactMetAlles = (ctx: AppContext, actor: Actor, i: Invoer) =>
  alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        const klantcontactId = await insertStandaardKlantcontact(
          ctx,
          tx,
          actor,
          i.klantcontact,
          'klantcontact.',
        );
        const betrokkeneId = i.betrokkene
          ? await insertBetrokkene(tx, actor, klantcontactId, i.betrokkene, 'betrokkene.')
          : null;
        let onderwerpobjectId: string | null = null;
        if (i.onderwerpobject) {
          const o = i.onderwerpobject;
          await controleerVerwijzingen(tx, [
            naarKlantcontact('onderwerpobject.wasKlantcontact.uuid', o.wasKlantcontact?.uuid),
          ]);
          const [rij] = await tx
            .insert(kiOnderwerpobject)
            .values({
              klantcontactId,
              wasKlantcontactId: o.wasKlantcontact?.uuid ?? null,
              identificator: o.onderwerpobjectidentificator ?? null,
            })
            .returning({ id: kiOnderwerpobject.id });
          onderwerpobjectId = rij.id;
          await audit(tx, actor, {
            actie: 'klantinteracties.onderwerpobject.aangemaakt',
            objectType: 'onderwerpobject',
            objectId: rij.id,
          });
        }
        return { klantcontactId, betrokkeneId, onderwerpobjectId };
      }),
    klantcontactVelden('klantcontact.'),
  );
