import { asc, eq, inArray } from 'drizzle-orm';
import { type Bron, filterSchema as f, filter, ref, urlVan, zoekIn } from '../bron';
import {
  maakActorKlantcontact,
  verwijderActorKlantcontact,
  wijzigActorKlantcontact,
} from '../operations/actor-klantcontacten';
import { actorKlantcontactInvoer } from '../schemas';
import { actorKlantcontactUnie as u } from '../unies';

export const actorKlantcontacten: Bron<{
  id: string;
  actorId: string;
  klantcontactId: string;
  eigen: boolean;
}> = {
  pad: 'actorklantcontacten',
  naam: 'Dit actorklantcontact',
  filters: {
    actor__url: filter(f.url, (v: string) => eq(u.actorId, v)),
    actor__uuid: filter(f.uuid, (v: string) => eq(u.actorId, v)),
    klantcontact__url: filter(f.url, (v: string) => eq(u.klantcontactId, v)),
    klantcontact__uuid: filter(f.uuid, (v: string) => eq(u.klantcontactId, v)),
  },
  zoek: (db, waar, limit, offset) => zoekIn(db, u, u.id, [asc(u.id)], waar, limit, offset),
  lees: (db, ids) => db.select().from(u).where(inArray(u.id, ids)),
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'actorklantcontacten', r.id),
    actor: ref(w, 'actoren', r.actorId),
    klantcontact: ref(w, 'klantcontacten', r.klantcontactId),
  }),
  schrijven: {
    invoer: actorKlantcontactInvoer,
    maak: maakActorKlantcontact,
    wijzig: wijzigActorKlantcontact,
    verwijder: verwijderActorKlantcontact,
  },
};
