import type { AppContext } from '../../platform/context';
import { demoBackofficeTeamIds } from '../organisatie/demo';
import { lidmaatschappen } from '../organisatie/operations/teamlidmaatschap';
import { demoPartijIds } from '../partijen/demo';
import { genereerContactverzoeken } from './genereer';

/** Residents we know: most demo requests belong to a party, so the 360 timeline shows them. */
const KOPPEL_PARTIJEN = `
  with p as (
    select id, naam, row_number() over (order by id) - 1 as rn, count(*) over () as n
    from jsonb_to_recordset($1::jsonb) p(id uuid, naam text)),
  c as (select id, row_number() over (order by id) - 1 as rn from contactverzoek where partij_id is null)
  update contactverzoek cv set partij_id = p.id, naam = p.naam, email = case when c.rn % 3 = 0 then null else
      lower(regexp_replace(p.naam, '[^A-Za-z]+', '.', 'g')) || '@example.nl' end
  from c join p on p.rn = c.rn % p.n
  where cv.id = c.id and c.rn % 5 < 4`;

/** Half of the open requests are with an employee of the team, so "mijn" shows something. */
const WIJS_TOE = `
  update contactverzoek c set medewerker_id = (
    select tl.medewerker_id from jsonb_to_recordset($1::jsonb) tl(team_id uuid, medewerker_id uuid)
    where tl.team_id = c.team_id
    order by md5(tl.medewerker_id::text || c.id::text) limit 1)
  where c.status = 'open' and get_byte(decode(md5(c.id::text), 'hex'), 0) < 128`;

/**
 * A year of requests to the back-office teams (half as many as the demo contacts), ending
 * today, with some open and overdue so that queues, dashboards and the monitor show something.
 */
export async function seedContactverzoeken(ctx: AppContext): Promise<void> {
  const nu = ctx.now();
  await genereerContactverzoeken(ctx.database, {
    aantal: Math.round(ctx.config.demoKlantcontacten / 2),
    teams: await demoBackofficeTeamIds(ctx.db),
    van: new Date(nu.getTime() - 365 * 86_400_000),
    tot: nu,
    seed: 2026,
    logboek: true,
  });
  const personen = (await demoPartijIds(ctx.db)).filter((p) => p.soort === 'persoon');
  await ctx.database.raw.executeSql(KOPPEL_PARTIJEN, [JSON.stringify(personen)]);
  await ctx.database.raw.executeSql(WIJS_TOE, [
    JSON.stringify(
      (await lidmaatschappen(ctx.db)).map((l) => ({ team_id: l.teamId, medewerker_id: l.medewerkerId })),
    ),
  ]);
}
