import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { genereerContactverzoeken } from '../../src/server/modules/contactverzoeken/genereer';
import { metNamen } from '../../src/server/modules/contactverzoeken/operations/lees-contactverzoek';
import {
  geslotenSql,
  ontvangenSql,
  openOpEindeSql,
  openSql,
  verzoekenSql,
} from '../../src/server/modules/contactverzoeken/rapportage/cijfers';
import { laatsteWeken, vorigePeriode } from '../../src/server/modules/contactverzoeken/rapportage/perioden';
import { contactverzoek } from '../../src/server/modules/contactverzoeken/schema';
import { sluitingsdag } from '../../src/server/platform/calendar/schema';
import { amsterdamseDatum } from '../../src/server/platform/calendar/tijd';
import type { Database } from '../../src/server/platform/db/client';
import { laatLos, metApp, type Sessie, type Soort } from './app';
import { opties, percentiel, rond, tijd } from './meten';

const TEAMS = 40;
const HERHALINGEN = 400;
const dialect = new PgDialect();

/** The same statements as the API, run directly on one connection: per call the summed time of all of them. */
async function direkt(db: Database, n: number, statements: (i: number) => SQL[]) {
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) {
    const [ms] = await tijd(async () => {
      for (const s of statements(i)) {
        const q = dialect.sqlToQuery(s);
        await db.raw.executeSql(q.sql, q.params);
      }
    });
    tijden.push(ms);
  }
  return { p50: rond(percentiel(tijden, 50), 2), p95: rond(percentiel(tijden, 95), 2) };
}

async function seed(db: Database, aantal: number, nu: Date) {
  const bestaand = (await db.raw.executeSql('select count(*)::int as n from team')).rows[0].n as number;
  await db.raw.executeSql(
    `insert into team (naam, omschrijving) select 'Team ' || i, 'Benchmark' from generate_series(1, ${TEAMS - bestaand}) i`,
  );
  const van = new Date(nu.getTime() - 365 * 86_400_000);
  const [ms, n] = await tijd(() => genereerContactverzoeken(db, { aantal, van, tot: nu, seed: 1 }));
  await db.raw.executeSql('vacuum analyze contactverzoek');
  const { rows } = await db.raw.executeSql(
    `select count(*)::int as teams, (select count(*)::int from contactverzoek where status = 'open') as open from team`,
  );
  console.log(
    `  ${n} contactverzoeken over ${rows[0].teams} teams in ${rond(ms / 1000)} s (${rows[0].open} open)`,
  );
  return n;
}

/** Team ids by size (largest first), so that every team is measured, the busiest as often as the smallest. */
async function teamIds(db: Database): Promise<string[]> {
  const { rows } = await db.raw.executeSql(
    'select team_id::text as id from contactverzoek group by team_id order by count(*) desc',
  );
  return rows.map((r) => r.id);
}

async function dashboardMeting(sessie: Sessie, db: Database, teams: string[]) {
  const api = await laatLos(
    sessie,
    Array.from({ length: HERHALINGEN }, (_, i) => ({
      method: 'GET' as const,
      pad: `/api/v1/contactverzoeken/dashboard?teamId=${teams[i % teams.length]}`,
    })),
  );
  const vandaag = amsterdamseDatum(new Date());
  const weken = laatsteWeken(vandaag, 12);
  const sql = await direkt(db, HERHALINGEN, (i) => [
    openSql(vandaag, teams[i % teams.length]),
    geslotenSql({ van: weken[0].van, tot: vandaag }, teams[i % teams.length]),
  ]);
  const org = await laatLos(
    sessie,
    Array.from({ length: 40 }, () => ({ method: 'GET' as const, pad: '/api/v1/contactverzoeken/dashboard' })),
  );
  const orgSql = await direkt(db, 40, () => [
    openSql(vandaag, null),
    geslotenSql({ van: weken[0].van, tot: vandaag }, null),
  ]);
  console.log(
    `  dashboard team: API p50 ${api.p50} ms, p95 ${api.p95} ms · SQL direct p50 ${sql.p50} ms, p95 ${sql.p95} ms`,
  );
  console.log(
    `  dashboard organisatie: API p50 ${org.p50} ms, p95 ${org.p95} ms · SQL direct p50 ${orgSql.p50} ms, p95 ${orgSql.p95} ms`,
  );
  return { team: { ...api, sql }, organisatie: { ...org, sql: orgSql } };
}

