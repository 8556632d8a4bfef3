// Management information at scale: FCR and channel mix of the last 12 weeks, and the service
// norms of the last week, month and quarter, for one team and for the organisation.
import { genereerContactverzoeken } from '../../src/server/modules/contactverzoeken/genereer';
import type { Database } from '../../src/server/platform/db/client';
import { metApp, type Soort, type Verzoek } from './app';
import { contactenSql, vragenSql } from './desk-seed';
import { opties, rond, tijd } from './meten';
import { vergelijk } from './vastleggen';
import { seedZaken, omvang as zakenOmvang } from './zaken-seed';

const HERHALINGEN = 30;

/** The zaken benchmark's zaken, the desk's contacts (on the zaken' parties) and a year of contactverzoeken. */
async function seed(database: Database, schaal: number) {
  const zo = zakenOmvang(schaal);
  const contacten = Math.round(20_000_000 * schaal);
  await seedZaken(database, zo, () => {});
  for (const s of [...contactenSql({ personen: zo.partijen, organisaties: 0, contacten }), ...vragenSql])
    await database.raw.executeSql(s);
  const nu = new Date();
  await genereerContactverzoeken(database, {
    aantal: Math.round(8_000_000 * schaal),
    van: new Date(nu.getTime() - 365 * 86_400_000),
    tot: nu,
    seed: 3,
  });
  for (const t of ['klantcontact', 'vraag', 'contactverzoek'])
    await database.raw.executeSql(`vacuum analyze ${t}`);
  const { rows } = await database.raw.executeSql(
    `select (select count(*)::int from klantcontact) as contacten, (select count(*)::int from zaak) as zaken,
      (select count(*)::int from contactverzoek) as verzoeken,
      (select count(*)::int from klantcontact where start > now() - interval '12 weeks') as venster,
      (select team_id::text from klantcontact where team_id is not null limit 1) as team`,
  );
  return rows[0] as { contacten: number; zaken: number; verzoeken: number; venster: number; team: string };
}

const herhaald = (pad: string): Verzoek[] =>
  Array.from({ length: HERHALINGEN }, () => ({ method: 'GET' as const, pad }));

async function meet(soort: Soort, schaal: number) {
  console.log(`\n${soort} · schaal ${schaal}`);
  return metApp(soort, 'teamleider', async ({ database, direct, sessie }) => {
    const [seedMs, o] = await tijd(() => seed(database, schaal));
    console.log(
      `  ${o.contacten} contacten (${o.venster} in de laatste 12 weken), ${o.zaken} zaken, ${o.verzoeken} contactverzoeken in ${rond(seedMs / 1000)} s`,
    );
    const m = async (naam: string, pad: string) => {
      const r = await vergelijk(sessie, direct, herhaald(pad), [{ method: 'GET', pad }]);
      console.log(
        `  ${naam}: API p50 ${r.p50} ms, p95 ${r.p95} ms · dezelfde SQL direct p50 ${r.sql.p50} ms, p95 ${r.sql.p95} ms (${r.sql.statements} statements) · verhouding ${r.verhouding}`,
      );
      return r;
    };
    return {
      schaal,
      ...o,
      seedS: rond(seedMs / 1000),
      contactenTeam: await m(
        'FCR en kanaalmix, team (12 weken)',
        `/api/v1/sturing/contacten?teamId=${o.team}`,
      ),
      contactenOrganisatie: await m('FCR en kanaalmix, organisatie (12 weken)', '/api/v1/sturing/contacten'),
      normenOrganisatie: await m('servicenormen, organisatie', '/api/v1/sturing/servicenormen'),
    };
  });
}

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  const schaal = Number(o.scale ?? 0.05);
  const soorten = (o.db ?? 'postgres,pglite').split(',') as Soort[];
  const pgliteSchaal = Number(o['pglite-scale'] ?? Math.min(schaal, 0.01));
  const uitkomst: Record<string, Awaited<ReturnType<typeof meet>>> = {};
  for (const soort of soorten)
    uitkomst[soort] = await meet(soort, soort === 'pglite' ? pgliteSchaal : schaal);
  const pg = uitkomst.postgres;
  if (pg)
    console.log(
      `\ndoel PostgreSQL (beheerscherm p95 ≤ 100 ms): organisatie ${pg.contactenOrganisatie.p95} ms ${pg.contactenOrganisatie.p95 <= 100 ? '✔' : '✘'} · team ${pg.contactenTeam.p95} ms ${pg.contactenTeam.p95 <= 100 ? '✔' : '✘'} · servicenormen ${pg.normenOrganisatie.p95} ms ${pg.normenOrganisatie.p95 <= 100 ? '✔' : '✘'}`,
    );
  console.log(JSON.stringify({ bench: 'sturing', ...uitkomst }));
}
