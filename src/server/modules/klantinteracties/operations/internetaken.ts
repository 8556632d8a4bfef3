import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Queryable, Tx } from '../../../platform/db/client';
import { handelAf } from '../../contactverzoeken/operations/afhandelen';
import { createContactverzoek } from '../../contactverzoeken/operations/create-contactverzoek';
import { stuurDoor } from '../../contactverzoeken/operations/doorsturen';
import { wijsToe } from '../../contactverzoeken/operations/toewijzen';
import { vraagView } from '../../klantcontacten/views';
import { findMedewerkerOpSleutel } from '../../organisatie/operations/medewerker-lezen';
import { findKccTeam, findTeamOpIdentificatie } from '../../organisatie/operations/team-lezen';
import { teamsVan } from '../../organisatie/operations/teamlidmaatschap';
import { weergaveVan } from '../bron';
import { type InterneTaakRij, internetaken } from '../bronnen/internetaken';
import { conflictFout, ongeldigVeld } from '../fouten';
import type { Identificator } from '../schema';
import type { InterneTaakInvoer as Invoer } from '../schemas';
import { naamVan } from '../schemas';
import { actorUnie, betrokkeneUnie, digitaalAdresUnie } from '../unies';
import { alsStandaard } from './partijen';

/**
 * Internetaken are contactverzoeken, made and changed through the contactverzoeken module's
 * operations, in one transaction per call: create, forward to another team, assign, close.
 * Stadspunt's rules hold: one team, an employee of that team, a way to reach the resident, a
 * closed request stays closed, and the policy layer's rights (assigning needs a key user or
 * teamleider of the team, closing a member of it).
 */
const ACTOREN = 'toegewezenAanActoren';

interface Bestemming {
  teamId: string;
  medewerkerId: string | null;
  wachtOp?: { actorId: string; naam: string };
}

type ActorRij = {
  id: string;
  soort: string;
  naam: string;
  eigen: boolean;
  identificator: Identificator | null;
};
type Gekoppeld = { teamId?: string; medewerker?: { id: string; teamIds: string[] } } | 'wacht' | 'ongeschikt';

/**
 * An actor only the standard knows, as KISS makes them for a department, group or employee
 * (afd/grp with codeSoortObjectId idf, a medewerker by e-mail or idf): the team or employee
 * whose identificatie or e-mail address it carries, or wait for the beheerder to link one.
 */
async function koppel(db: Queryable, a: ActorRij): Promise<Gekoppeld> {
  const objectId = a.identificator?.objectId;
  if (!objectId) return 'ongeschikt';
  if (a.soort === 'organisatorische_eenheid') {
    const team = await findTeamOpIdentificatie(db, objectId);
    return team ? { teamId: team.id } : 'wacht';
  }
  if (a.soort !== 'medewerker') return 'ongeschikt';
  const sleutel =
    a.identificator?.codeSoortObjectId === 'email' ? { email: objectId } : { identificatie: objectId };
  const medewerker = await findMedewerkerOpSleutel(db, sleutel);
  return medewerker ? { medewerker } : 'wacht';
}

async function actorenVan(db: Queryable, i: Invoer): Promise<ActorRij[]> {
  // toegewezenAanActor is the deprecated single form; the list wins when both are given.
  const lijst = i.toegewezenAanActoren?.length ? i.toegewezenAanActoren : [i.toegewezenAanActor ?? []].flat();
  const ids = [...new Set(lijst.map((a) => a.uuid))];
  const actoren = ids.length
    ? await db
        .select({
          id: actorUnie.id,
          soort: actorUnie.soort,
          naam: actorUnie.naam,
          eigen: actorUnie.eigen,
          identificator: actorUnie.identificator,
        })
        .from(actorUnie)
        .where(inArray(actorUnie.id, ids))
    : [];
  if (actoren.length < ids.length)
    throw ongeldigVeld(ACTOREN, 'Een van deze actoren bestaat niet.', 'does_not_exist');
  return actoren;
}

