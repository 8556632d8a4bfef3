import { and, asc, eq, exists, inArray, isNotNull, notExists, or, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { audit } from '../../../platform/audit/audit';
import type { Queryable } from '../../../platform/db/client';
import { isLid, leesniveau } from '../../../policies';
import { contactverzoekenMetNamen } from '../../contactverzoeken/operations/lees-contactverzoek';
import { zichtbaarVoor } from '../../contactverzoeken/operations/werkvoorraad';
import { contactverzoekView } from '../../contactverzoeken/views';
import { klantcontactView } from '../../klantcontacten/views';
import { medewerkerView, teamView } from '../../organisatie/views';
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
const uitContact = isNotNull(contactverzoekView.klantcontactId);

const lees = async (db: Queryable, ids: string[]) =>
  (await contactverzoekenMetNamen(db, ids)).filter((r) => r.klantcontactId !== null);
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
    contactverzoekView.klantcontactId,
    sql`(select ${kiKlantcontact.klantcontactId} from ${kiKlantcontact} where ${waar})`,
  );
const aanActor = (id: string) =>
  or(
    eq(contactverzoekView.teamId, id),
    eq(contactverzoekView.medewerkerId, id),
    eq(contactverzoekView.wachtOpActor, id),
  );

export const internetaken: Bron<InterneTaakRij> = {
  pad: 'internetaken',
  naam: 'Deze interne taak',
  filters: {
    aanleidinggevendKlantcontact__url: filter(f.url, (v: string) => eq(contactverzoekView.klantcontactId, v)),
    aanleidinggevendKlantcontact__uuid: filter(f.uuid, (v: string) =>
      eq(contactverzoekView.klantcontactId, v),
    ),
    actoren__naam: filter(f.tekst, (v: string) =>
      or(
        inArray(
          contactverzoekView.teamId,
          qb.select({ id: teamView.id }).from(teamView).where(eq(teamView.naam, v)),
        ),
        inArray(
          contactverzoekView.medewerkerId,
          qb.select({ id: medewerkerView.id }).from(medewerkerView).where(eq(medewerkerView.naam, v)),
        ),
      ),
    ),
    klantcontact__nummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.nummer} = ${v}`),
    ),
    klantcontact__referentienummer: filter(f.tekst, (v: string) =>
      metKlantcontact(sql`${kiKlantcontact.referentienummer} = ${v}`),
    ),
    klantcontact__uuid: filter(f.uuid, (v: string) => eq(contactverzoekView.klantcontactId, v)),
    nummer: filter(f.tekst, () => sql`false`),
    referentienummer: filter(f.tekst, () => sql`false`),
    status: filter(f.tekst, (v: string) =>
      v === 'te_verwerken'
        ? eq(contactverzoekView.status, 'open')
        : v === 'verwerkt'
          ? eq(contactverzoekView.status, 'afgehandeld')
          : sql`false`,
    ),
    toegewezenAanActor__url: filter(f.url, aanActor),
    toegewezenAanActor__uuid: filter(f.uuid, aanActor),
    toegewezenOp: filter(f.tijdstip, (v: string) => eq(contactverzoekView.ontvangen, new Date(v))),
  },
  zoek: (db, waar, limit, offset) =>
    zoekIn(
      db,
      contactverzoekView,
      contactverzoekView.id,
      [asc(contactverzoekView.ontvangen), asc(contactverzoekView.id)],
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
    .select({ id: contactverzoekView.id, van: contactverzoekView.klantcontactId })
    .from(contactverzoekView)
    .where(inArray(contactverzoekView.klantcontactId, klantcontactIds))
    .orderBy(asc(contactverzoekView.ontvangen)) as Promise<{ id: string; van: string | null }[]>;

/** Klantcontacten that did (or did not) lead to an internetaak. */
export const heeftTaak = (ja: boolean) => {
  const taak = qb
    .select({ id: contactverzoekView.id })
    .from(contactverzoekView)
    .where(eq(contactverzoekView.klantcontactId, klantcontactView.id));
  return ja ? exists(taak) : notExists(taak);
};
