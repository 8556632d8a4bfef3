import {
  aanvraag,
  registratieSql,
} from '../../src/server/modules/klantcontacten/operations/register-klantcontact';
import { klantcontactInvoer } from '../../src/server/modules/klantcontacten/schemas';
import { systeemActor } from '../../src/server/platform/auth/rollen';
import { hashToken } from '../../src/server/platform/auth/tokens';
import { type Database, voorbereid } from '../../src/server/platform/db/client';
import { normaliseerNaam } from '../../src/server/platform/db/zoek';
import { inloggen, laatLos, metApp, type Sessie, type Soort } from './app';
import { omvang, seed } from './desk-seed';
import { belast, opties, percentiel, rond, tijd } from './meten';
import { beschrijf, neemWaar } from './waarneming';

/** What authenticate.ts asks on every request, written out. */
const SESSIE_SQL = `select s.token_hash, s.csrf_token, s.verloopt, m.id, m.naam, m.rollen,
  coalesce((select array_agg(t.team_id::text) from teamlidmaatschap t where t.medewerker_id = m.id), '{}')
  from sessie s join medewerker m on m.id = s.medewerker_id
  where s.token_hash = any($1) and m.actief = true`;
const HERHALINGEN = 200;

/** Typos as agents make them: two letters swapped, or one left out. */
const verwissel = (naam: string) =>
  naam.length > 4 ? naam.slice(0, 2) + naam[3] + naam[2] + naam.slice(4) : `${naam}e`;
const zonderLetter = (naam: string) => `${naam.slice(0, -4)}${naam.slice(-3)}`;

/** Sample keys of each kind, taken from the generated data. */
async function sleutels(db: Database) {
  const rijen = async (sql: string) => (await db.raw.executeSql(sql, [])).rows;
  const personen = await rijen(
    `select bsn, geslachtsnaam, voorvoegsel, geboortedatum::text as geboortedatum, postcode, huisnummer from brp_persoon where bsn like '1%' order by md5(bsn) limit ${HERHALINGEN}`,
  );
  const bedrijven = await rijen(
    `select kvk_nummer, handelsnamen[1] as naam from hr_vestiging order by md5(vestigingsnummer) limit ${HERHALINGEN}`,
  );
  const telefoons = await rijen(
    `select waarde, sleutel from contactgegeven where soort = 'telefoon' order by md5(id::text) limit ${HERHALINGEN}`,
  );
  const emails = await rijen(
    `select waarde, sleutel from contactgegeven where soort = 'email' order by md5(id::text) limit ${HERHALINGEN}`,
  );
  return {
    bsn: personen.map((p) => ({
      q: p.bsn,
      raw: ['select * from brp_persoon where bsn = $1 limit 25', [p.bsn]],
    })),
    naam: personen.map((p) => ({
      q: [p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' '),
      raw: [
        'select * from brp_persoon where zoeknaam = $1 order by geslachtsnaam limit 25',
        [p.geslachtsnaam.toLowerCase()],
      ],
    })),
    'naam+geboortedatum': personen.map((p) => ({
      q: `${p.geslachtsnaam} ${p.geboortedatum.split('-').reverse().join('-')}`,
      raw: [
        'select * from brp_persoon where zoeknaam = $1 and geboortedatum = $2 order by geslachtsnaam limit 25',
        [p.geslachtsnaam.toLowerCase(), p.geboortedatum],
      ],
    })),
    'naam met tikfout': personen.map((p) => ({
      q: [p.voorvoegsel, verwissel(p.geslachtsnaam)].filter(Boolean).join(' '),
      raw: [
        'select * from brp_persoon where zoeknaam % $1 order by similarity(zoeknaam, $1) desc, geslachtsnaam limit 25',
        [verwissel(p.geslachtsnaam).toLowerCase()],
      ],
    })),
    adres: personen.map((p) => ({
      q: `${p.postcode} ${p.huisnummer}`,
      raw: [
        'select * from brp_persoon where postcode = $1 and huisnummer = $2 limit 25',
        [p.postcode, p.huisnummer],
      ],
    })),
    telefoon: telefoons.map((t) => ({
      q: t.waarde,
      raw: [
        'select * from partij where id in (select partij_id from contactgegeven where sleutel = $1) limit 25',
        [t.sleutel],
      ],
    })),
    email: emails.map((t) => ({
      q: t.waarde,
      raw: [
        'select * from partij where id in (select partij_id from contactgegeven where sleutel = $1) limit 25',
        [t.sleutel],
      ],
    })),
    kvk: bedrijven.map((b) => ({
      q: b.kvk_nummer,
      raw: ['select * from hr_vestiging where kvk_nummer = $1 limit 25', [b.kvk_nummer]],
    })),
    bedrijfsnaam: bedrijven.map((b) => ({
      q: b.naam,
      raw: [
        'select * from hr_vestiging where zoeknaam like $1 order by zoeknaam limit 25',
        [`${normaliseerNaam(b.naam)}%`],
      ],
    })),
    'bedrijfsnaam met tikfout': bedrijven.map((b) => ({
      q: zonderLetter(b.naam),
      raw: [
        'select * from hr_vestiging where zoeknaam % $1 order by zoeknaam <-> $1, zoeknaam limit 25',
        [normaliseerNaam(zonderLetter(b.naam))],
      ],
    })),
  } as Record<string, { q: string; raw: [string, unknown[]] }[]>;
}