/** Stadspunt's own teams and employees as they are; the standard's own actors through koppel(). */
async function indelen(db: Queryable, actoren: ActorRij[]) {
  const teams: string[] = [];
  const medewerkers: { id: string; teamIds: string[] }[] = [];
  const wachtend: ActorRij[] = [];
  for (const a of actoren) {
    const k: Gekoppeld = a.eigen
      ? await koppel(db, a)
      : a.soort === 'medewerker'
        ? { medewerker: { id: a.id, teamIds: await teamsVan(db, a.id) } }
        : { teamId: a.id };
    if (k === 'ongeschikt')
      throw ongeldigVeld(
        ACTOREN,
        `"${a.naam}" is geen team of medewerker: een taak gaat naar een van beide.`,
      );
    if (k === 'wacht') wachtend.push(a);
    else if (k.teamId) teams.push(k.teamId);
    else if (k.medewerker) medewerkers.push(k.medewerker);
  }
  if (new Set(teams).size > 1 || medewerkers.length > 1)
    throw ongeldigVeld(ACTOREN, 'Een taak gaat naar één team, en eventueel één medewerker daarvan.');
  return { team: teams[0], medewerker: medewerkers[0], wachtend: wachtend[0] };
}

/** The team and employee among the actors; an actor no team knows yet makes the task wait at the KCC. */
async function bestemming(db: Queryable, i: Invoer): Promise<Bestemming> {
  const { team, medewerker, wachtend } = await indelen(db, await actorenVan(db, i));
  const teamId = team ?? medewerker?.teamIds[0];
  if (teamId) return { teamId, medewerkerId: medewerker?.id ?? null };
  if (medewerker && !wachtend)
    throw ongeldigVeld(ACTOREN, 'Deze medewerker hoort bij geen team; wijs de taak ook aan een team toe.');
  if (!wachtend) throw ongeldigVeld(ACTOREN, 'Wijs de taak toe aan een team of een medewerker.', 'required');
  const kcc = await findKccTeam(db);
  if (!kcc)
    throw ongeldigVeld(
      ACTOREN,
      `"${wachtend.naam}" is aan geen team gekoppeld en er is geen KCC-team om de taak te laten wachten.`,
    );
  return { teamId: kcc.id, medewerkerId: null, wachtOp: { actorId: wachtend.id, naam: wachtend.naam } };
}

/** The question of the contact, and how to reach someone who is no partij: what its betrokkene gave. */
async function uitKlantcontact(db: Queryable, klantcontactId: string) {
  const [eerste] = await db
    .select({ id: vraagView.id })
    .from(vraagView)
    .where(eq(vraagView.klantcontactId, klantcontactId))
    .orderBy(asc(vraagView.volgnummer))
    .limit(1);
  if (!eerste)
    throw ongeldigVeld(
      'aanleidinggevendKlantcontact.uuid',
      'Dit klantcontact bestaat niet.',
      'does_not_exist',
    );
  const betrokkenen = await db
    .select({ id: betrokkeneUnie.id, contactnaam: betrokkeneUnie.contactnaam })
    .from(betrokkeneUnie)
    .where(eq(betrokkeneUnie.klantcontactId, klantcontactId));
  const adressen = betrokkenen.length
    ? await db
        .select({ soort: digitaalAdresUnie.soort, adres: digitaalAdresUnie.adres })
        .from(digitaalAdresUnie)
        .where(
          inArray(
            digitaalAdresUnie.betrokkeneId,
            betrokkenen.map((b) => b.id),
          ),
        )
    : [];
  const adres = (soort: string) => adressen.find((a) => a.soort === soort)?.adres;
  return {
    vraagId: eerste.id,
    naam: betrokkenen.map((b) => naamVan(b.contactnaam)).find(Boolean),
    telefoon: adres('telefoonnummer'),
    email: adres('email'),
  };
}

const velden = {
  teamId: ACTOREN,
  medewerkerId: ACTOREN,
  onderwerp: 'gevraagdeHandeling',
  vraag: 'aanleidinggevendKlantcontact',
  telefoon: 'aanleidinggevendKlantcontact',
  email: 'aanleidinggevendKlantcontact',
};

