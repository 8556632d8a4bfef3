// Management information at scale: FCR and channel mix of the last 12 weeks, and the service
// norms of the last week, month and quarter, for one team and for the organisation.

import type { Runtime } from '../../src/server/bootstrap';
import { genereerContactverzoeken } from '../../src/server/modules/contactverzoeken/genereer';
import { maakRapport } from '../../src/server/modules/contactverzoeken/rapportage/rapport';
import { contactfeiten } from '../../src/server/modules/klantcontacten/operations/contactfeiten';
import { sturingsperiode } from '../../src/server/modules/sturing/contactsturing';
import { dagtellingen } from '../../src/server/modules/sturing/dagtellingen';
import { HERHAALTERMIJN_DAGEN, vervolgPerPartij } from '../../src/server/modules/sturing/fcr';
import { VENSTER_DAGEN, werkSturingBij } from '../../src/server/modules/sturing/operations/bijwerken';
import { systeemActor } from '../../src/server/platform/auth/rollen';
import { amsterdamseDatum } from '../../src/server/platform/calendar/tijd';
import type { Database } from '../../src/server/platform/db/client';
import { metApp, type Soort, type Verzoek } from './app';
import { contactenSql, vragenSql } from './desk-seed';
import { belast, opties, percentiel, rond, tijd } from './meten';
import { vergelijk } from './vastleggen';
import { seedZaken, omvang as zakenOmvang } from './zaken-seed';

const HERHALINGEN = 30;

/**
 * KTO invitations after one in twenty contacts of a known party, four in ten answered with a
 * score (mostly 4 and 5) and now and then a comment: what a year of sampling leaves.
 */
const KTO_SQL = `
  insert into kto_uitnodiging (token_hash, aanleiding, aanleiding_id, partij_id, team_id, kanaal, product_id, via,
    verstuurd, verloopt_op, beantwoord, score, in_een_keer, opmerking)
  select md5(k.id::text), 'klantcontact', k.id, k.partij_id, k.team_id, k.kanaal,
    (select v.product_id from vraag v where v.klantcontact_id = k.id order by v.volgnummer limit 1),
    'email', k.einde, k.einde + interval '14 days',
    case when h % 10 < 4 then k.einde + interval '1 day' end,
    case when h % 10 < 4 then 1 + (h / 10) % 5 end,
    case when h % 10 < 4 then (h / 50) % 3 > 0 end,
    case when h % 10 < 4 and (h / 10) % 5 < 2 then 'Lang moeten wachten.' end
  from (select k.*, abs(hashtext(k.id::text)) as h from klantcontact k
    where k.partij_id is not null and k.status = 'afgerond') k
  where k.h % 20 = 0`;

/**
 * The desk seed has one agent take every call; a city's contacts come from a hundred and twenty
 * employees in every team, which is what makes the day counts as many rows as they would be.
 */
const MEDEWERKERS_SQL = [
  `insert into medewerker (naam, gebruikersnaam, email, rollen)
    select 'Benchmedewerker ' || n, 'kccbench' || n, 'kccbench' || n || '@voorbeeldstad.nl', array['kcc-medewerker']
    from generate_series(1, 120) n`,
  `insert into teamlidmaatschap (medewerker_id, team_id)
    select m.id, t.ids[1 + m.n % array_length(t.ids, 1)]
    from (select id, row_number() over (order by id) as n from medewerker where gebruikersnaam like 'kccbench%') m
    cross join (select array_agg(id order by naam) as ids from team) t`,
  `update klantcontact k set medewerker_id = a.id, team_id = a.team_id
    from (select m.id, l.team_id, row_number() over (order by m.id) - 1 as i
          from medewerker m join teamlidmaatschap l on l.medewerker_id = m.id where m.gebruikersnaam like 'kccbench%') a
    where a.i = abs(hashtext(k.id::text || 'medewerker')) % 120`,
];

/**
 * How many contacts over how many days: ten years at the scale, or (`--contact-scale`,
 * `--dagen`) only the last days at another density, e.g. the full city's 5,500 a day for the
 * days the screens read, without seeding the decade before them.
 */
interface Contactomvang {
  schaal: number;
  dagen: number;
}

