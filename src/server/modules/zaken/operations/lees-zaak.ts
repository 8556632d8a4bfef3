import { type AnyColumn, asc, eq, type SQL, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import type { Kalender } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import type { Queryable } from '../../../platform/db/client';
import { naElkaar } from '../../../platform/db/na-elkaar';
import { nietGevonden } from '../../../platform/http/problem';
import { isLid, vereisZaakLezen, type ZaakLeesniveau, zaakLeesniveau, zaakRechten } from '../../../policies';
import { termijnInWoorden } from '../../contactverzoeken/termijn';
import { medewerkerNaamSql } from '../../organisatie/operations/medewerker-lezen';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { partijNaamSql } from '../../partijen/bestaat';
import {
  eigenschapNaamSql,
  resultaattypeNaamSql,
  statustypeNaamSql,
  zaaktypeNaamSql,
} from '../../zaaktypen/lezen';
import { besluit, zaak, zaakEigenschap, zaakLogboek, zaakRelatie, zaakRol, zaakStatus } from '../schema';

const isoTijd = (kolom: AnyColumn) =>
  sql<string>`to_char(${kolom} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// Correlated subqueries name the outer row explicitly: drizzle renders select-field columns unqualified.
const zaakId = sql.raw('"zaak"."id"');

/** The zaak's initiator (a party), for a statement on zaak. */
export const initiator = sql<
  string | null
>`(select r.partij_id from zaak_rol r where r.zaak_id = ${zaakId} and r.omschrijving_generiek = 'initiator' and r.partij_id is not null order by r.registratie limit 1)`;

/** The columns of a zaak with the names of its type, team, behandelaar, status and result. */
export const velden = {
  id: zaak.id,
  identificatie: zaak.identificatie,
  zaaktypeId: zaak.zaaktypeId,
  zaaktypeOmschrijving: zaaktypeNaamSql(zaak.zaaktypeId) as SQL<string>,
  omschrijving: zaak.omschrijving,
  toelichting: zaak.toelichting,
  teamId: zaak.teamId,
  teamNaam: teamNaamSql(zaak.teamId) as SQL<string>,
  behandelaarId: zaak.behandelaarId,
  behandelaarNaam: medewerkerNaamSql(zaak.behandelaarId),
  initiatorId: initiator,
  initiatorNaam: partijNaamSql(initiator),
  klantcontactId: zaak.klantcontactId,
  hoofdzaakId: zaak.hoofdzaakId,
  vertrouwelijkheid: zaak.vertrouwelijkheid,
  registratiedatum: zaak.registratiedatum,
  startdatum: zaak.startdatum,
  einddatumGepland: zaak.einddatumGepland,
  uiterlijkeEinddatumAfdoening: zaak.uiterlijkeEinddatumAfdoening,
  einddatum: zaak.einddatum,
  statustypeId: zaak.statustypeId,
  statusOmschrijving: statustypeNaamSql(zaak.statustypeId),
  statusGezet: zaak.statusGezet,
  resultaattypeId: zaak.resultaattypeId,
  resultaatOmschrijving: resultaattypeNaamSql(zaak.resultaattypeId),
  resultaatToelichting: zaak.resultaatToelichting,
  archiefnominatie: zaak.archiefnominatie,
  archiefactiedatum: zaak.archiefactiedatum,
  opgeschortSinds: zaak.opgeschortSinds,
  opschortingReden: zaak.opschortingReden,
  opgeschortGeweest: zaak.opgeschortGeweest,
  verlengingDuur: zaak.verlengingDuur,
  verlengingReden: zaak.verlengingReden,
  aangemaaktDoor: zaak.aangemaaktDoor,
  versie: zaak.versie,
};

export const metNamen = <T extends Queryable>(db: T) => db.select(velden).from(zaak).$dynamic();

export type Rij = Awaited<ReturnType<typeof metNamen>>[number];

/** As the API shows it: the legal deadline also in words, and whether either deadline is passed. */
export function alsUitvoer(rij: Rij, nu: Date, kalender: Kalender) {
  const vandaag = amsterdamseDatum(nu);
  const peil = rij.einddatum ?? vandaag;
  const open = !rij.einddatum;
  return {
    ...rij,
    statusGezet: rij.statusGezet?.toISOString() ?? null,
    termijn: open
      ? rij.opgeschortSinds
        ? 'opgeschort'
        : termijnInWoorden(rij.uiterlijkeEinddatumAfdoening, vandaag, kalender)
      : 'afgesloten',
    teLaat: peil > rij.uiterlijkeEinddatumAfdoening,
    servicenormOverschreden: Boolean(rij.einddatumGepland && peil > rij.einddatumGepland),
  };
}

const kort = {
  id: zaak.id,
  identificatie: zaak.identificatie,
  omschrijving: zaak.omschrijving,
  einddatum: zaak.einddatum,
};

/** Its deelzaken and the zaken it is related to: two index lookups (an OR of both scanned every zaak). */
const gerelateerdeZaken = (db: Queryable, id: string) =>
  db
    .select({ ...kort, relatie: sql<string>`'deelzaak'`.as('relatie') })
    .from(zaak)
    .where(eq(zaak.hoofdzaakId, id))
    .unionAll(
      db
        .select({ ...kort, relatie: sql<string>`${zaakRelatie.aard}`.as('relatie') })
        .from(zaakRelatie)
        .innerJoin(zaak, eq(zaak.id, zaakRelatie.gerelateerdeZaakId))
        .where(eq(zaakRelatie.zaakId, id)),
    )
    .orderBy(asc(sql`identificatie`));

/** The parts of a zaak, for its detail. */
async function onderdelen(db: Queryable, id: string) {
  return naElkaar([
    db
      .select({
        statustypeId: zaakStatus.statustypeId,
        omschrijving: statustypeNaamSql(zaakStatus.statustypeId) as SQL<string>,
        datumStatusGezet: isoTijd(zaakStatus.datumStatusGezet),
        statustoelichting: zaakStatus.statustoelichting,
      })
      .from(zaakStatus)
      .where(eq(zaakStatus.zaakId, id))
      .orderBy(asc(zaakStatus.datumStatusGezet), asc(zaakStatus.id)),
    db
      .select({
        id: zaakRol.id,
        omschrijvingGeneriek: zaakRol.omschrijvingGeneriek,
        partijId: zaakRol.partijId,
        medewerkerId: zaakRol.medewerkerId,
        naam: zaakRol.naam,
      })
      .from(zaakRol)
      .where(eq(zaakRol.zaakId, id))
      .orderBy(asc(zaakRol.registratie)),
    db
      .select({
        eigenschapId: zaakEigenschap.eigenschapId,
        naam: eigenschapNaamSql(zaakEigenschap.eigenschapId) as SQL<string>,
        waarde: zaakEigenschap.waarde,
      })
      .from(zaakEigenschap)
      .where(eq(zaakEigenschap.zaakId, id)),
    db
      .select({
        id: besluit.id,
        identificatie: besluit.identificatie,
        omschrijving: besluit.omschrijving,
        datum: besluit.datum,
        ingangsdatum: besluit.ingangsdatum,
        vervaldatum: besluit.vervaldatum,
        toelichting: besluit.toelichting,
      })
      .from(besluit)
      .where(eq(besluit.zaakId, id))
      .orderBy(asc(besluit.datum)),
    gerelateerdeZaken(db, id),
    db
      .select({
        id: zaakLogboek.id,
        tijdstip: isoTijd(zaakLogboek.tijdstip),
        soort: zaakLogboek.soort,
        medewerkerNaam: zaakLogboek.medewerkerNaam,
        tekst: zaakLogboek.tekst,
      })
      .from(zaakLogboek)
      .where(eq(zaakLogboek.zaakId, id))
      .orderBy(asc(zaakLogboek.id)),
  ]);
}

export async function getZaak(db: Queryable, id: string, nu: Date) {
  const [rij] = await metNamen(db).where(eq(zaak.id, id));
  if (!rij) throw nietGevonden('Deze zaak');
  const [statussen, rollen, eigenschappen, besluiten, gerelateerd, logboek] = await onderdelen(db, id);
  const partijIds = rollen.flatMap((r) => (r.partijId ? [r.partijId] : []));
  return {
    ...alsUitvoer(rij, nu, await loadKalender(db)),
    partijIds,
    statussen,
    rollen,
    eigenschappen,
    besluiten,
    gerelateerd,
    logboek,
  };
}

export type ZaakDetail = Awaited<ReturnType<typeof getZaak>>;
type Feiten = Pick<Rij, 'teamId' | 'aangemaaktDoor'> & { partijIds: readonly string[] };

/** A row of a list as this actor may see it, with what the actor may do. */
export function rijVoorActor<T extends Feiten>(actor: Actor, z: T, niveau?: ZaakLeesniveau) {
  const { aangemaaktDoor: _a, partijIds: _p, ...rest } = z;
  return { ...rest, niveau: niveau ?? zaakLeesniveau(actor, z) ?? 'status', mag: zaakRechten(actor, z) };
}

/**
 * A zaak as this actor may see it: at the status level (the agent at the desk) where it stands
 * and its history without the team's notes and documents; no eigenschappen, besluiten or toelichting.
 */
export function voorActor(actor: Actor, z: ZaakDetail, niveau = zaakLeesniveau(actor, z) ?? 'status') {
  const rij = rijVoorActor(actor, z, niveau);
  if (niveau === 'volledig') return rij;
  return {
    ...rij,
    toelichting: '',
    eigenschappen: [],
    besluiten: [],
    logboek: z.logboek.filter((r) => !['notitie', 'eigenschap', 'document'].includes(r.soort)),
  };
}

/** Reading one zaak through the API: 404 for who may not know it; a read from outside the team is audited. */
export async function leesZaak(ctx: AppContext, actor: Actor, id: string) {
  const z = await getZaak(ctx.db, id, ctx.now());
  const niveau = vereisZaakLezen(actor, z);
  if (!isLid(actor, z.teamId) && z.partijIds.length > 0)
    await audit(ctx.db, actor, {
      actie: 'zaak.ingezien',
      objectType: 'zaak',
      objectId: id,
      persoonsgegevens: true,
      details: { niveau },
    });
  return voorActor(actor, z, niveau);
}
