import { asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/client';
import { type Sleutel, scalar } from '../../../platform/db/deelvraag';
import { bevat } from '../../../platform/db/zoek';
import { type LijstQuery, offset, sortering } from '../../../platform/http/lijst';
import { nietGevonden } from '../../../platform/http/problem';
import { team, teamlidmaatschap } from '../schema';
import type { TeamUit } from '../schemas';

const aantalMedewerkers = sql<number>`(select count(*)::int from ${teamlidmaatschap} where ${teamlidmaatschap.teamId} = ${sql.raw('"team"."id"')})`;

const velden = {
  id: team.id,
  naam: team.naam,
  omschrijving: team.omschrijving,
  email: team.email,
  identificatie: team.identificatie,
  kcc: team.kcc,
  aantalMedewerkers,
  versie: team.versie,
};

export async function listTeams(db: Queryable, q: LijstQuery) {
  const waar = q.q ? bevat(team.naam, q.q) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db
      .select(velden)
      .from(team)
      .where(waar)
      .orderBy(...sortering(q.sort, { naam: team.naam, aantalMedewerkers }, 'naam'))
      .limit(q.pageSize)
      .offset(offset(q)),
    db.select({ total: count() }).from(team).where(waar),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function findTeam(db: Queryable, id: string): Promise<TeamUit | undefined> {
  const [rij] = await db.select(velden).from(team).where(eq(team.id, id));
  return rij;
}

export async function getTeam(db: Queryable, id: string): Promise<TeamUit> {
  const gevonden = await findTeam(db, id);
  if (!gevonden) throw nietGevonden('Dit team');
  return gevonden;
}

/** The team that keeps regie, where tasks for an unknown actor wait. */
export async function findKccTeam(db: Queryable): Promise<TeamUit | undefined> {
  const [rij] = await db.select(velden).from(team).where(eq(team.kcc, true));
  return rij;
}

/** The team other systems know by this identificatie. */
export async function findTeamOpIdentificatie(db: Queryable, identificatie: string) {
  const [rij] = await db.select(velden).from(team).where(eq(team.identificatie, identificatie));
  return rij as TeamUit | undefined;
}

/** Every team, by name: for what another module does per team. */
export function alleTeams(db: Queryable) {
  return db.select({ id: team.id, naam: team.naam, kcc: team.kcc }).from(team).orderBy(asc(team.naam));
}

/** A team's name, null when there is none with this id: for another module's statement. */
export const teamNaamSql = (id: Sleutel) =>
  scalar<string | null>(sql`select ${team.naam} from ${team} where ${team.id} = ${id}`);

/**
 * Every team (`id`, `naam`) as a derived table for another module's FROM clause, when one
 * statement goes over all teams (figures per team, also those with none).
 */
export const teamsSql = sql`(select ${team.id} as id, ${team.naam} as naam from ${team})`;