async function reeks(n: number, doe: (i: number) => Promise<unknown>): Promise<number[]> {
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) tijden.push((await tijd(() => doe(i)))[0]);
  return tijden;
}

const statistiek = (t: number[]) => ({ p50: rond(percentiel(t, 50), 2), p95: rond(percentiel(t, 95), 2) });

async function zoekmetingen(sessie: Sessie, db: Database) {
  const uit: Record<string, { p50: number; p95: number; rawP50: number; rawP95: number; ratioP50: number }> =
    {};
  for (const [soort, lijst] of Object.entries(await sleutels(db))) {
    const verzoeken = lijst.map((s) => ({
      method: 'GET' as const,
      pad: `/api/v1/partijen/zoeken?q=${encodeURIComponent(s.q)}`,
    }));
    // A desk in use has its indexes in memory; the freshly generated database does not yet.
    await laatLos(sessie, verzoeken);
    const { p50, p95 } = await laatLos(sessie, verzoeken);
    const api = { p50, p95 };
    const raw = statistiek(await reeks(lijst.length, (i) => db.raw.executeSql(...lijst[i].raw)));
    uit[soort] = { ...api, rawP50: raw.p50, rawP95: raw.p95, ratioP50: rond(api.p50 / raw.p50, 1) };
    console.log(
      `  zoeken ${soort.padEnd(18)} p50 ${api.p50} ms, p95 ${api.p95} ms · SQL direct p50 ${raw.p50} ms, p95 ${raw.p95} ms`,
    );
  }
  return uit;
}

const TIJDLIJN_SQL = `select k.id, k.start, k.kanaal, (select string_agg(onderwerp, ', ') from vraag v where v.klantcontact_id = k.id) as titel
  from klantcontact k where k.partij_id = $1 order by k.start desc limit 25`;

async function scherm360(sessie: Sessie, db: Database) {
  const id = (await db.raw.executeSql(`select bench_uuid('p1')::text as id`, [])).rows[0].id as string;
  const api = await laatLos(
    sessie,
    Array.from({ length: HERHALINGEN }, (_, i) => ({
      method: 'GET' as const,
      pad: i % 2 === 0 ? `/api/v1/partijen/${id}` : `/api/v1/partijen/${id}/tijdlijn?pageSize=25`,
    })),
  );
  const raw = await reeks(HERHALINGEN, async () => {
    await db.raw.executeSql('select * from partij where id = $1', [id]);
    await db.raw.executeSql('select * from contactgegeven where partij_id = $1', [id]);
    await db.raw.executeSql(TIJDLIJN_SQL, [id]);
    await db.raw.executeSql('select count(*) from klantcontact where partij_id = $1', [id]);
  });
  const items = (
    await db.raw.executeSql('select count(*)::int as n from klantcontact where partij_id = $1', [id])
  ).rows[0].n;
  const uit = { tijdlijnItems: items, p50: api.p50, p95: api.p95, raw: statistiek(raw) };
  console.log(
    `  360-scherm (${items} items; kaart en tijdlijn): per verzoek p50 ${uit.p50} ms, p95 ${uit.p95} ms · SQL direct (alles) p95 ${uit.raw.p95} ms`,
  );
  return uit;
}

