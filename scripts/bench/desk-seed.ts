import type { SqlClient } from '../../src/server/platform/db/client';

const voornamen = [
  'Anna',
  'Bram',
  'Daan',
  'Emma',
  'Fleur',
  'Gijs',
  'Hanna',
  'Ivo',
  'Julia',
  'Kees',
  'Lotte',
  'Milan',
  'Noor',
  'Omar',
  'Pim',
  'Roos',
  'Sem',
  'Tess',
  'Umut',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
  'Mohamed',
  'Fatima',
  'Jan',
  'Piet',
  'Klaas',
  'Ingrid',
  'Priya',
];
const stammen = [
  'jans',
  'de vr',
  'bakk',
  'viss',
  'sm',
  'mei',
  'boer',
  'mul',
  'groot',
  'bos',
  'vos',
  'peet',
  'hend',
  'leeuw',
  'dekk',
  'brouw',
  'wit',
  'dijk',
  'yilm',
  'amr',
  'ngu',
  'kok',
  'jong',
  'berg',
  'veen',
  'hoek',
  'kuip',
  'wal',
  'mol',
  'graaf',
  'koning',
  'schou',
  'post',
  'wijn',
  'blok',
  'prins',
  'haan',
  'kramm',
  'lam',
  'ruit',
];
const uitgangen = ['', 'en', 'ers', 'ink', 'stra', 'ema', 'man', 'sma', 'ing', 'hof', 'ker', 'ijn'];
const straten = [
  'Marktstraat',
  'Kerkplein',
  'Stationsweg',
  'Dorpsstraat',
  'Molenlaan',
  'Havenkade',
  'Lindelaan',
  'Schoolstraat',
  'Julianalaan',
  'Beatrixstraat',
];

