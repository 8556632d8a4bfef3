import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { filterSchema as f, filter, ref, urlVan } from '../bron';
import { eigenTabel, naarPartij } from '../eigen-tabel';
import { kiVertegenwoordiging } from '../schema';
import { verwijzing } from '../schemas';

const vertegenwoordigend = kiVertegenwoordiging.vertegenwoordigendePartijId;
const vertegenwoordigd = kiVertegenwoordiging.vertegenwoordigdePartijId;

export const vertegenwoordigingen = eigenTabel({
  pad: 'vertegenwoordigingen',
  naam: 'Deze vertegenwoordiging',
  object: 'vertegenwoordiging',
  tabel: kiVertegenwoordiging,
  filters: {
    vertegenwoordigdePartij__url: filter(f.url, (v: string) => eq(vertegenwoordigd, v)),
    vertegenwoordigdePartij__uuid: filter(f.uuid, (v: string) => eq(vertegenwoordigd, v)),
    vertegenwoordigendePartij__url: filter(f.url, (v: string) => eq(vertegenwoordigend, v)),
    vertegenwoordigendePartij__uuid: filter(f.uuid, (v: string) => eq(vertegenwoordigend, v)),
  },
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'vertegenwoordigingen', r.id),
    vertegenwoordigendePartij: ref(w, 'partijen', r.vertegenwoordigendePartijId),
    vertegenwoordigdePartij: ref(w, 'partijen', r.vertegenwoordigdePartijId),
  }),
  invoer: z
    .object({ vertegenwoordigendePartij: verwijzing, vertegenwoordigdePartij: verwijzing })
    .refine((v) => v.vertegenwoordigendePartij.uuid !== v.vertegenwoordigdePartij.uuid, {
      path: ['vertegenwoordigdePartij'],
      message: 'Een partij vertegenwoordigt zichzelf niet.',
    }),
  waarden: (i) => ({
    vertegenwoordigendePartijId: i.vertegenwoordigendePartij.uuid,
    vertegenwoordigdePartijId: i.vertegenwoordigdePartij.uuid,
  }),
  verwijzingen: (i) => [
    naarPartij('vertegenwoordigendePartij.uuid', i.vertegenwoordigendePartij.uuid),
    naarPartij('vertegenwoordigdePartij.uuid', i.vertegenwoordigdePartij.uuid),
  ],
});
