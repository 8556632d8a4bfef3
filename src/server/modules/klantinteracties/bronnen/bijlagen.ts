import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { filterSchema as f, filter, ref, urlVan } from '../bron';
import { eigenTabel, identificatorFilters, naarKlantcontact } from '../eigen-tabel';
import { kiBijlage } from '../schema';
import { verwijzing, vrijeIdentificator } from '../schemas';

export const bijlagen = eigenTabel({
  pad: 'bijlagen',
  naam: 'Deze bijlage',
  object: 'bijlage',
  tabel: kiBijlage,
  filters: {
    ...identificatorFilters('bijlageidentificator', kiBijlage.identificator),
    klantcontact__uuid: filter(f.uuid, (v: string) => eq(kiBijlage.klantcontactId, v)),
  },
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'bijlagen', r.id),
    wasBijlageVanKlantcontact: ref(w, 'klantcontacten', r.klantcontactId),
    bijlageidentificator: r.identificator,
  }),
  invoer: z.object({
    wasBijlageVanKlantcontact: verwijzing.nullable().optional(),
    bijlageidentificator: vrijeIdentificator.nullable().optional(),
  }),
  waarden: (i) => ({
    klantcontactId: i.wasBijlageVanKlantcontact?.uuid ?? null,
    identificator: i.bijlageidentificator ?? null,
  }),
  verwijzingen: (i) => [
    naarKlantcontact('wasBijlageVanKlantcontact.uuid', i.wasBijlageVanKlantcontact?.uuid),
  ],
});
