import { and, asc, eq, exists, inArray, isNotNull, notExists, or, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { audit } from '../../../platform/audit/audit';
import type { Queryable } from '../../../platform/db/client';
import { isLid, leesniveau } from '../../../policies';
import { metNamen } from '../../contactverzoeken/operations/lees-contactverzoek';
import { zichtbaarVoor } from '../../contactverzoeken/operations/werkvoorraad';
import { contactverzoek } from '../../contactverzoeken/schema';
import { klantcontact } from '../../klantcontacten/schema';
import { medewerker, team } from '../../organisatie/schema';
import { type Bron, filterSchema as f, filter, type Json, ref, urlVan, type Weergave, zoekIn } from '../bron';
import { maakInterneTaak, verwijderInterneTaak, wijzigInterneTaak } from '../operations/internetaken';
import { kiKlantcontact } from '../schema';
import { interneTaakInvoer } from '../schemas';

/**
 * An internetaak is one of Stadspunt's contactverzoeken: gevraagdeHandeling is its onderwerp,
 * toelichting its toelichting, the actors its team and (when assigned) employee, te_verwerken
 * and verwerkt are open and afgehandeld. The standard requires the klantcontact it came from,
 * so only contactverzoeken made from a contact are internetaken.
 */
const qb = new QueryBuilder();
const uitContact = isNotNull(contactverzoek.klantcontactId);

const lees = (db: Queryable, ids: string[]) =>
  metNamen(db).where(and(inArray(contactverzoek.id, ids), uitContact));
export type InterneTaakRij = Awaited<ReturnType<typeof lees>>[number];

function toon(r: InterneTaakRij, w: Weergave): Json {
  // A task waiting at the KCC for an actor no team knows yet still shows who it is for.
  const ids = r.wachtOpActor ? [r.wachtOpActor] : [r.teamId, ...(r.medewerkerId ? [r.medewerkerId] : [])];
  const actoren = ids.map((id) => ref(w, 'actoren', id));
  return {
    uuid: r.id,
    url: urlVan(w, 'internetaken', r.id),
    nummer: null,
    referentienummer: null,
    gevraagdeHandeling: r.onderwerp.slice(0, 200),
    aanleidinggevendKlantcontact: ref(w, 'klantcontacten', r.klantcontactId),
    toegewezenAanActor: actoren[0],
    toegewezenAanActoren: actoren,
    toelichting: r.toelichting.slice(0, 1000),
    status: r.status === 'open' ? 'te_verwerken' : 'verwerkt',
    toegewezenOp: r.ontvangen.toISOString(),
    afgehandeldOp: r.afgehandeld?.toISOString() ?? null,
  };
}

const metKlantcontact = (waar: SQL) =>
  inArray(
    contactverzoek.klantcontactId,
    sql`(select ${kiKlantcontact.klantcontactId} from ${kiKlantcontact} where ${waar})`,
  );
const aanActor = (id: string) =>
  or(eq(contactverzoek.teamId, id), eq(contactverzoek.medewerkerId, id), eq(contactverzoek.wachtOpActor, id));

export const internetaken: Bron<InterneTaakRij> = {
  pad: 'internetaken',
  naam: 'Deze interne taak',
  filters: {
    aanleidinggevendKlantcontact__url: filter(f.url, (v: string) => eq(contactverzoek.klantcontactId, v)),
    aanleidinggevendKlantcontact__uuid: filter(f.uuid, (v: string) => eq(contactverzoek.klantcontactId, v)),
    actoren__naam: filter(f.tekst, (v: string) =>
      or(
        inArray(contactverzoek.teamId, qb.select({ id: team.id }).from(team).where(eq(team.naam, v))),
        inArray(
          contactverzoek.medewerkerId,
          qb.select({ id: medewerker.id }).from(medewerker).where(eq(medewerker.naam, v)),
        ),
      ),
    ),
    klantcontact__nummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.nummer} = ${v}`),
    ),
    klantcontact__referentienummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.referentienummer} = ${v}`),
    ),
    klantcontact__uuid: filter(f.uuid, (v: string) => eq(contactverzoek.klantcontactId, v)),
    nummer: filter(f.tekst, () => sql`false`),
    referentienummer: filter(f.tekst, () => sql`false`),
    status: filter(f.tekst, (v: string) =>
      v === 'te_verwerken'
        ? eq(contactverzoek.status, 'open')
        : v === 'verwerkt'
          ? eq(contactverzoek.status, 'afgehandeld')
          : sql`false`,
    ),
    toegewezenAanActor__url: filter(f.url, aanActor),
    toegewezenAanActor__uuid: filter(f.uuid, aanActor),
    toegewezenOp: filter(f.tijdstip, (v: string) => eq(contactverzoek.ontvangen, new Date(v))),
  },
  zoek: (db, waar, limit, offset) =>
    zoekIn(
      db,
      contactverzoek,
      contactverzoek.id,
      [asc(contactverzoek.ontvangen), asc(contactverzoek.id)],
      and(uitContact, waar),
      limit,
      offset,
    ),
  lees,
  toon,
  zichtbaar: zichtbaarVoor,
  magLezen: (actor, r) => leesniveau(actor, r) !== null,
  gelezen: async (ctx, actor, rijen) => {
    const buiten = rijen.filter((r) => actor.soort === 'medewerker' && !isLid(actor, r.teamId));
    if (buiten.length)
      await audit(ctx.db, actor, {
        actie: 'contactverzoek.ingezien',
        objectType: 'contactverzoek',
        objectId: buiten.length === 1 ? buiten[0].id : null,
        persoonsgegevens: true,
        details: { ids: buiten.map((r) => r.id), via: 'klantinteracties' },
      });
  },
  schrijven: {
    invoer: interneTaakInvoer,
    maak: maakInterneTaak,
    wijzig: wijzigInterneTaak,
    verwijder: verwijderInterneTaak,
  },
};

/** The internetaken of klantcontacten, for the klantcontact resource. */
export const takenVan = (db: Queryable, klantcontactIds: string[]) =>
  db
    .select({ id: contactverzoek.id, van: contactverzoek.klantcontactId })
    .from(contactverzoek)
    .where(inArray(contactverzoek.klantcontactId, klantcontactIds))
    .orderBy(asc(contactverzoek.ontvangen)) as Promise<{ id: string; van: string | null }[]>;

/** Klantcontacten that did (or did not) lead to an internetaak. */
export const heeftTaak = (ja: boolean) => {
  const taak = qb
    .select({ id: contactverzoek.id })
    .from(contactverzoek)
    .where(eq(contactverzoek.klantcontactId, klantcontact.id));
  return ja ? exists(taak) : notExists(taak);
};
