import type { AppContext } from '../../platform/context';
import { demoContactenVoorVerzoeken } from '../klantcontacten/demo';
import { demoBackofficeTeamIds } from '../organisatie/demo';
import { teamledenMetRol } from '../organisatie/operations/teamlidmaatschap';
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

/** The others called without being looked up: a Dutch name, as they gave it. */
const ANONIEM = `
  update contactverzoek set naam =
    (array['Anouk','Bram','Daan','Emma','Fleur','Gijs','Hanna','Jesse','Lisa','Mohamed','Noa','Sem','Tess','Yara','Zeynep','Ruben'])
      [1 + get_byte(decode(md5(id::text), 'hex'), 1) % 16] || ' ' ||
    (array['de Vries','Jansen','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','Dekker','Yılmaz','El Idrissi','van Dijk'])
      [1 + get_byte(decode(md5(id::text), 'hex'), 2) % 18]
  where partij_id is null`;

/**
 * The back office keeps up: of the open requests about one in ten is overdue (`$2`), the
 * overdue ones beyond that were closed on the working day after their deadline.
 */
const BIJ_DE_TIJD = `
  with vandaag as (select ($1::timestamptz at time zone 'Europe/Amsterdam')::date as dag),
  open as (
    select c.id, c.deadline < v.dag as te_laat,
      row_number() over (partition by c.deadline < v.dag order by md5(c.id::text)) as rn
    from contactverzoek c, vandaag v where c.status = 'open'),
  grens as (
    select greatest(1, round(count(*) filter (where not te_laat) * $2::numeric / (1 - $2::numeric)))::int as houd
    from open),
  gesloten as (
    update contactverzoek c set status = 'afgehandeld', resultaat = 'beantwoord', pogingen = c.mislukt + 1,
      afgehandeld = least(((c.deadline + 1)::timestamp + interval '10 hours') at time zone 'Europe/Amsterdam',
                          $1::timestamptz - interval '1 hour')
    from open o, grens g where c.id = o.id and o.te_laat and o.rn > g.houd
    returning c.id, c.afgehandeld)
  insert into contactverzoek_logboek (contactverzoek_id, tijdstip, soort, medewerker_naam, tekst)
  select id, afgehandeld, 'afgehandeld', 'Demo-installatie', 'Resultaat: beantwoord.' from gesloten`;

/**
 * Every closed request was handled by a back-office employee of its team, and half of the open
 * ones are with one (so "mijn" shows something); the logboek names who closed it.
 */
const WIJS_TOE = `
  with tl as (select * from jsonb_to_recordset($1::jsonb) tl(team_id uuid, medewerker_id uuid, naam text)),
  toegewezen as (
    update contactverzoek c set medewerker_id = (
      select tl.medewerker_id from tl where tl.team_id = c.team_id
      order by md5(tl.medewerker_id::text || c.id::text) limit 1)
    where c.status = 'afgehandeld' or get_byte(decode(md5(c.id::text), 'hex'), 0) < 128
    returning c.id, c.medewerker_id)
  update contactverzoek_logboek l set medewerker_id = t.medewerker_id, medewerker_naam = tl.naam
  from toegewezen t join tl on tl.medewerker_id = t.medewerker_id
  where l.contactverzoek_id = t.id and l.soort = 'afgehandeld'`;

/** Each request made from its contact, by the agent who took the call. */
const UIT_CONTACT = `
  with k as (select * from jsonb_to_recordset($1::jsonb)
             k(id uuid, "klantcontactId" uuid, "vraagId" uuid, "medewerkerId" uuid, "medewerkerNaam" text)),
  gekoppeld as (
    update contactverzoek c set klantcontact_id = k."klantcontactId", vraag_id = k."vraagId",
      aangemaakt_door = k."medewerkerId"
    from k where c.id = k.id returning c.id)
  update contactverzoek_logboek l set medewerker_id = k."medewerkerId", medewerker_naam = k."medewerkerNaam"
  from k where l.contactverzoek_id = k.id and l.soort = 'aangemaakt'`;

/** Share of the open requests that is overdue in the demo. */
const AANDEEL_TE_LAAT = 0.1;

/**
 * A year of requests to the back-office teams (half as many as the demo contacts), ending
 * today, each made from a registered contact (so KISS sees them as internetaken), handled by
 * the team's own back-office staff, with about one in ten of the open ones overdue.
 */
export async function seedContactverzoeken(ctx: AppContext): Promise<void> {
  const nu = ctx.now();
  const sql = (tekst: string, params: unknown[]) => ctx.database.raw.executeSql(tekst, params);
  const teams = await demoBackofficeTeamIds(ctx.db);
  await genereerContactverzoeken(ctx.database, {
    aantal: Math.round(ctx.config.demoKlantcontacten / 2),
    teams,
    van: new Date(nu.getTime() - 365 * 86_400_000),
    tot: nu,
    seed: 2026,
    logboek: true,
  });
  const personen = (await demoPartijIds(ctx.db)).filter((p) => p.soort === 'persoon');
  await sql(KOPPEL_PARTIJEN, [JSON.stringify(personen)]);
  await sql(ANONIEM, []);
  await sql(BIJ_DE_TIJD, [nu.toISOString(), AANDEEL_TE_LAAT]);
  const backoffice = await Promise.all(
    teams.map(async (teamId) =>
      (await teamledenMetRol(ctx.db, teamId, ['backoffice-medewerker'])).map((m) => ({
        team_id: teamId,
        medewerker_id: m.id,
        naam: m.naam,
      })),
    ),
  );
  await sql(WIJS_TOE, [JSON.stringify(backoffice.flat())]);
  const { rows } = await sql(
    'select id, ontvangen, partij_id, product_id, onderwerp, vraag from contactverzoek order by ontvangen, id',
    [],
  );
  const verzoeken = rows as {
    id: string;
    ontvangen: Date | string;
    partij_id: string | null;
    product_id: string | null;
    onderwerp: string;
    vraag: string;
  }[];
  const contacten = await demoContactenVoorVerzoeken(
    ctx,
    verzoeken.map((v) => ({
      ontvangen: new Date(v.ontvangen),
      partijId: v.partij_id,
      productId: v.product_id,
      onderwerp: v.onderwerp,
      vraag: v.vraag,
    })),
  );
  await sql(UIT_CONTACT, [JSON.stringify(contacten.map((k, i) => ({ ...k, id: verzoeken[i].id })))]);
}
