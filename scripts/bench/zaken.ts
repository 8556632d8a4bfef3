import pg from 'pg';
import type { Database } from '../../src/server/platform/db/client';
import { inloggen, laatLos, metApp, type Soort, type Verzoek } from './app';
import { belast, opties, rond, tijd } from './meten';
import { type Statement, speelAf, vastgelegd, vergelijk } from './vastleggen';
import { omvang, seedZaken } from './zaken-seed';

const HERHALINGEN = 400;
/** Zaken created per run: on PostgreSQL enough for a steady rate, on PGlite (one connection) fewer. */
const AANMAKEN = { postgres: 6_000, pglite: 1_000 };
const CLIENTS = 32;

async function teamIds(db: Database): Promise<string[]> {
  const { rows } = await db.raw.executeSql(
    'select team_id::text as id from zaak group by team_id order by count(*) desc',
  );
  return rows.map((r) => r.id as string);
}

const regel = (naam: string, m: Awaited<ReturnType<typeof vergelijk>>) =>
  console.log(
    `  ${naam}: API p50 ${m.p50} ms, p95 ${m.p95} ms · dezelfde ${m.sql.statements} statements direct p50 ${m.sql.p50} ms, p95 ${m.sql.p95} ms (${m.verhouding} × de API)`,
  );

/**
 * The statements of creations, run again directly by 32 clients each on a connection of its own.
 * Each client replays a creation of its own: the recorded statements name the zaak they made, and
 * 32 clients writing the roles and history of one zaak would wait on each other's row locks.
 */
async function aanmakenDirect(url: string | undefined, direct: Database, sets: Statement[][]) {
  if (!url) {
    const r = await belast(AANMAKEN.pglite, 1, (i) => speelAf(direct, sets[i % sets.length]));
    return { perSeconde: rond(r.perSeconde, 0), p99: rond(r.p99, 2) };
  }
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => pool.connect()));
  let vrij = clients.map((c, i) => ({ c, statements: sets[i % sets.length] }));
  try {
    const r = await belast(AANMAKEN.postgres, CLIENTS, async () => {
      const eigen = vrij.pop() as (typeof vrij)[number];
      try {
        for (const [text, values] of eigen.statements) await eigen.c.query(text, values);
      } finally {
        vrij.push(eigen);
      }
    });
    return { perSeconde: rond(r.perSeconde, 0), p99: rond(r.p99, 2) };
  } finally {
    for (const c of clients) c.release();
    vrij = [];
    await pool.end();
  }
}

async function aanmaken(
  base: string,
  direct: Database,
  url: string | undefined,
  zaaktypeIds: string[],
  contacten: { id: string; partij: string }[],
) {
  const kcc = await inloggen(base, 'kcc');
  const verzoek = (i: number): Verzoek => ({
    method: 'POST',
    pad: '/api/v1/zaken',
    body: {
      zaaktypeId: zaaktypeIds[i % zaaktypeIds.length],
      omschrijving: `Benchmark ${i}`,
      initiatorPartijId: contacten[i % contacten.length].partij,
      klantcontactId: contacten[i % contacten.length].id,
    },
  });
  const api = await laatLos(
    kcc,
    Array.from({ length: AANMAKEN[url ? 'postgres' : 'pglite'] }, (_, i) => verzoek(i)),
    CLIENTS,
  );
  const sets: Statement[][] = [];
  for (let i = 0; i < CLIENTS; i++)
    sets.push((await vastgelegd(kcc, verzoek(AANMAKEN.postgres + i))).statements);
  const statements = sets[0];
  const sql = await aanmakenDirect(url, direct, sets);
  const uit = {
    ...api,
    sql: { ...sql, statements: statements.length },
    verhouding: rond(api.perSeconde / sql.perSeconde, 2),
  };
  console.log(
    `  zaak aanmaken (${CLIENTS} clients): API ${uit.perSeconde}/s, p99 ${uit.p99} ms · dezelfde ${statements.length} statements direct ${sql.perSeconde}/s, p99 ${sql.p99} ms (API ${uit.verhouding} × direct)`,
  );
  return uit;
}

