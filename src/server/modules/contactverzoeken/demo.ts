import { ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { team } from '../organisatie/schema';
import { genereerContactverzoeken } from './genereer';

/** Residents we know: most demo requests belong to a party, so the 360 timeline shows them. */
const KOPPEL_PARTIJEN = `
  with p as (
    select id, naam, row_number() over (order by id) - 1 as rn, count(*) over () as n
    from partij where soort = 'persoon'),
  c as (select id, row_number() over (order by id) - 1 as rn from contactverzoek where partij_id is null)
  update contactverzoek cv set partij_id = p.id, naam = p.naam, email = case when c.rn % 3 = 0 then null else
      lower(regexp_replace(p.naam, '[^A-Za-z]+', '.', 'g')) || '@example.nl' end
  from c join p on p.rn = c.rn % p.n
  where cv.id = c.id and c.rn % 5 < 4`;

/** Half of the open requests are with an employee of the team, so "mijn" shows something. */
const WIJS_TOE = `
  update contactverzoek c set medewerker_id = (
    select tl.medewerker_id from teamlidmaatschap tl where tl.team_id = c.team_id
    order by md5(tl.medewerker_id::text || c.id::text) limit 1)
  where c.status = 'open' and get_byte(decode(md5(c.id::text), 'hex'), 0) < 128`;

/**
 * A year of requests to the back-office teams (half as many as the demo contacts), ending
 * today, with some open and overdue so that queues, dashboards and the monitor show something.
 */
export async function seedContactverzoeken(ctx: AppContext): Promise<void> {
  const teams = await ctx.db.select({ id: team.id }).from(team).where(ne(team.naam, 'KCC'));
  const nu = ctx.now();
  await genereerContactverzoeken(ctx.database.raw, {
    aantal: Math.round(ctx.config.demoKlantcontacten / 2),
    teams: teams.map((t) => t.id),
    van: new Date(nu.getTime() - 365 * 86_400_000),
    tot: nu,
    seed: 2026,
    logboek: true,
  });
  await ctx.database.raw.executeSql(KOPPEL_PARTIJEN);
  await ctx.database.raw.executeSql(WIJS_TOE);
}