/** The zaken benchmark's zaken, the desk's contacts (on the zaken' parties) and a year of contactverzoeken. */
async function seed(database: Database, schaal: number, c: Contactomvang) {
  const zo = zakenOmvang(schaal);
  const contacten = Math.round(((20_000_000 * c.schaal) / 3650) * c.dagen);
  await seedZaken(database, zo, () => {});
  for (const s of [
    ...contactenSql({ personen: zo.partijen, organisaties: 0, contacten }, c.dagen),
    ...vragenSql,
    ...MEDEWERKERS_SQL,
  ])
    await database.raw.executeSql(s);
  const nu = new Date();
  await genereerContactverzoeken(database, {
    aantal: Math.round(8_000_000 * schaal),
    van: new Date(nu.getTime() - 365 * 86_400_000),
    tot: nu,
    seed: 3,
  });
  await database.raw.executeSql(KTO_SQL);
  for (const t of ['klantcontact', 'vraag', 'contactverzoek', 'kto_uitnodiging'])
    await database.raw.executeSql(`vacuum analyze ${t}`);
  const { rows } = await database.raw.executeSql(
    `select (select count(*)::int from klantcontact) as contacten, (select count(*)::int from zaak) as zaken,
      (select count(*)::int from contactverzoek) as verzoeken,
      (select count(*)::int from kto_uitnodiging) as kto,
      (select count(*)::int from klantcontact where start > now() - interval '12 weeks') as venster,
      (select team_id::text from klantcontact where team_id is not null limit 1) as team`,
  );
  return rows[0] as {
    contacten: number;
    zaken: number;
    verzoeken: number;
    kto: number;
    venster: number;
    team: string;
  };
}

const herhaald = (pad: string): Verzoek[] =>
  Array.from({ length: HERHALINGEN }, () => ({ method: 'GET' as const, pad }));

/** Milliseconds of `n` runs of `doe`, one after the other: p50 and p95. */
async function herhaal(n: number, doe: () => Promise<unknown>) {
  const { latenties } = await belast(n, 1, doe);
  return { p50: rond(percentiel(latenties, 50)), p95: rond(percentiel(latenties, 95)) };
}

/** What a request computed before the rollups: the 12 weeks judged contact by contact from the base tables. */
const uitDeBasistabellen = (runtime: Runtime, teamId: string | null) => async () => {
  const p = sturingsperiode({ teamId }, amsterdamseDatum(runtime.now()));
  const feiten = await contactfeiten(runtime.db, p, teamId ? [teamId] : null, HERHAALTERMIJN_DAGEN);
  return dagtellingen(feiten.contacten, vervolgPerPartij(feiten.vervolg));
};