async function meet(soort: Soort, schaal: number) {
  const o = omvang(schaal);
  console.log(
    `\n${soort} · schaal ${schaal}: ${o.zaken} zaken over ${o.zaaktypen} zaaktypen en ${o.teams} teams, ${o.partijen} partijen`,
  );
  return metApp(soort, 'teamleider', async ({ database, direct, url, sessie }) => {
    const [seedMs] = await tijd(() => seedZaken(database, o, console.log));
    console.log(`  gegenereerd in ${rond(seedMs / 1000)} s`);
    const teams = await teamIds(database);
    const q = (sql: string) => database.raw.executeSql(sql).then((r) => r.rows);
    const partijen = (
      await q(
        `select partij_id::text as id from zaak_rol where omschrijving_generiek = 'initiator' order by md5(zaak_id::text) limit ${HERHALINGEN}`,
      )
    ).map((r) => r.id as string);
    const werkvoorraad = (i: number): Verzoek => ({
      method: 'GET',
      pad: `/api/v1/zaken?teamId=${teams[i % teams.length]}&sort=uiterlijkeEinddatumAfdoening`,
    });
    const m = {
      werkvoorraad: await vergelijk(
        sessie,
        direct,
        Array.from({ length: HERHALINGEN }, (_, i) => werkvoorraad(i)),
        teams.map((_, i) => werkvoorraad(i)),
      ),
      regie: await vergelijk(
        sessie,
        direct,
        Array.from({ length: HERHALINGEN / 4 }, () => ({ method: 'GET', pad: '/api/v1/regie' })),
        [{ method: 'GET', pad: '/api/v1/regie' }],
      ),
    };
    regel('werkvoorraad team (open, op uiterlijke einddatum, pagina 1)', m.werkvoorraad);
    regel('regie (alle teams)', m.regie);
    const kcc = await inloggen(sessie.base, 'kcc');
    const kaart = (i: number): Verzoek => ({
      method: 'GET',
      pad: `/api/v1/partijen/${partijen[i % partijen.length]}/zaken`,
    });
    const opKaart = await vergelijk(
      kcc,
      direct,
      Array.from({ length: HERHALINGEN }, (_, i) => kaart(i)),
      partijen.slice(0, 20).map((_, i) => kaart(i)),
    );
    regel('zaken van een partij op de kaart', opKaart);
    const zaaktypeIds = (await q('select id::text as id from bench_zaaktype order by k')).map(
      (r) => r.id as string,
    );
    const contacten = (
      await q('select id::text as id, partij_id::text as partij from klantcontact order by start limit 1000')
    ).map((r) => ({ id: r.id as string, partij: r.partij as string }));
    const maken = await aanmaken(sessie.base, direct, url, zaaktypeIds, contacten);
    const { rows } = await database.raw.executeSql(
      'select count(*)::int as n, count(*) filter (where einddatum is null)::int as open from zaak',
    );
    return {
      schaal,
      zaken: rows[0].n,
      open: rows[0].open,
      seedS: rond(seedMs / 1000),
      ...m,
      kaart: opKaart,
      aanmaken: maken,
    };
  });
}

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  const schaal = Number(o.scale ?? 1);
  const soorten = (o.db ?? 'postgres,pglite').split(',') as Soort[];
  const pgliteSchaal = Number(o['pglite-scale'] ?? Math.min(schaal, 0.02));
  const uitkomst: Record<string, Awaited<ReturnType<typeof meet>>> = {};
  for (const soort of soorten)
    uitkomst[soort] = await meet(soort, soort === 'pglite' ? pgliteSchaal : schaal);
  const p = uitkomst.postgres;
  if (p) {
    const ok = (v: boolean) => (v ? '✔' : '✘');
    console.log(
      `\ndoelen PostgreSQL: werkvoorraad p95 ${p.werkvoorraad.p95} ms (≤ 30) ${ok(p.werkvoorraad.p95 <= 30)} · regie p95 ${p.regie.p95} ms (≤ 50) ${ok(p.regie.p95 <= 50)} · kaart p95 ${p.kaart.p95} ms (≤ 10) ${ok(p.kaart.p95 <= 10)} · aanmaken ${p.aanmaken.perSeconde}/s (≥ 1000) ${ok(p.aanmaken.perSeconde >= 1000)}, p99 ${p.aanmaken.p99} ms (≤ 50) ${ok(p.aanmaken.p99 <= 50)}, ${p.aanmaken.verhouding} × direct (≥ 0,5) ${ok(p.aanmaken.verhouding >= 0.5)}`,
    );
  }
  console.log(JSON.stringify({ bench: 'zaken', ...uitkomst }));
}
