import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { type Bron, filterSchema as f, filter, type Json, urlVan, type Weergave, zoekIn } from '../bron';
import { eigenTabel } from '../eigen-tabel';
import { conflictFout } from '../fouten';
import { kiActor } from '../schema';
import { type ActorInvoer, actorInvoer } from '../schemas';
import { actorUnie as u } from '../unies';

/**
 * Actors are Stadspunt's employees (soort medewerker) and teams (organisatorische eenheid),
 * with their own uuids, and the actors only the standard knows (systems, outsiders), which
 * this module keeps. Employees and teams are managed in Stadspunt itself.
 */
const leesActoren = (db: Queryable, ids: string[]) => db.select().from(u).where(inArray(u.id, ids));
export type ActorRij = Awaited<ReturnType<typeof leesActoren>>[number];

export function toonActor(r: ActorRij, w: Weergave): Json {
  return {
    uuid: r.id,
    url: urlVan(w, 'actoren', r.id),
    naam: r.naam,
    soortActor: r.soort,
    indicatieActief: r.indicatieActief,
    actoridentificator: r.identificator,
    ...(r.actorIdentificatie ? { actorIdentificatie: r.actorIdentificatie } : {}),
  };
}

const eigen = eigenTabel({
  pad: 'actoren',
  naam: 'Deze actor',
  object: 'actor',
  tabel: kiActor,
  filters: {},
  toon: () => ({}),
  invoer: actorInvoer,
  waarden: (i: ActorInvoer) => ({
    naam: i.naam,
    soort: i.soortActor,
    indicatieActief: i.indicatieActief ?? true,
    identificator: i.actoridentificator ?? null,
    actorIdentificatie: i.actorIdentificatie ?? null,
  }),
});
const eigenSchrijven = eigen.schrijven as NonNullable<typeof eigen.schrijven>;

const identificator = (deel: string) =>
  filter(f.tekst, (v: string) => sql`${u.identificator}->>${deel} = ${v}`);

async function alleenEigen(db: Queryable, id: string) {
  const [rij] = await db.select({ eigen: u.eigen }).from(u).where(eq(u.id, id));
  if (!rij?.eigen) throw conflictFout('Medewerkers en teams worden in Stadspunt zelf beheerd.');
}

export const actoren: Bron<ActorRij> = {
  pad: 'actoren',
  naam: 'Deze actor',
  filters: {
    actoridentificatorCodeObjecttype: identificator('codeObjecttype'),
    actoridentificatorCodeRegister: identificator('codeRegister'),
    actoridentificatorCodeSoortObjectId: identificator('codeSoortObjectId'),
    actoridentificatorObjectId: identificator('objectId'),
    indicatieActief: filter(f.bool, (v: boolean) => eq(u.indicatieActief, v)),
    naam: filter(f.tekst, (v: string) => bevat(sql`${u.naam}`, v)),
    soortActor: filter(f.tekst, (v: string) => eq(u.soort, v)),
  },
  zoek: (db, waar, limit, offset) => zoekIn(db, u, u.id, [asc(u.naam), asc(u.id)], waar, limit, offset),
  lees: leesActoren,
  toon: toonActor,
  schrijven: {
    invoer: actorInvoer,
    maak: eigenSchrijven.maak,
    async wijzig(ctx, actor, id, invoer) {
      await alleenEigen(ctx.db, id);
      await eigenSchrijven.wijzig(ctx, actor, id, invoer);
    },
    async verwijder(ctx, actor, id, query) {
      await alleenEigen(ctx.db, id);
      return eigenSchrijven.verwijder(ctx, actor, id, query);
    },
  },
};