async function registreren(sessie: Sessie, db: Database, soort: Soort) {
  const aantal = soort === 'postgres' ? 10_000 : 2_000;
  const [{ partij, product, medewerker }] = (
    await db.raw.executeSql(
      `select bench_uuid('p2')::text as partij, (select id::text from product limit 1) as product, (select id::text from medewerker limit 1) as medewerker`,
      [],
    )
  ).rows;
  const contact = {
    kanaal: 'telefoon',
    partijId: partij,
    vragen: [
      {
        productId: product,
        vraag: 'Hoe lang duurt een paspoort?',
        antwoord: 'Vijf werkdagen.',
        uitkomst: 'afgehandeld',
      },
    ],
  };
  const { uitkomst: api, waarneming: apiWaarneming } = await neemWaar(db, () =>
    laatLos(
      sessie,
      Array.from({ length: aantal }, () => ({
        method: 'POST' as const,
        pad: '/api/v1/klantcontacten',
        body: contact,
      })),
      32,
    ),
  );
  // The same two statements the API runs: the session lookup and the registration.
  const actor = { ...systeemActor('bench', 'bench'), id: medewerker, teamIds: [] };
  const invoer = klantcontactInvoer.parse(contact);
  const { uitkomst: raw, waarneming: rawWaarneming } = await neemWaar(db, () =>
    belast(aantal, 32, async () => {
      await db.raw.executeSql(SESSIE_SQL, [[hashToken(sessie.cookie.split('=')[1])]], 'bench_sessie');
      return voorbereid(db, 'bench_registreren', registratieSql([aanvraag(actor, invoer, new Date())]));
    }),
  );
  console.log(`  tijdens registreren via de API: ${beschrijf(apiWaarneming)}`);
  console.log(`  tijdens registreren met SQL direct: ${beschrijf(rawWaarneming)}`);
  const uit = {
    aantal,
    perSeconde: Math.round(api.perSeconde),
    p50: api.p50,
    p99: api.p99,
    raw: { perSeconde: Math.round(raw.perSeconde), p50: rond(raw.p50, 2), p99: rond(raw.p99, 2) },
    ratio: rond(api.perSeconde / raw.perSeconde, 2),
    waarneming: { api: apiWaarneming, sql: rawWaarneming },
  };
  console.log(
    `  registreren (32 clients, ${aantal}): ${uit.perSeconde}/s, p99 ${uit.p99} ms · SQL direct ${uit.raw.perSeconde}/s · verhouding API/SQL ${uit.ratio}`,
  );
  return uit;
}

/**
 * A freshly loaded database has every row still to be vacuumed: left to autovacuum, that work
 * (minutes on 20 million contacts, on a machine of two cores) falls into whatever phase is
 * measured then. Done here, as after any bulk load, each run measures the same database.
 */
async function naHetLaden(db: Database) {
  const [ms] = await tijd(async () => {
    await db.raw.executeSql('vacuum (analyze)', []);
    if (db.kind === 'postgres') await db.raw.executeSql('checkpoint', []);
  });
  console.log(`  vacuum (analyze) en checkpoint na het laden: ${Math.round(ms / 1000)} s`);
}

/**
 * Loads the scale unless a kept database (--bewaar) holds it already, then vacuums it unless
 * that was done or is not wanted (--na-laden niets): a database kept unvacuumed is vacuumed by
 * the next run that wants it.
 */
async function laad(db: Database, o: ReturnType<typeof omvang>, schaal: number, naLaden: string) {
  const sql = async (tekst: string, waarden: unknown[] = []) =>
    (await db.raw.executeSql(tekst, waarden)).rows;
  await sql(
    'create table if not exists bench_geladen (schaal numeric primary key, gevacuumd boolean not null)',
  );
  let [geladen] = await sql('select gevacuumd from bench_geladen where schaal = $1', [schaal]);
  if (geladen) console.log('  de geladen database van een vorige run (--bewaar)');
  else {
    const [seedMs] = await tijd(() => seed(db.raw, o, console.log));
    console.log(`  gegenereerd in ${Math.round(seedMs / 1000)} s`);
    [geladen] = await sql('insert into bench_geladen values ($1, false) returning gevacuumd', [schaal]);
  }
  if (geladen.gevacuumd || naLaden === 'niets') return;
  await naHetLaden(db);
  await sql('update bench_geladen set gevacuumd = true where schaal = $1', [schaal]);
}

async function meet(soort: Soort, schaal: number, naLaden: string, bewaar?: string) {
  const o = omvang(schaal);
  console.log(
    `\n${soort} · schaal ${schaal}: ${o.personen} personen, ${o.organisaties} organisaties, ${o.contacten} contacten`,
  );
  return metApp(
    soort,
    'kcc',
    async ({ database, sessie: voorHetLaden }) => {
      await laad(database, o, schaal, naLaden);
      // Loading can outlast a session's idle limit.
      const sessie = await inloggen(voorHetLaden.base, 'kcc');
      return {
        schaal,
        ...o,
        zoeken: await zoekmetingen(sessie, database),
        scherm360: await scherm360(sessie, database),
        registreren: await registreren(sessie, database, soort),
      };
    },
    { bewaar },
  );
}

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  const schaal = Number(o.scale ?? 1);
  const soorten = (o.db ?? 'postgres,pglite').split(',') as Soort[];
  const pgliteSchaal = Number(o['pglite-scale'] ?? Math.min(schaal, 0.02));
  const uitkomst: Record<string, unknown> = {};
  for (const soort of soorten)
    uitkomst[soort] = await meet(
      soort,
      soort === 'pglite' ? pgliteSchaal : schaal,
      o['na-laden'] ?? 'vacuum',
      soort === 'postgres' ? o.bewaar : undefined,
    );
  console.log(JSON.stringify({ bench: 'desk', ...uitkomst }));
}