const arr = (waarden: string[]) => `array[${waarden.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

export interface Omvang {
  personen: number;
  organisaties: number;
  contacten: number;
}

export function omvang(schaal: number): Omvang {
  return {
    personen: Math.round(950_000 * schaal),
    organisaties: Math.round(50_000 * schaal),
    contacten: Math.round(20_000_000 * schaal),
  };
}

/**
 * Ten years (or `dagen` days) of finished contacts by the first KCC agent, a fifth anonymous, the rest of
 * persons bench_uuid('p' || n) (n ≤ personen) and, when there are any, organisations.
 */
export const contactenSql = (o: Omvang, dagen = 3650): string[] => [
  `insert into klantcontact (kanaal, partij_id, medewerker_id, team_id, status, start, einde)
     select (array['telefoon','telefoon','telefoon','telefoon','telefoon','balie','e-mail','e-mail','webformulier','chat'])[1 + j % 10],
       case when j % 5 = 0 then null
            when j % 13 = 0 and ${o.organisaties} > 0 then bench_uuid('o' || (1 + (j * 31) % ${Math.max(1, o.organisaties)}))
            else bench_uuid('p' || (1 + (j * 7919) % ${o.personen})) end,
       m.id, m.team, 'afgerond', s.start, s.start + interval '4 minutes'
     from generate_series(1::bigint, ${o.contacten}::bigint) j
     cross join lateral (select now() - make_interval(secs => (j * 104729) % ${dagen * 86_400}) as start) s
     cross join lateral (select id, (select team_id from teamlidmaatschap t where t.medewerker_id = medewerker.id limit 1) as team
                         from medewerker where 'kcc-medewerker' = any(rollen) order by id limit 1) m`,
];

/** One question per contact that has none: 40 products, three in five answered at first contact. */
export const vragenSql: string[] = [
  `insert into vraag (klantcontact_id, volgnummer, product_id, onderwerp, vraag, uitkomst)
     select k.id, 1, p.ids[1 + h % 40], p.namen[1 + h % 40], 'Vraag over ' || lower(p.namen[1 + h % 40]),
       (array['afgehandeld','afgehandeld','afgehandeld','contactverzoek','doorverbonden-gelukt'])[1 + h % 5]
     from (select id, abs(hashtext(id::text)) as h from klantcontact c
           where not exists (select 1 from vraag v where v.klantcontact_id = c.id)) k
     cross join (select array_agg(id order by naam) as ids, array_agg(naam order by naam) as namen
                 from (select id, naam from product order by naam limit 40) x) p`,
];

/**
 * A large city generated inside the database (generate_series): persons with valid BSNs,
 * households at realistic addresses, companies, contact details, and ten years of contacts.
 * Party n of the persons has id bench_uuid('p' || n); party 1 gets 200 extra contacts for the 360 test.
 */
export function seedSql(o: Omvang): string[] {
  const kandidaten = Math.ceil(o.personen * 1.15) + 100;
  return [
    // md5 as a valid version-4 uuid: deterministic ids that the API's uuid validation accepts.
    `create or replace function bench_uuid(t text) returns uuid language sql immutable
     as $$ select overlay(overlay(md5(t) placing '4' from 13) placing '8' from 17)::uuid $$`,
    `insert into brp_persoon (bsn, voornamen, voorvoegsel, geslachtsnaam, zoeknaam, geboortedatum, straat, huisnummer, postcode, woonplaats)
     select bsn, voornaam, vv, achternaam, lower(achternaam), date '1930-01-01' + (n * 37 % 31000)::int, straat, 1 + (n / 2) % 25, postcode, 'Voorbeeldstad'
     from (
       select row_number() over (order by i) as n, d8 || (s % 11)::text as bsn,
         (${arr(voornamen)})[1 + i % ${voornamen.length}] as voornaam,
         case when i % 5 = 0 then (array['van','de','van der','van den','ter'])[1 + (i / 5) % 5] end as vv,
         initcap((${arr(stammen)})[1 + i % ${stammen.length}] || (${arr(uitgangen)})[1 + (i / ${stammen.length}) % ${uitgangen.length}]
           || (array['','s','e','k'])[1 + (i / ${stammen.length * uitgangen.length}) % 4]) as achternaam,
         (${arr(straten)})[1 + (i / 50) % ${straten.length}] as straat,
         (1000 + (i / 50) % 9000)::text || chr(65 + (i / 450000) % 26) || chr(65 + (i / 11700000) % 26) as postcode
       from (select i, lpad((10000000 + i)::text, 8, '0') as d8 from generate_series(1, ${kandidaten}) i) g
       cross join lateral (select sum(substr(g.d8, k, 1)::int * (10 - k)) as s from generate_series(1, 8) k) w
       where s % 11 < 10
     ) x where n <= ${o.personen}
     on conflict do nothing`,
    `insert into partij (id, soort, bsn, naam, zoeknaam)
     select bench_uuid('p' || row_number() over (order by bsn)), 'persoon', bsn,
       concat_ws(' ', voornamen, voorvoegsel, geslachtsnaam), lower(concat_ws(' ', voornamen, voorvoegsel, geslachtsnaam))
     from brp_persoon where bsn like '1%'`,
    `insert into hr_vestiging (vestigingsnummer, kvk_nummer, rsin, handelsnamen, zoeknaam, straat, huisnummer, postcode, woonplaats)
     select lpad((500000000 + n)::text, 12, '0'), (40000000 + n)::text, null,
       array[nm], trim(regexp_replace(regexp_replace(lower(nm), '[^a-z0-9 ]+', ' ', 'g'), '\\s+', ' ', 'g')), 'Industrieweg', 1 + n % 300, (1000 + n % 9000)::text || 'ZZ', 'Voorbeeldstad'
     from (select n, initcap((array['bakkerij','garage','kapsalon','installatiebedrijf','adviesbureau','cafe','bouwbedrijf','bloemist'])[1 + n % 8]
       || ' ' || (${arr(stammen)})[1 + (n / 8) % ${stammen.length}] || (${arr(uitgangen)})[1 + (n / 320) % ${uitgangen.length}]
       || case when n % 3 = 0 then ' b.v.' else '' end) as nm
       from generate_series(1, ${o.organisaties}) n) x`,
    `insert into partij (id, soort, kvk_nummer, vestigingsnummer, naam, zoeknaam)
     select bench_uuid('o' || row_number() over (order by vestigingsnummer)), 'organisatie', kvk_nummer, vestigingsnummer, handelsnamen[1], zoeknaam
     from hr_vestiging where vestigingsnummer like '0005%'`,
    `insert into contactgegeven (partij_id, soort, waarde, sleutel)
     select bench_uuid('p' || n), 'telefoon', '06-' || (10000000 + n), '+316' || (10000000 + n)
     from generate_series(1, ${o.personen}) n where n % 5 < 3`,
    `insert into contactgegeven (partij_id, soort, waarde, sleutel)
     select bench_uuid('p' || n), 'email', 'persoon' || n || '@example.nl', 'persoon' || n || '@example.nl'
     from generate_series(1, ${o.personen}) n where n % 5 = 0`,
    ...contactenSql(o),
    `insert into klantcontact (kanaal, partij_id, medewerker_id, status, start, einde)
     select 'telefoon', bench_uuid('p1'), (select id from medewerker limit 1), 'afgerond', now() - make_interval(days => k), now() - make_interval(days => k)
     from generate_series(1, 200) k`,
    ...vragenSql,
    'analyze',
  ];
}

export async function seed(db: SqlClient, o: Omvang, log: (tekst: string) => void): Promise<void> {
  for (const [i, stap] of seedSql(o).entries()) {
    const start = performance.now();
    await db.executeSql(stap);
    log(
      `  stap ${i + 1}: ${stap.trim().split('\n')[0].slice(0, 60)}… ${Math.round(performance.now() - start)} ms`,
    );
  }
}
