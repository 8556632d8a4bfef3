import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client';
import { rijen } from '../../platform/db/client';
import { freshDatabase } from '../../testing/harness';
import { genereerContactverzoeken } from './genereer';

let database: Database;
const teams = ['Groot', 'Middel', 'Klein'];

beforeAll(async () => {
  ({ database } = await freshDatabase());
  await database.raw.executeSql(`insert into team (naam) values ('Groot'), ('Klein'), ('Middel')`);
  await database.raw.executeSql(
    `insert into product (naam, zoeknaam) select 'Product ' || i, 'product ' || i from generate_series(1, 30) i`,
  );
});
afterAll(() => database?.close());

const tel = <T>(query: ReturnType<typeof sql>) => rijen<T>(database.db, query);

describe('the contactverzoek generator', () => {
  it('makes realistic requests in one statement: office hours, working days, deadlines, ~98 % closed, ~85 % in time', async () => {
    const ids = (await tel<{ id: string }>(sql`select id::text as id from team order by naam`)).map(
      (t) => t.id,
    );
    const n = await genereerContactverzoeken(database, {
      aantal: 4000,
      teams: [ids[0], ids[2], ids[1]],
      van: '2026-01-05T00:00:00Z',
      tot: '2026-11-02T12:00:00Z',
      seed: 3,
      logboek: true,
    });
    expect(n).toBeGreaterThan(3900);
    const [f] = await tel<Record<string, number>>(sql`select
      count(*)::int as totaal,
      count(*) filter (where status = 'afgehandeld')::int as gesloten,
      count(*) filter (where (afgehandeld at time zone 'Europe/Amsterdam')::date <= deadline)::int as binnen,
      count(*) filter (where extract(isodow from ontvangen at time zone 'Europe/Amsterdam') > 5)::int as weekend,
      count(*) filter (where extract(isodow from deadline) > 5)::int as deadline_weekend,
      count(*) filter (where (ontvangen at time zone 'Europe/Amsterdam')::time not between '08:30' and '17:00')::int as buiten_kantoor,
      count(*) filter (where afgehandeld <= ontvangen or afgehandeld >= '2026-11-02T12:00:00Z')::int as onmogelijk,
      count(*) filter (where status = 'open' and deadline < '2026-11-02')::int as te_laat,
      count(*) filter (where pogingen not between case when status = 'open' then 0 else 1 end and 4)::int as pogingen_fout,
      count(distinct resultaat)::int as resultaten,
      count(distinct product_id)::int as producten,
      (select count(*)::int from contactverzoek_logboek) as logboek
      from contactverzoek`);
    expect(f.totaal).toBe(n);
    expect(f.gesloten / f.totaal).toBeGreaterThan(0.96);
    expect(f.gesloten / f.totaal).toBeLessThan(0.995);
    expect(f.binnen / f.gesloten).toBeGreaterThan(0.8);
    expect(f.binnen / f.gesloten).toBeLessThan(0.9);
    expect(f).toMatchObject({
      weekend: 0,
      deadline_weekend: 0,
      buiten_kantoor: 0,
      onmogelijk: 0,
      pogingen_fout: 0,
      resultaten: 4,
    });
    expect(f.te_laat).toBeGreaterThan(0);
    expect(f.producten).toBeGreaterThan(10);
    expect(f.logboek).toBe(f.totaal + f.gesloten);
    const perTeam = await tel<{ naam: string; n: number }>(
      sql`select t.naam, count(*)::int as n from contactverzoek c join team t on t.id = c.team_id group by 1 order by 2 desc`,
    );
    expect(perTeam.map((t) => t.naam)).toEqual(teams);
  });

  it('gives the same requests for the same seed', async () => {
    const vorm = sql`select string_agg(to_char(ontvangen, 'YYYYMMDDHH24MI') || status || deadline, ',' order by ontvangen, deadline, status) as s from contactverzoek where naam like 'Inwoner %' and onderwerp <> ''`;
    await database.raw.executeSql('delete from contactverzoek_logboek');
    await database.raw.executeSql('delete from contactverzoek');
    const opties = { aantal: 300, van: '2026-03-02', tot: '2026-04-01', seed: 99 };
    await genereerContactverzoeken(database, opties);
    const [een] = await tel<{ s: string }>(vorm);
    await database.raw.executeSql('delete from contactverzoek');
    await genereerContactverzoeken(database, opties);
    expect((await tel<{ s: string }>(vorm))[0].s).toBe(een.s);
  });
});
