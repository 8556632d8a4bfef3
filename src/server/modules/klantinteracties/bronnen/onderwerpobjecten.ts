import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Bron, filterSchema as f, filter, ref, urlVan, weergaveVan } from '../bron';
import { eigenTabel, identificatorFilters, naarKlantcontact } from '../eigen-tabel';
import { kiOnderwerpobject } from '../schema';
import { verwijzing, vrijeIdentificator } from '../schemas';

export const onderwerpobjectInvoer = z.object({
  klantcontact: verwijzing.nullable().optional(),
  wasKlantcontact: verwijzing.nullable().optional(),
  onderwerpobjectidentificator: vrijeIdentificator.nullable().optional(),
});

const basis = eigenTabel({
  pad: 'onderwerpobjecten',
  naam: 'Dit onderwerpobject',
  object: 'onderwerpobject',
  tabel: kiOnderwerpobject,
  filters: {
    klantcontact__url: filter(f.url, (v: string) => eq(kiOnderwerpobject.klantcontactId, v)),
    klantcontact__uuid: filter(f.uuid, (v: string) => eq(kiOnderwerpobject.klantcontactId, v)),
    wasKlantcontact__url: filter(f.url, (v: string) => eq(kiOnderwerpobject.wasKlantcontactId, v)),
    wasKlantcontact__uuid: filter(f.uuid, (v: string) => eq(kiOnderwerpobject.wasKlantcontactId, v)),
    ...identificatorFilters('onderwerpobjectidentificator', kiOnderwerpobject.identificator),
  },
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'onderwerpobjecten', r.id),
    klantcontact: ref(w, 'klantcontacten', r.klantcontactId),
    wasKlantcontact: ref(w, 'klantcontacten', r.wasKlantcontactId),
    onderwerpobjectidentificator: r.identificator,
  }),
  invoer: onderwerpobjectInvoer,
  waarden: (i) => ({
    klantcontactId: i.klantcontact?.uuid ?? null,
    wasKlantcontactId: i.wasKlantcontact?.uuid ?? null,
    identificator: i.onderwerpobjectidentificator ?? null,
  }),
  verwijzingen: (i) => [
    naarKlantcontact('klantcontact.uuid', i.klantcontact?.uuid),
    naarKlantcontact('wasKlantcontact.uuid', i.wasKlantcontact?.uuid),
  ],
});

/**
 * With `cascade=true` the standard deletes the klantcontacten no other onderwerpobject uses;
 * Stadspunt keeps every registered contact, so all of them are reported as kept (`behouden`).
 */
export const onderwerpobjecten: typeof basis = {
  ...basis,
  schrijven: {
    ...(basis.schrijven as NonNullable<Bron<{ id: string }>['schrijven']>),
    async verwijder(ctx, actor, id, query) {
      const [rij] = await basis.lees(ctx.db, [id]);
      await basis.schrijven?.verwijder(ctx, actor, id, query);
      if (query.cascade !== 'true' && query.cascade !== 'True') return undefined;
      const w = weergaveVan(ctx);
      const ids = [
        ...new Set([rij.klantcontactId, rij.wasKlantcontactId].filter((k): k is string => Boolean(k))),
      ];
      return { behouden: ids.map((k) => urlVan(w, 'klantcontacten', k)) };
    },
  },
};