async function werkvoorraadMeting(sessie: Sessie, db: Database, teams: string[]) {
  const api = await laatLos(
    sessie,
    Array.from({ length: HERHALINGEN }, (_, i) => ({
      method: 'GET' as const,
      pad: `/api/v1/contactverzoeken?teamId=${teams[i % teams.length]}&status=open&sort=deadline`,
    })),
  );
  // The list's three statements: the page, the count and the calendar.
  const c = contactverzoek;
  const waar = (i: number) => and(eq(c.teamId, teams[i % teams.length]), eq(c.status, 'open'));
  const sql = await direkt(db, HERHALINGEN, (i) => [
    metNamen(db.db).where(waar(i)).orderBy(asc(c.deadline), asc(c.ontvangen)).limit(25).offset(0).getSQL(),
    db.db.select({ total: count() }).from(c).where(waar(i)).getSQL(),
    db.db.select({ datum: sluitingsdag.datum }).from(sluitingsdag).orderBy(asc(sluitingsdag.datum)).getSQL(),
  ]);
  console.log(
    `  werkvoorraad (open, op deadline, pagina 1): API p50 ${api.p50} ms, p95 ${api.p95} ms · SQL direct p50 ${sql.p50} ms, p95 ${sql.p95} ms`,
  );
  return { ...api, sql };
}

async function rapportMeting(sessie: Sessie, db: Database) {
  const periode = vorigePeriode('maand', amsterdamseDatum(new Date()));
  const keren: number[] = [];
  for (let i = 0; i < 2; i++) {
    const [ms, res] = await tijd(() =>
      fetch(`${sessie.base}/api/v1/rapporten`, {
        method: 'POST',
        headers: {
          cookie: sessie.cookie,
          'x-csrf-token': sessie.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ soort: 'maand', van: periode.van }),
      }),
    );
    if (res.status !== 201) throw new Error(`rapport mislukt: ${res.status} ${await res.text()}`);
    keren.push(rond(ms));
  }
  const [[cijfersMs], [regelsMs, regels]] = [
    await tijd(async () => {
      for (const s of [
        openOpEindeSql(periode, null),
        geslotenSql(periode, null),
        ontvangenSql(periode, null),
      ]) {
        const q = dialect.sqlToQuery(s);
        await db.raw.executeSql(q.sql, q.params);
      }
    }),
    await tijd(async () => {
      const q = dialect.sqlToQuery(verzoekenSql(periode, null));
      return (await db.raw.executeSql(q.sql, q.params)).rows.length;
    }),
  ];
  const { rows } = await db.raw.executeSql(
    `select octet_length(pdf) as pdf, octet_length(xlsx) as xlsx from rapport where soort = 'maand' and team_id is null and van = $1`,
    [periode.van],
  );
  const uit = {
    periode,
    verzoeken: regels,
    ms: Math.min(...keren),
    keren,
    sqlMs: rond(cijfersMs + regelsMs),
    cijfersSqlMs: rond(cijfersMs),
    regelsSqlMs: rond(regelsMs),
    pdfBytes: Number(rows[0].pdf),
    xlsxBytes: Number(rows[0].xlsx),
  };
  console.log(
    `  maandrapport organisatie ${periode.van} (${regels} verzoeken): ${keren.join(' / ')} ms via de API · SQL direct ${uit.sqlMs} ms (cijfers ${uit.cijfersSqlMs}, regels ${uit.regelsSqlMs}) · PDF ${uit.pdfBytes} B, XLSX ${uit.xlsxBytes} B`,
  );
  return uit;
}

async function meet(soort: Soort, schaal: number) {
  const aantal = Math.round(400_000 * schaal);
  console.log(`\n${soort} · schaal ${schaal}: ${aantal} contactverzoeken over een jaar, ${TEAMS} teams`);
  return metApp(soort, 'teamleider', async ({ database, direct: db, sessie }) => {
    const [seedMs, gemaakt] = await tijd(() => seed(database, aantal, new Date()));
    const teams = await teamIds(database);
    return {
      schaal,
      contactverzoeken: gemaakt,
      teams: teams.length,
      seedS: rond(seedMs / 1000),
      dashboard: await dashboardMeting(sessie, db, teams),
      werkvoorraad: await werkvoorraadMeting(sessie, db, teams),
      maandrapport: await rapportMeting(sessie, db),
    };
  });
}

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  const schaal = Number(o.scale ?? 1);
  const soorten = (o.db ?? 'postgres,pglite').split(',') as Soort[];
  const pgliteSchaal = Number(o['pglite-scale'] ?? Math.min(schaal, 0.05));
  const uitkomst: Record<string, unknown> = {};
  for (const soort of soorten)
    uitkomst[soort] = await meet(soort, soort === 'pglite' ? pgliteSchaal : schaal);
  const pg = uitkomst.postgres as Awaited<ReturnType<typeof meet>> | undefined;
  if (pg)
    console.log(
      `\ndoelen PostgreSQL: dashboard p95 ${pg.dashboard.team.p95} ms (≤ 100) ${pg.dashboard.team.p95 <= 100 ? '✔' : '✘'} · werkvoorraad p95 ${pg.werkvoorraad.p95} ms (≤ 30) ${pg.werkvoorraad.p95 <= 30 ? '✔' : '✘'} · maandrapport ${pg.maandrapport.ms} ms (≤ 5000) ${pg.maandrapport.ms <= 5000 ? '✔' : '✘'}`,
    );
  console.log(JSON.stringify({ bench: 'contactverzoeken', ...uitkomst }));
}
