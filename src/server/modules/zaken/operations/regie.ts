import { and, asc, eq, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { volgendeWerkdag } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import { type Queryable, rijen } from '../../../platform/db/client';
import { offset } from '../../../platform/http/lijst';
import { vereisRegieZien } from '../../../policies';
import { contactverzoekView as cv } from '../../contactverzoeken/views';
import { teamNaamSql } from '../../organisatie/operations/team-lezen';
import { zaak } from '../schema';
import type { RegieQuery } from '../schemas';

/** "Near" the norm: due within this many working days. */
const BIJNA_WERKDAGEN = 2;

/** The date a zaak is due by for the KCC: its servicenorm's, else its legal limit. */
const zaakTermijn = sql<string>`coalesce(${zaak.einddatumGepland}, ${zaak.uiterlijkeEinddatumAfdoening})`;

function delen(grens: string, f: RegieQuery) {
  const zaken = and(
    isNull(zaak.einddatum),
    isNull(zaak.opgeschortSinds),
    lte(zaakTermijn, grens),
    f.teamId ? eq(zaak.teamId, f.teamId) : undefined,
  );
  const verzoeken = and(
    eq(cv.status, 'open'),
    lte(cv.deadline, grens),
    f.teamId ? eq(cv.teamId, f.teamId) : undefined,
  );
  return { zaken, verzoeken };
}

/**
 * The KCC's regie: every open zaak and contactverzoek of all teams that is near or over its
 * norm, soonest due first, with the figures per team. Suspended zaken wait, so they are left out.
 */
export async function leesRegie(db: Queryable, actor: Actor, f: RegieQuery, nu: Date) {
  vereisRegieZien(actor);
  const vandaag = amsterdamseDatum(nu);
  let grens = vandaag;
  const kalender = await loadKalender(db);
  for (let i = 0; i < BIJNA_WERKDAGEN; i++) grens = volgendeWerkdag(grens, kalender);
  const { zaken, verzoeken } = delen(grens, f);
  // Each part takes only the rows up to this page, in the order of its index, before they are merged.
  const tot = offset(f) + f.pageSize;
  const zaakRijen = db
    .select({
      soort: sql<'zaak' | 'contactverzoek'>`'zaak'`.as('soort'),
      id: zaak.id,
      // A union takes its column names from the first part.
      nummer: sql<string>`${zaak.identificatie}`.as('nummer'),
      omschrijving: zaak.omschrijving,
      teamId: zaak.teamId,
      termijn: sql<string>`${zaakTermijn}`.as('termijn'),
    })
    .from(zaak)
    .where(f.soort === 'contactverzoek' ? sql`false` : zaken)
    .orderBy(asc(zaakTermijn), asc(zaak.identificatie))
    .limit(tot);
  const verzoekRijen = db
    .select({
      soort: sql<'zaak' | 'contactverzoek'>`'contactverzoek'`.as('soort'),
      id: cv.id,
      nummer: cv.nummer,
      omschrijving: cv.onderwerp,
      teamId: cv.teamId,
      termijn: sql<string>`${cv.deadline}`.as('termijn'),
    })
    .from(cv)
    .where(f.soort === 'zaak' ? sql`false` : verzoeken)
    .orderBy(asc(cv.deadline), asc(cv.nummer))
    .limit(tot);
  const rijen = await zaakRijen
    .unionAll(verzoekRijen)
    .orderBy(asc(sql`termijn`), asc(sql`nummer`))
    .limit(f.pageSize)
    .offset(offset(f));
  const perTeam = await teams(db, zaken, verzoeken, vandaag);
  return {
    peildatum: vandaag,
    grens,
    items: rijen.map((r) => ({ ...r, overschreden: r.termijn < vandaag })),
    total: perTeam.reduce(
      (n, t) =>
        n + (f.soort === 'contactverzoek' ? 0 : t.zaken) + (f.soort === 'zaak' ? 0 : t.contactverzoeken),
      0,
    ),
    page: f.page,
    pageSize: f.pageSize,
    teams: perTeam,
  };
}

/** Per team: how many zaken and contactverzoeken are near and how many over the norm. */
async function teams(db: Queryable, zaken: SQL | undefined, verzoeken: SQL | undefined, vandaag: string) {
  const z = await db
    .select({
      teamId: zaak.teamId,
      n: sql<number>`count(*)::int`,
      over: sql<number>`(count(*) filter (where ${zaakTermijn} < ${vandaag}))::int`,
    })
    .from(zaak)
    .where(zaken)
    .groupBy(zaak.teamId);
  const c = await db
    .select({
      teamId: cv.teamId,
      n: sql<number>`count(*)::int`,
      over: sql<number>`(count(*) filter (where ${cv.deadline} < ${vandaag}))::int`,
    })
    .from(cv)
    .where(verzoeken)
    .groupBy(cv.teamId);
  const ids = [...new Set([...z, ...c].map((r) => r.teamId))];
  const namen = new Map(
    (ids.length
      ? await rijen<{ id: string; naam: string }>(
          db,
          sql`select t.id::text as id, ${teamNaamSql(sql`t.id`)} as naam from unnest(${`{${ids.join(',')}}`}::uuid[]) as t(id)`,
        )
      : []
    ).map((r) => [r.id, r.naam]),
  );
  return ids
    .map((teamId) => {
      const zt = z.find((r) => r.teamId === teamId);
      const ct = c.find((r) => r.teamId === teamId);
      return {
        teamId,
        teamNaam: namen.get(teamId) ?? '',
        zaken: zt?.n ?? 0,
        zakenOver: zt?.over ?? 0,
        contactverzoeken: ct?.n ?? 0,
        contactverzoekenOver: ct?.over ?? 0,
      };
    })
    .sort(
      (a, b) =>
        b.zakenOver + b.contactverzoekenOver - (a.zakenOver + a.contactverzoekenOver) ||
        a.teamNaam.localeCompare(b.teamNaam, 'nl'),
    );
}
