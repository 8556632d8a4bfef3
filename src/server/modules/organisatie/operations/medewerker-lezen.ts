import { and, arrayContains, count, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { Rol } from '../../../platform/auth/rollen';
import type { Queryable } from '../../../platform/db/client';
import { type Sleutel, scalar } from '../../../platform/db/deelvraag';
import { bevat } from '../../../platform/db/zoek';
import { type LijstQuery, offset, sortering } from '../../../platform/http/lijst';
import { nietGevonden } from '../../../platform/http/problem';
import { medewerker, team, teamlidmaatschap } from '../schema';
import type { MedewerkerUit } from '../schemas';

// Correlated subqueries name the outer row explicitly: drizzle renders columns in select fields unqualified.
const medewerkerId = sql.raw('"medewerker"."id"');
const teams = sql<{ id: string; naam: string }[]>`coalesce((
  select json_agg(json_build_object('id', ${team.id}, 'naam', ${team.naam}) order by ${team.naam})
  from ${teamlidmaatschap} join ${team} on ${team.id} = ${teamlidmaatschap.teamId}
  where ${teamlidmaatschap.medewerkerId} = ${medewerkerId}), '[]'::json)`;

const velden = {
  id: medewerker.id,
  naam: medewerker.naam,
  gebruikersnaam: medewerker.gebruikersnaam,
  email: medewerker.email,
  identificatie: medewerker.identificatie,
  rollen: medewerker.rollen,
  teams,
  actief: medewerker.actief,
  versie: medewerker.versie,
};

export interface MedewerkerFilter extends LijstQuery {
  team?: string;
  rol?: Rol;
}

function filter(f: MedewerkerFilter) {
  const inTeam = f.team
    ? exists(
        // exists() does not bracket raw SQL itself.
        sql`(select 1 from ${teamlidmaatschap} where ${teamlidmaatschap.medewerkerId} = ${medewerkerId} and ${teamlidmaatschap.teamId} = ${f.team})`,
      )
    : undefined;
  return and(
    f.q
      ? or(bevat(medewerker.naam, f.q), bevat(medewerker.gebruikersnaam, f.q), bevat(medewerker.email, f.q))
      : undefined,
    inTeam,
    f.rol ? arrayContains(medewerker.rollen, [f.rol]) : undefined,
  );
}

export async function listMedewerkers(db: Queryable, f: MedewerkerFilter) {
  const waar = filter(f);
  const volgorde = sortering(
    f.sort,
    { naam: medewerker.naam, gebruikersnaam: medewerker.gebruikersnaam, email: medewerker.email },
    'naam',
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select(velden)
      .from(medewerker)
      .where(waar)
      .orderBy(...volgorde)
      .limit(f.pageSize)
      .offset(offset(f)),
    db.select({ total: count() }).from(medewerker).where(waar),
  ]);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

export async function getMedewerker(db: Queryable, id: string): Promise<MedewerkerUit> {
  const [rij] = await db.select(velden).from(medewerker).where(eq(medewerker.id, id));
  if (!rij) throw nietGevonden('Deze medewerker');
  return rij;
}

export async function medewerkerNaam(db: Queryable, id: string): Promise<string | null> {
  const [rij] = await db.select({ naam: medewerker.naam }).from(medewerker).where(eq(medewerker.id, id));
  return rij?.naam ?? null;
}

/** Name and e-mail address of these employees, to send them a message. */
export function medewerkerAdressen(db: Queryable, ids: string[]) {
  return db
    .select({ id: medewerker.id, naam: medewerker.naam, email: medewerker.email })
    .from(medewerker)
    .where(inArray(medewerker.id, ids));
}

/** An employee's name, null when there is none with this id: for another module's statement. */
export const medewerkerNaamSql = (id: Sleutel) =>
  scalar<string | null>(sql`select ${medewerker.naam} from ${medewerker} where ${medewerker.id} = ${id}`);

/** The active employee other systems know by this e-mail address or identificatie. */
export async function findMedewerkerOpSleutel(
  db: Queryable,
  sleutel: { email?: string; identificatie?: string },
) {
  const [rij] = await db
    .select({
      id: medewerker.id,
      teamIds: sql<
        string[]
      >`coalesce((select array_agg(${teamlidmaatschap.teamId}::text) from ${teamlidmaatschap} where ${teamlidmaatschap.medewerkerId} = ${medewerkerId}), '{}')`,
    })
    .from(medewerker)
    .where(
      and(
        eq(medewerker.actief, true),
        sleutel.email ? sql`lower(${medewerker.email}) = lower(${sleutel.email})` : undefined,
        sleutel.identificatie ? eq(medewerker.identificatie, sleutel.identificatie) : undefined,
        sleutel.email || sleutel.identificatie ? undefined : sql`false`,
      ),
    )
    .limit(1);
  return rij;
}

/** Nothing set up yet: no team and no employee (in production the first one is the CLI's beheerder). */
export async function organisatieLeeg(db: Queryable): Promise<boolean> {
  const teams = await db.select({ id: team.id }).from(team).limit(1);
  const medewerkers = await db.select({ id: medewerker.id }).from(medewerker).limit(1);
  return teams.length === 0 && medewerkers.length === 0;
}