const sluit = (ctx: AppContext, actor: Actor, id: string, tx: Tx) =>
  handelAf(
    ctx,
    actor,
    id,
    { resultaat: 'beantwoord', toelichting: 'Verwerkt via de Klantinteracties API.' },
    tx,
  );

export async function maakInterneTaak(ctx: AppContext, actor: Actor, i: Invoer): Promise<string> {
  return alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        const { teamId, medewerkerId, wachtOp } = await bestemming(tx, i);
        const contact = await uitKlantcontact(tx, i.aanleidinggevendKlantcontact.uuid);
        const taak = await createContactverzoek(
          ctx,
          actor,
          {
            teamId,
            medewerkerId,
            klantcontactId: i.aanleidinggevendKlantcontact.uuid,
            vraagId: contact.vraagId,
            onderwerp: i.gevraagdeHandeling,
            toelichting: i.toelichting ?? '',
            ...(contact.naam ? { naam: contact.naam } : {}),
            ...(contact.telefoon ? { telefoon: contact.telefoon } : {}),
            ...(contact.email ? { email: contact.email } : {}),
            voorkeurstijd: 'geen',
            urgent: false,
          },
          { tx, wachtOp },
        );
        if (i.status === 'verwerkt') await sluit(ctx, actor, taak.id, tx);
        return taak.id;
      }),
    velden,
  );
}

/**
 * PUT and PATCH as one transaction: forward, assign and close each under the rights they need,
 * all or nothing.
 */
export async function wijzigInterneTaak(ctx: AppContext, actor: Actor, id: string, i: Invoer) {
  await alsStandaard(
    () =>
      ctx.db.transaction(async (tx) => {
        const [huidig] = await internetaken.lees(tx, [id]);
        const was = internetaken.toon(huidig, weergaveVan(ctx));
        if (
          i.gevraagdeHandeling !== was.gevraagdeHandeling ||
          (i.toelichting ?? '') !== was.toelichting ||
          i.aanleidinggevendKlantcontact.uuid !== huidig.klantcontactId
        )
          throw conflictFout('Gevraagde handeling, toelichting en klantcontact van een taak staan vast.');
        const open = huidig.status === 'open';
        if (!open && i.status === 'te_verwerken')
          throw conflictFout(
            'Deze taak is al verwerkt; een afgehandeld contactverzoek gaat niet opnieuw open.',
          );
        const doel = await bestemming(tx, i);
        const zelfdeActoren = sameActoren(huidig, doel);
        if (!open && !zelfdeActoren)
          throw conflictFout('Deze taak is al verwerkt en wordt niet meer toegewezen.');
        if (open && !zelfdeActoren) await verplaats(ctx, actor, huidig, doel, tx);
        if (open && i.status === 'verwerkt') await sluit(ctx, actor, id, tx);
      }),
    { ...velden, 'ids.0': ACTOREN },
  );
}

const sameActoren = (huidig: InterneTaakRij, doel: Bestemming) =>
  doel.wachtOp
    ? huidig.wachtOpActor === doel.wachtOp.actorId
    : huidig.wachtOpActor === null &&
      huidig.teamId === doel.teamId &&
      huidig.medewerkerId === doel.medewerkerId;

/** Another team (forwarding), another employee (assigning), or both. */
async function verplaats(ctx: AppContext, actor: Actor, huidig: InterneTaakRij, doel: Bestemming, tx: Tx) {
  if (doel.wachtOp)
    throw conflictFout('Een taak die al bij een team ligt, gaat niet terug naar de wachtrij.');
  if (doel.teamId !== huidig.teamId)
    await stuurDoor(ctx, actor, huidig.id, { teamId: doel.teamId, nieuweTermijn: false }, tx);
  const nuToegewezen = doel.teamId !== huidig.teamId ? null : huidig.medewerkerId;
  if (doel.medewerkerId !== nuToegewezen) await wijsToe(ctx, actor, [huidig.id], doel.medewerkerId, tx);
}

export async function verwijderInterneTaak(): Promise<undefined> {
  throw conflictFout('Een contactverzoek blijft bewaard; sluit de taak af met status "verwerkt".');
}
