import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from '../../bootstrap';
import { maakRapport } from '../../modules/contactverzoeken/rapportage/rapport';
import { systeemActor } from '../auth/rollen';
import { loadConfig } from '../config';
import { openPglite } from '../db/client';
import { expectedMigrationCount } from '../db/migrate';

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(tmpdir(), 'stadspunt-backup-'));
const origineel = path.join(tmp, 'origineel');
const hersteld = path.join(tmp, 'hersteld');
const backup = path.join(tmp, 'stadspunt.tar.gz');

const cli = (env: Record<string, string>, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
/** The CLI's exit code and message of a command that must fail. */
const weigert = (env: Record<string, string>, ...args: string[]) =>
  cli(env, ...args).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

const config = (dataDir: string) =>
  loadConfig({ DATA_DIR: dataDir, DEMO_KLANTCONTACTEN: '200', PERIODIEKE_TAKEN: 'false' });
const stil = { logger: pino({ level: 'silent' }) };

/** Every table of every schema with its row count and checksum, and where every sequence stands. */
async function inhoud(dataDir: string): Promise<Record<string, string>> {
  const db = await openPglite(dataDir);
  try {
    const tabellen = (
      await db.raw.executeSql(
        `select format('%I.%I', table_schema, table_name) as naam from information_schema.tables
          where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
          order by 1`,
      )
    ).rows as { naam: string }[];
    const uit: Record<string, string> = {};
    for (const { naam } of tabellen) {
      const [r] = (
        await db.raw.executeSql(
          `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5 from ${naam} t`,
        )
      ).rows as { n: number; md5: string }[];
      uit[naam] = `${r.n} rijen, ${r.md5}`;
    }
    const reeksen = (
      await db.raw.executeSql(
        `select format('%I.%I', schemaname, sequencename) as naam, coalesce(last_value, 0)::text as stand from pg_sequences`,
      )
    ).rows as { naam: string; stand: string }[];
    for (const { naam, stand } of reeksen) uit[`reeks ${naam}`] = stand;
    return uit;
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  // The demo municipality, and a report (its PDF and spreadsheet are bytea).
  const runtime = await startRuntime(config(origineel), stil);
  await maakRapport(runtime, systeemActor('Test', 'backup'), { soort: 'week', teamId: null }, true);
  await runtime.stop();
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('backup and restore of the embedded database', () => {
  let verwacht: Record<string, string>;

  it('a backup restored into a fresh folder has every table, the migrations table included, and every sequence as it was', async () => {
    verwacht = await inhoud(origineel);
    expect(verwacht['drizzle.__drizzle_migrations']).toMatch(
      new RegExp(`^${expectedMigrationCount()} rijen`),
    );
    expect(verwacht['public.medewerker']).toMatch(/^[1-9]\d* rijen/);
    expect(verwacht['public.rapport']).toMatch(/^1 rijen/);
    expect(Object.keys(verwacht).length).toBeGreaterThan(40);

    const gemaakt = await cli({ DATA_DIR: origineel }, 'backup', backup);
    expect(gemaakt.stdout).toMatch(
      /^Back-up gemaakt: .*stadspunt\.tar\.gz \([\d,]+ MB, \d+ migraties\)\.\n$/,
    );
    const terug = await cli({ DATA_DIR: hersteld }, 'restore', backup);
    expect(terug.stdout).toContain(`teruggezet in ${hersteld}`);
    expect(await inhoud(hersteld)).toEqual(verwacht);
  }, 90_000);

  it('refuses while a server has the data folder open, and does not overwrite a backup', async () => {
    const server = await startRuntime(config(origineel), stil);
    try {
      for (const args of [
        ['backup', path.join(tmp, 'tijdens.tar.gz')],
        ['restore', backup, '--overschrijven'],
      ]) {
        const { code, stderr } = await weigert({ DATA_DIR: origineel }, ...args);
        expect(code).toBe(1);
        expect(stderr).toContain(
          `De datamap ${origineel} is in gebruik door Stadspunt (proces ${process.pid}`,
        );
        expect(stderr).toContain('Stop die server eerst');
      }
    } finally {
      await server.stop();
    }
    expect(await weigert({ DATA_DIR: origineel }, 'backup', backup)).toEqual({
      code: 1,
      stderr: `${backup} bestaat al. Kies een andere naam: een back-up overschrijft niets.\n`,
    });
  }, 60_000);

  it('restores over a database only with --overschrijven, and then replaces it', async () => {
    const teamAlleenInDeKopie = async (sql: string) => {
      const kopie = await openPglite(hersteld);
      try {
        return (await kopie.raw.executeSql(sql)).rows.length;
      } finally {
        await kopie.close();
      }
    };
    await teamAlleenInDeKopie(`insert into team (naam) values ('Alleen in de kopie') returning id`);

    const { code, stderr } = await weigert({ DATA_DIR: hersteld }, 'restore', backup);
    expect(code).toBe(1);
    expect(stderr).toContain('is niet leeg. Gebruik --overschrijven');
    expect(await teamAlleenInDeKopie(`select id from team where naam = 'Alleen in de kopie'`)).toBe(1);

    await cli({ DATA_DIR: hersteld }, 'restore', backup, '--overschrijven');
    expect(await inhoud(hersteld)).toEqual(verwacht);
  }, 90_000);

  it('a file that is no backup changes nothing', async () => {
    const kapot = path.join(tmp, 'kapot.tar.gz');
    writeFileSync(kapot, 'dit is geen back-up');
    const { code, stderr } = await weigert({ DATA_DIR: hersteld }, 'restore', kapot, '--overschrijven');
    expect(code).toBe(1);
    expect(stderr).toContain(`${kapot} is geen back-up van Stadspunt`);
    expect(await inhoud(hersteld)).toEqual(verwacht);
  }, 60_000);

  it("on PostgreSQL it names the database's own tools instead", async () => {
    const pg = { DATABASE_URL: 'postgres://stadspunt@db.example/stadspunt' };
    const dump = await weigert(pg, 'backup', path.join(tmp, 'pg.dump'));
    expect(dump).toMatchObject({ code: 1, stderr: expect.stringContaining('pg_dump -Fc -f <bestand>') });
    const restore = await weigert(pg, 'restore', backup);
    expect(restore).toMatchObject({ code: 1, stderr: expect.stringContaining('pg_restore --clean') });
  }, 30_000);
});
