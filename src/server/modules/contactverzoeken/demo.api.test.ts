import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { standaardClient } from '../klantinteracties/contract';

let env: TestOmgeving;

// The demo as `npm start` seeds it, at its full size.
beforeAll(async () => {
  env = await testOmgeving({ demoKlantcontacten: 12_000 });
});
afterAll(() => env?.stop());

const tel = async (query: ReturnType<typeof sql>) => (await rijen<{ n: number }>(env.runtime.db, query))[0].n;

describe('the demo municipality is believable', () => {
  it('has between 5 and 15 % of its open requests overdue', async () => {
    const [r] = await rijen<{ open: number; te_laat: number }>(
      env.runtime.db,
      sql`select count(*)::int as open,
            count(*) filter (where deadline < (now() at time zone 'Europe/Amsterdam')::date)::int as te_laat
          from contactverzoek where status = 'open'`,
    );
    expect(r.open).toBeGreaterThan(10);
    expect(r.te_laat / r.open).toBeGreaterThanOrEqual(0.05);
    expect(r.te_laat / r.open).toBeLessThanOrEqual(0.15);
  });

  it('has its contacts taken by more than one agent, and requests handled by the back office of each team', async () => {
    expect(await tel(sql`select count(distinct medewerker_id)::int as n from klantcontact`)).toBeGreaterThan(
      1,
    );
    expect(
      await tel(sql`select count(distinct aangemaakt_door)::int as n from contactverzoek`),
    ).toBeGreaterThan(1);
    // Every handler is a member of the request's team.
    expect(
      await tel(sql`select count(*)::int as n from contactverzoek c where c.medewerker_id is not null and not exists
        (select 1 from teamlidmaatschap t where t.team_id = c.team_id and t.medewerker_id = c.medewerker_id)`),
    ).toBe(0);
    expect(
      await tel(sql`select count(*)::int as n from (select team_id from contactverzoek
        group by team_id having count(distinct medewerker_id) < 2) x`),
    ).toBe(0);
  });

  it('gives every closed request an assignee', async () => {
    expect(
      await tel(
        sql`select count(*)::int as n from contactverzoek where status = 'afgehandeld' and medewerker_id is null`,
      ),
    ).toBe(0);
  });

  it('makes every request from a registered contact, so the Klantinteracties API shows it as an internetaak', async () => {
    expect(
      await tel(
        sql`select count(*)::int as n from contactverzoek where klantcontact_id is null or vraag_id is null`,
      ),
    ).toBe(0);
    const kiss = await standaardClient(env);
    const taken = (await kiss.get('/internetaken?pageSize=1')).body as { count: number };
    expect(taken.count).toBe(await tel(sql`select count(*)::int as n from contactverzoek`));
  });

  it('has Dutch names and products of the team: no "Inwoner 2421", no overlijdensakte at Belastingen', async () => {
    expect(await tel(sql`select count(*)::int as n from contactverzoek where naam like 'Inwoner %'`)).toBe(0);
    expect(
      await tel(sql`select count(*)::int as n from contactverzoek c join team t on t.id = c.team_id
        where t.naam = 'Belastingen' and c.onderwerp in ('Overlijdensakte', 'Bijstand zelfstandigen')`),
    ).toBe(0);
    expect(
      await tel(sql`select count(*)::int as n from contactverzoek c join product p on p.id = c.product_id
        where p.team_id is not null and p.team_id <> c.team_id`),
    ).toBe(0);
  });
});
