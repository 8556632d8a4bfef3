import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import type { Kalender } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { nietGevonden } from '../../../platform/http/problem';
import { isLid, type Leesniveau, leesniveau, rechtenOp, vereisLezen } from '../../../policies';
import { medewerkerNaamSql } from '../../organisatie/operations/medewerker-lezen';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { partijNaamSql } from '../../partijen/bestaat';
import { contactverzoek, logboekregel } from '../schema';
import { termijnInWoorden } from '../termijn';

/** The columns of a request with the names of its team, assignee and party (from their modules). */
export const velden = {
  id: contactverzoek.id,
  nummer: contactverzoek.nummer,
  partijId: contactverzoek.partijId,
  partijNaam: partijNaamSql(contactverzoek.partijId),
  klantcontactId: contactverzoek.klantcontactId,
  teamId: contactverzoek.teamId,
  // Every request is with a team.
  teamNaam: teamNaamSql(contactverzoek.teamId) as SQL<string>,
  medewerkerId: contactverzoek.medewerkerId,
  medewerkerNaam: medewerkerNaamSql(contactverzoek.medewerkerId),
  productId: contactverzoek.productId,
  onderwerp: contactverzoek.onderwerp,
  vraag: contactverzoek.vraag,
  toelichting: contactverzoek.toelichting,
  naam: contactverzoek.naam,
  telefoon: contactverzoek.telefoon,
  email: contactverzoek.email,
  voorkeurstijd: contactverzoek.voorkeurstijd,
  urgent: contactverzoek.urgent,
  status: contactverzoek.status,
  ontvangen: contactverzoek.ontvangen,
  deadline: contactverzoek.deadline,
  pogingen: contactverzoek.pogingen,
  mislukt: contactverzoek.mislukt,
  resultaat: contactverzoek.resultaat,
  afgehandeld: contactverzoek.afgehandeld,
  versie: contactverzoek.versie,
  aangemaaktDoor: contactverzoek.aangemaaktDoor,
  wachtOpActor: contactverzoek.wachtOpActor,
};

export const metNamen = <T extends Queryable>(db: T) => db.select(velden).from(contactverzoek).$dynamic();

type Rij = Awaited<ReturnType<typeof metNamen>>[number];

/** Requests by id with the names of their team, assignee and party (the Klantinteracties API reads them so). */
export const contactverzoekenMetNamen = (db: Queryable, ids: string[]) =>
  metNamen(db).where(inArray(contactverzoek.id, ids));

/** As the API shows it: the deadline also in words, measured against today. */
export function alsUitvoer(rij: Rij, nu: Date, kalender: Kalender) {
  const vandaag = amsterdamseDatum(nu);
  const peil = rij.afgehandeld ? amsterdamseDatum(rij.afgehandeld) : vandaag;
  return {
    ...rij,
    ontvangen: rij.ontvangen.toISOString(),
    afgehandeld: rij.afgehandeld?.toISOString() ?? null,
    termijn: rij.status === 'open' ? termijnInWoorden(rij.deadline, vandaag, kalender) : 'afgehandeld',
    teLaat: peil > rij.deadline,
  };
}

export async function getContactverzoek(db: Queryable, id: string, nu: Date) {
  const [rij] = await metNamen(db).where(eq(contactverzoek.id, id));
  if (!rij) throw nietGevonden('Dit contactverzoek');
  const logboek = await db
    .select({
      id: logboekregel.id,
      tijdstip: sql<string>`to_char(${logboekregel.tijdstip} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      soort: logboekregel.soort,
      medewerkerNaam: logboekregel.medewerkerNaam,
      uitkomst: logboekregel.uitkomst,
      tekst: logboekregel.tekst,
    })
    .from(logboekregel)
    .where(eq(logboekregel.contactverzoekId, id))
    .orderBy(asc(logboekregel.tijdstip), asc(logboekregel.id));
  return { ...alsUitvoer(rij, nu, await loadKalender(db)), logboek };
}

type Detail = Awaited<ReturnType<typeof getContactverzoek>>;
type Feiten = Pick<Rij, 'teamId' | 'aangemaaktDoor' | 'partijId' | 'wachtOpActor'>;

/** A row of a list as this actor may see it, with what the actor may do (the screens hide the rest). */
export function rijVoorActor<T extends Feiten>(
  actor: Actor,
  cv: T,
  niveau: Leesniveau = leesniveau(actor, cv) ?? 'status',
) {
  const { aangemaaktDoor: _a, wachtOpActor, ...rest } = cv;
  return { ...rest, wachtOpKoppeling: wachtOpActor !== null, niveau, mag: rechtenOp(actor, cv) };
}

/**
 * A request with its logboek as this actor may see it: at the status level the team's
 * internal notes and the free text of its call attempts are left out.
 */
export function voorActor(actor: Actor, cv: Detail, niveau: Leesniveau = leesniveau(actor, cv) ?? 'status') {
  const logboek =
    niveau === 'volledig'
      ? cv.logboek
      : cv.logboek
          .filter((r) => r.soort !== 'notitie')
          .map((r) => (r.soort === 'poging' ? { ...r, tekst: '' } : r));
  return { ...rijVoorActor(actor, cv, niveau), logboek };
}

/**
 * Reading one request through the API: 404 for who may not know it, and a read of the
 * resident's details by someone outside the request's team is audited.
 */
export async function leesContactverzoek(ctx: AppContext, actor: Actor, id: string) {
  const cv = await getContactverzoek(ctx.db, id, ctx.now());
  const niveau = vereisLezen(actor, cv);
  if (!isLid(actor, cv.teamId) && (cv.partijId || cv.naam || cv.telefoon || cv.email))
    await audit(ctx.db, actor, {
      actie: 'contactverzoek.ingezien',
      objectType: 'contactverzoek',
      objectId: id,
      persoonsgegevens: true,
      details: { niveau },
    });
  return voorActor(actor, cv, niveau);
}

/** Which of these contacts led to a contactverzoek. */
export async function klantcontactenMetVerzoek(
  db: Queryable,
  klantcontactIds: string[],
): Promise<Set<string>> {
  if (klantcontactIds.length === 0) return new Set();
  const rij = await db
    .selectDistinct({ id: contactverzoek.klantcontactId })
    .from(contactverzoek)
    .where(inArray(contactverzoek.klantcontactId, klantcontactIds));
  return new Set(rij.flatMap((r) => (r.id ? [r.id] : [])));
}