async function meet(soort: Soort, schaal: number, contacten: Contactomvang) {
  console.log(
    `\n${soort} · schaal ${schaal} · contacten op schaal ${contacten.schaal} over ${contacten.dagen} dagen`,
  );
  return metApp(soort, 'teamleider', async ({ database, direct, sessie, runtime }) => {
    const [seedMs, o] = await tijd(() => seed(database, schaal, contacten));
    console.log(
      `  ${o.contacten} contacten (${o.venster} in de laatste 12 weken), ${o.zaken} zaken, ${o.verzoeken} contactverzoeken, ${o.kto} KTO-uitnodigingen in ${rond(seedMs / 1000)} s`,
    );
    const [opbouwMs] = await tijd(() => werkSturingBij(runtime, { opnieuw: true }));
    const bijwerken = await herhaal(5, () => werkSturingBij(runtime));
    const vandaag = await herhaal(5, () => werkSturingBij(runtime, { alleenVandaag: true }));
    const { rows } = await database.raw.executeSql(
      `select (select count(*)::int from sturing_contactdag) as kanaal, (select count(*)::int from sturing_medewerkerdag) as medewerker,
        (select count(*)::int from sturing_productdag) as product, (select count(*)::int from sturing_normdag) as norm`,
    );
    const dagrijen = rows[0] as Record<'kanaal' | 'medewerker' | 'product' | 'norm', number>;
    console.log(
      `  dagtellingen: ${dagrijen.kanaal} rijen per team en kanaal, ${dagrijen.medewerker} per medewerker, ${dagrijen.product} per product en kanaal, ${dagrijen.norm} servicenorm · eerste opbouw ${rond(opbouwMs / 1000)} s · bijwerken van de laatste ${VENSTER_DAGEN + 1} dagen (elke minuut) p50 ${bijwerken.p50} ms, p95 ${bijwerken.p95} ms · alleen vandaag (na een contact) p50 ${vandaag.p50} ms, p95 ${vandaag.p95} ms`,
    );
    const m = async (naam: string, pad: string, basis?: () => Promise<unknown>) => {
      const r = await vergelijk(sessie, direct, herhaald(pad), [{ method: 'GET', pad }]);
      const b = basis ? await herhaal(5, basis) : undefined;
      console.log(
        `  ${naam}: API p50 ${r.p50} ms, p95 ${r.p95} ms · dezelfde SQL direct p50 ${r.sql.p50} ms, p95 ${r.sql.p95} ms (${r.sql.statements} statements) · verhouding ${r.verhouding}${b ? ` · uit de basistabellen p50 ${b.p50} ms, p95 ${b.p95} ms (verhouding ${rond(b.p95 / r.p95, 1)})` : ''}`,
      );
      return { ...r, basistabellen: b };
    };
    const actor = systeemActor('Benchmark', 'bench');
    const maandrapport = await herhaal(3, () =>
      maakRapport(runtime, actor, { soort: 'maand', teamId: null }, true),
    );
    console.log(
      `  maandrapportage organisatie (PDF + XLSX): p50 ${maandrapport.p50} ms, p95 ${maandrapport.p95} ms`,
    );
    return {
      schaal,
      contactschaal: contacten.schaal,
      dagen: contacten.dagen,
      ...o,
      seedS: rond(seedMs / 1000),
      opbouwS: rond(opbouwMs / 1000),
      dagrijen,
      bijwerken,
      bijwerkenVandaag: vandaag,
      maandrapport,
      contactenTeam: await m(
        'FCR en kanaalmix, team (12 weken)',
        `/api/v1/sturing/contacten?teamId=${o.team}`,
        uitDeBasistabellen(runtime, o.team),
      ),
      contactenOrganisatie: await m(
        'FCR en kanaalmix, organisatie (12 weken)',
        '/api/v1/sturing/contacten',
        uitDeBasistabellen(runtime, null),
      ),
      normenOrganisatie: await m('servicenormen, organisatie', '/api/v1/sturing/servicenormen'),
      ktoTeam: await m('KTO, team (12 weken)', `/api/v1/sturing/kto?teamId=${o.team}`),
      ktoOrganisatie: await m('KTO, organisatie (12 weken)', '/api/v1/sturing/kto'),
    };
  });
}

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  const schaal = Number(o.scale ?? 0.05);
  const soorten = (o.db ?? 'postgres,pglite').split(',') as Soort[];
  const pgliteSchaal = Number(o['pglite-scale'] ?? Math.min(schaal, 0.01));
  const uitkomst: Record<string, Awaited<ReturnType<typeof meet>>> = {};
  const dagen = Number(o.dagen ?? 3650);
  for (const soort of soorten) {
    const s = soort === 'pglite' ? pgliteSchaal : schaal;
    uitkomst[soort] = await meet(soort, s, { schaal: Number(o['contact-scale'] ?? s), dagen });
  }
  const pg = uitkomst.postgres;
  if (pg)
    console.log(
      `\ndoel PostgreSQL (maandrapportage ≤ 5 s): ${pg.maandrapport.p95} ms ${pg.maandrapport.p95 <= 5000 ? '✔' : '✘'} · (beheerscherm p95 ≤ 100 ms): organisatie ${pg.contactenOrganisatie.p95} ms ${pg.contactenOrganisatie.p95 <= 100 ? '✔' : '✘'} · team ${pg.contactenTeam.p95} ms ${pg.contactenTeam.p95 <= 100 ? '✔' : '✘'} · servicenormen ${pg.normenOrganisatie.p95} ms ${pg.normenOrganisatie.p95 <= 100 ? '✔' : '✘'} · KTO organisatie ${pg.ktoOrganisatie.p95} ms ${pg.ktoOrganisatie.p95 <= 100 ? '✔' : '✘'}`,
    );
  console.log(JSON.stringify({ bench: 'sturing', ...uitkomst }));
}
