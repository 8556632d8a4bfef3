// Ten years of a large city's zaken, generated inside the database (generate_series) in batches.
import type { Database } from '../../src/server/platform/db/client';
import { testZaaktype } from '../../src/server/testing/zaaktypen';

export interface Omvang {
  zaken: number;
  partijen: number;
  zaaktypen: number;
  teams: number;
}

export const omvang = (schaal: number): Omvang => ({
  zaken: Math.round(5_000_000 * schaal),
  partijen: Math.max(1_000, Math.round(500_000 * schaal)),
  zaaktypen: 60,
  teams: 40,
});

const BATCH = 250_000;

const voorbereiding = (o: Omvang) => [
  `create or replace function bench_uuid(t text) returns uuid language sql immutable
   as $$ select overlay(overlay(md5(t) placing '4' from 13) placing '8' from 17)::uuid $$`,
  `insert into team (naam, omschrijving) select 'Team ' || i, 'Benchmark' from generate_series(1, greatest(0, ${o.teams} - (select count(*) from team))) i`,
  // One behandelaar per team for the generated zaken.
  `insert into medewerker (naam, gebruikersnaam, email, rollen)
   select 'Behandelaar ' || t.naam, 'bench-' || t.id, 'bench-' || t.id || '@voorbeeldstad.nl', array['backoffice-medewerker']
   from team t`,
  `insert into teamlidmaatschap (team_id, medewerker_id) select t.id, m.id from team t join medewerker m on m.gebruikersnaam = 'bench-' || t.id`,
  `insert into partij (id, soort, naam, zoeknaam)
   select bench_uuid('p' || n), 'persoon', 'Inwoner ' || n, 'inwoner ' || n from generate_series(1, ${o.partijen}) n`,
];

/**
 * A batch of zaken: spread over the zaaktypen (Zipf-like), started on a day of the last ten
 * years, closed after 5 to 120 days unless that is still ahead (and 2 % got stuck), most within
 * the servicenorm; 4 statuses when closed and 2 while open, an initiator and a behandelaar,
 * two documents, and a besluit on one in five.
 */
const batch = (van: number, tot: number, o: Omvang) => [
  `insert into zaak (id, identificatie, bronorganisatie, zaaktype_id, omschrijving, team_id, behandelaar_id, vertrouwelijkheid,
     registratiedatum, startdatum, einddatum_gepland, uiterlijke_einddatum_afdoening, einddatum, statustype_id, status_gezet,
     resultaattype_id, archiefnominatie, archiefactiedatum, aangemaakt)
   select bench_uuid('z' || i), 'ZAAK-' || extract(year from g.start)::int || '-' || lpad(i::text, 8, '0'), '002220647', zt.id,
     zt.omschrijving || ' ' || i, zt.team_id, case when i % 10 < 7 then zt.behandelaar end, 'zaakvertrouwelijk',
     g.start, g.start, g.start + 14, g.start + 56, g.einde,
     case when g.einde is null then zt.st2 else zt.st4 end, (g.start + coalesce(g.duur, 3))::timestamptz,
     case when g.einde is not null then zt.res end, case when g.einde is not null then 'vernietigen' end,
     case when g.einde is not null then g.einde + interval '1 year' end, g.start::timestamptz
   from generate_series(${van}::bigint, ${tot}::bigint) i
   cross join lateral (select current_date - (i * 7919 % 3650)::int as start, (5 + i * 104729 % 116)::int as duur) d
   cross join lateral (select d.start, d.duur,
     case when d.start + d.duur < current_date and i % 50 <> 0 then d.start + d.duur end as einde) g
   join bench_zaaktype zt on zt.k = 1 + floor(${o.zaaktypen} * power((i * 2654435761 % 1000003) / 1000003.0, 2))::int`,
  `insert into zaak_status (zaak_id, statustype_id, datum_status_gezet)
   select z.id, (array[zt.st1, zt.st2, zt.st3, zt.st4])[s], z.aangemaakt + make_interval(days => (s - 1) * 3)
   from zaak z join bench_zaaktype zt on zt.id = z.zaaktype_id
   cross join lateral generate_series(1, case when z.einddatum is null then 2 else 4 end) s
   where z.id in (select bench_uuid('z' || i) from generate_series(${van}::bigint, ${tot}::bigint) i)`,
  `insert into zaak_rol (zaak_id, omschrijving_generiek, partij_id, naam, registratie)
   select bench_uuid('z' || i), 'initiator', bench_uuid('p' || (1 + i * 31 % ${o.partijen})), 'Inwoner ' || (1 + i * 31 % ${o.partijen}), now()
   from generate_series(${van}::bigint, ${tot}::bigint) i`,
  `insert into zaak_rol (zaak_id, omschrijving_generiek, medewerker_id, naam, registratie)
   select id, 'behandelaar', behandelaar_id, 'Behandelaar', now() from zaak
   where behandelaar_id is not null and id in (select bench_uuid('z' || i) from generate_series(${van}::bigint, ${tot}::bigint) i)`,
  `insert into zaak_document (zaak_id, titel, bestandsnaam, formaat, vertrouwelijkheid, auteur, creatiedatum, aangemaakt)
   select bench_uuid('z' || i), (array['Aanvraag','Besluit'])[d], 'document-' || d || '.pdf', 'application/pdf', 'zaakvertrouwelijk',
     'Inwoner', current_date, now()
   from generate_series(${van}::bigint, ${tot}::bigint) i cross join generate_series(1, 2) d`,
  `insert into besluit (identificatie, zaak_id, omschrijving, datum, ingangsdatum, aangemaakt)
   select 'BESLUIT-' || i, bench_uuid('z' || i), 'Besluit', current_date, current_date, now()
   from generate_series(${van}::bigint, ${tot}::bigint) i where i % 5 = 0`,
];

