import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { handelAf } from '../../contactverzoeken/operations/afhandelen';
import { createContactverzoek } from '../../contactverzoeken/operations/create-contactverzoek';
import { stuurDoor } from '../../contactverzoeken/operations/doorsturen';
import { wijsToe } from '../../contactverzoeken/operations/toewijzen';
import { vraag } from '../../klantcontacten/schema';
import { teamlidmaatschap } from '../../organisatie/schema';
import { weergaveVan } from '../bron';
import { internetaken } from '../bronnen/internetaken';
import { conflictFout, ongeldigVeld } from '../fouten';
import type { InterneTaakInvoer as Invoer } from '../schemas';
import { naamVan } from '../schemas';
import { actorUnie, betrokkeneUnie, digitaalAdresUnie } from '../unies';
import { alsStandaard } from './partijen';

/**
 * Internetaken are contactverzoeken, made and changed through the contactverzoeken module's
 * operations: create, forward to another team, assign, close. Stadspunt's rules hold: one
 * team, an employee of that team, a way to reach the resident, and a closed request stays
 * closed.
 */
const ACTOREN = 'toegewezenAanActoren';

/** The team and employee among the actors; only Stadspunt's teams and employees can take a task. */
async function teamEnMedewerker(db: Queryable, i: Invoer) {
  // toegewezenAanActor is the deprecated single form; the list wins when both are given.
  const lijst = i.toegewezenAanActoren?.length ? i.toegewezenAanActoren : [i.toegewezenAanActor ?? []].flat();
  const ids = [...new Set(lijst.map((a) => a.uuid))];
  const actoren = ids.length
    ? await db
        .select({ id: actorUnie.id, soort: actorUnie.soort, eigen: actorUnie.eigen })
        .from(actorUnie)
        .where(inArray(actorUnie.id, ids))
    : [];
  if (actoren.length < ids.length)
    throw ongeldigVeld(ACTOREN, 'Een van deze actoren bestaat niet.', 'does_not_exist');
  if (actoren.some((a) => a.eigen))
    throw ongeldigVeld(ACTOREN, 'Een taak gaat naar een team of medewerker van Stadspunt.');
  const teams = actoren.filter((a) => a.soort === 'organisatorische_eenheid').map((a) => a.id);
  const medewerkers = actoren.filter((a) => a.soort === 'medewerker').map((a) => a.id);
  if (teams.length > 1 || medewerkers.length > 1)
    throw ongeldigVeld(ACTOREN, 'Een taak gaat naar één team, en eventueel één medewerker daarvan.');
  const medewerkerId = medewerkers[0] ?? null;
  const teamId = teams[0] ?? (medewerkerId ? await eersteTeam(db, medewerkerId) : undefined);
  if (!teamId) throw ongeldigVeld(ACTOREN, 'Wijs de taak toe aan een team of een medewerker.', 'required');
  return { teamId, medewerkerId };
}

async function eersteTeam(db: Queryable, medewerkerId: string) {
  const [rij] = await db
    .select({ teamId: teamlidmaatschap.teamId })
    .from(teamlidmaatschap)
    .where(eq(teamlidmaatschap.medewerkerId, medewerkerId));
  return rij?.teamId;
}

/** The question of the contact, and how to reach someone who is no partij: what its betrokkene gave. */
async function uitKlantcontact(db: Queryable, klantcontactId: string) {
  const [eerste] = await db
    .select({ id: vraag.id })
    .from(vraag)
    .where(eq(vraag.klantcontactId, klantcontactId))
    .orderBy(asc(vraag.volgnummer))
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

const sluit = (ctx: AppContext, actor: Actor, id: string) =>
  handelAf(ctx, actor, id, { resultaat: 'beantwoord', toelichting: 'Verwerkt via de Klantinteracties API.' });

export async function maakInterneTaak(ctx: AppContext, actor: Actor, i: Invoer): Promise<string> {
  const { teamId, medewerkerId } = await teamEnMedewerker(ctx.db, i);
  const contact = await uitKlantcontact(ctx.db, i.aanleidinggevendKlantcontact.uuid);
  const taak = await alsStandaard(
    () =>
      createContactverzoek(ctx, actor, {
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
      }),
    velden,
  );
  if (i.status === 'verwerkt') await alsStandaard(() => sluit(ctx, actor, taak.id));
  return taak.id;
}

export async function wijzigInterneTaak(ctx: AppContext, actor: Actor, id: string, i: Invoer) {
  const [huidig] = await internetaken.lees(ctx.db, [id]);
  const was = internetaken.toon(huidig, weergaveVan(ctx));
  if (
    i.gevraagdeHandeling !== was.gevraagdeHandeling ||
    (i.toelichting ?? '') !== was.toelichting ||
    i.aanleidinggevendKlantcontact.uuid !== huidig.klantcontactId
  )
    throw conflictFout('Gevraagde handeling, toelichting en klantcontact van een taak staan vast.');
  const open = huidig.status === 'open';
  if (!open && i.status === 'te_verwerken')
    throw conflictFout('Deze taak is al verwerkt; een afgehandeld contactverzoek gaat niet opnieuw open.');
  const { teamId, medewerkerId } = await teamEnMedewerker(ctx.db, i);
  if (open && teamId !== huidig.teamId)
    await alsStandaard(() => stuurDoor(ctx, actor, id, { teamId, nieuweTermijn: false }), velden);
  const nuToegewezen = teamId !== huidig.teamId ? null : huidig.medewerkerId;
  if (open && medewerkerId !== nuToegewezen)
    await alsStandaard(() => wijsToe(ctx, actor, [id], medewerkerId), { ...velden, 'ids.0': ACTOREN });
  if (open && i.status === 'verwerkt') await alsStandaard(() => sluit(ctx, actor, id));
  if (!open && (teamId !== huidig.teamId || medewerkerId !== huidig.medewerkerId))
    throw conflictFout('Deze taak is al verwerkt en wordt niet meer toegewezen.');
}

export async function verwijderInterneTaak(): Promise<undefined> {
  throw conflictFout('Een contactverzoek blijft bewaard; sluit de taak af met status "verwerkt".');
}