export async function seedZaken(database: Database, o: Omvang, log: (t: string) => void) {
  for (const s of voorbereiding(o)) await database.raw.executeSql(s);
  const { rows: teams } = await database.raw.executeSql('select id from team order by naam');
  await database.raw.executeSql(
    'create table bench_zaaktype (k int primary key, id uuid, team_id uuid, behandelaar uuid, omschrijving text, st1 uuid, st2 uuid, st3 uuid, st4 uuid, res uuid)',
  );
  for (let k = 1; k <= o.zaaktypen; k++) {
    const teamId = teams[(k - 1) % teams.length].id as string;
    const zt = await testZaaktype(database.db, teamId, { identificatie: `bench-${k}` });
    // Four statustypen: Ontvangen, In behandeling, Besluit genomen, Afgehandeld.
    await database.raw.executeSql(
      `update statustype set omschrijving = 'Besluit genomen', informeren = false where zaaktype_id = $1 and volgnummer = 3`,
      [zt.id],
    );
    await database.raw.executeSql(
      `insert into statustype (zaaktype_id, volgnummer, omschrijving) values ($1, 4, 'Afgehandeld')`,
      [zt.id],
    );
    await database.raw.executeSql(
      `insert into bench_zaaktype select $1::int, z.id, z.team_id, (select id from medewerker where gebruikersnaam = 'bench-' || z.team_id),
         z.omschrijving || ' ' || $1::int, s[1], s[2], s[3], s[4], $3::uuid
       from zaaktype z, (select array_agg(id order by volgnummer) as s from statustype where zaaktype_id = $2::uuid) x where z.id = $2::uuid`,
      [k, zt.id, zt.verleend],
    );
  }
  for (let van = 1; van <= o.zaken; van += BATCH) {
    const tot = Math.min(o.zaken, van + BATCH - 1);
    const start = performance.now();
    for (const s of batch(van, tot, o)) await database.raw.executeSql(s);
    log(`  zaken ${van}–${tot}: ${Math.round(performance.now() - start)} ms`);
  }
  await database.raw.executeSql(`select setval('zaak_nummer', ${o.zaken + 1})`);
  // Contacts for the zaken the benchmark makes: each new zaak links one.
  await database.raw.executeSql(
    `insert into klantcontact (kanaal, partij_id, status, start, einde)
     select 'telefoon', bench_uuid('p' || n), 'afgerond', now(), now() from generate_series(1, 1000) n`,
  );
  for (const t of ['zaak', 'zaak_status', 'zaak_rol', 'zaak_document', 'besluit', 'partij'])
    await database.raw.executeSql(`vacuum analyze ${t}`);
}
