/**
 * What must hold in the database after any sequence of requests, checked with SQL directly:
 * each invariant is a query for the rows that break it. The rules come from the modules'
 * schemas (src/server/modules/*\/schema.ts) and what their operations promise: nothing
 * half-written, no write without its audit line, no orphan in the Klantinteracties tables.
 */
import type { Database } from '../../../src/server/platform/db/client';
import type { FuzzFiguren } from '../fuzz';

export interface Schending {
  naam: string;
  aantal: number;
  voorbeelden: unknown[];
}

interface Invariant {
  naam: string;
  /** The rows that break it; `$1` is the moment the fuzz began, `$2` and `$3` request ids (see below). */
  sql: string;
}

const invarianten: Invariant[] = [
  {
    naam: 'een afgerond klantcontact heeft minstens één vraag',
    sql: `select k.id from klantcontact k where k.status = 'afgerond'
      and not exists (select 1 from vraag v where v.klantcontact_id = k.id)`,
  },
  {
    naam: 'een afgerond klantcontact heeft een einde, een concept niet',
    sql: `select id, status, einde from klantcontact
      where (status = 'afgerond') <> (einde is not null)`,
  },
  {
    naam: 'de vragen van een klantcontact zijn doorgenummerd vanaf 1',
    sql: `select klantcontact_id from vraag group by klantcontact_id
      having min(volgnummer) <> 1 or max(volgnummer) <> count(*) or count(distinct volgnummer) <> count(*)`,
  },
  {
    naam: 'elk contactverzoek heeft zijn logboekregel "aangemaakt"',
    sql: `select cv.id, cv.nummer from contactverzoek cv where not exists
      (select 1 from contactverzoek_logboek l where l.contactverzoek_id = cv.id and l.soort = 'aangemaakt')`,
  },
  {
    naam: 'een afgehandeld contactverzoek heeft een resultaat en een moment van afhandelen, een open niet',
    sql: `select id, status, resultaat, afgehandeld from contactverzoek
      where (status = 'afgehandeld') <> (afgehandeld is not null)
         or (status = 'afgehandeld') <> (resultaat is not null)`,
  },
  {
    naam: 'de vraag van een contactverzoek hoort bij zijn klantcontact',
    sql: `select cv.id from contactverzoek cv where cv.vraag_id is not null and not exists
      (select 1 from vraag v where v.id = cv.vraag_id and v.klantcontact_id = cv.klantcontact_id)`,
  },
  {
    naam: 'een nieuw contactverzoek telt zijn belpogingen zoals zijn logboek',
    sql: `select cv.id, cv.pogingen, cv.mislukt,
        (select count(*) from contactverzoek_logboek l where l.contactverzoek_id = cv.id and l.soort = 'poging') as regels,
        (select count(*) from contactverzoek_logboek l where l.contactverzoek_id = cv.id and l.soort = 'poging'
          and l.uitkomst <> 'bereikt') as mislukte_regels
      from contactverzoek cv where cv.ontvangen >= $1::timestamptz
        and (cv.pogingen <> (select count(*) from contactverzoek_logboek l
               where l.contactverzoek_id = cv.id and l.soort = 'poging')
          or cv.mislukt > cv.pogingen)`,
  },
  {
    naam: 'een nieuw contactverzoek heeft zijn gebeurtenis in de outbox',
    sql: `select cv.id from contactverzoek cv where cv.ontvangen >= $1::timestamptz and not exists
      (select 1 from domein_gebeurtenis g where g.object_id = cv.id::text and g.type = 'contactverzoek.aangemaakt')`,
  },
  {
    naam: 'een contactpersoon hoort bij een organisatie',
    sql: `select p.id from partij p where p.soort = 'contactpersoon' and not exists
      (select 1 from partij o where o.id = p.organisatie_id and o.soort = 'organisatie')`,
  },
  {
    naam: 'een actor van een klantcontact is een medewerker, een team of een actor van de Klantinteracties-API',
    sql: `select ak.id, ak.actor_id from ki_actor_klantcontact ak where not exists (select 1 from medewerker m where m.id = ak.actor_id)
      and not exists (select 1 from team t where t.id = ak.actor_id) and not exists (select 1 from ki_actor a where a.id = ak.actor_id)`,
  },
  {
    // The standard lets an address have no owner at all (both verstrektDoor… nullable and optional).
    naam: 'de betrokkene die een digitaal adres gaf, bestaat',
    sql: `select d.id from ki_digitaal_adres d where d.betrokkene_id is not null
      and not exists (select 1 from ki_betrokkene b where b.id = d.betrokkene_id)
      and not exists (select 1 from klantcontact k where k.id = d.betrokkene_id)`,
  },
  {
    naam: 'het voorkeursadres en -rekeningnummer van een partij bestaan',
    sql: `select p.partij_id from ki_partij p where
      (p.voorkeurs_digitaal_adres_id is not null
        and not exists (select 1 from ki_digitaal_adres d where d.id = p.voorkeurs_digitaal_adres_id)
        and not exists (select 1 from contactgegeven c where c.id = p.voorkeurs_digitaal_adres_id))
      or (p.voorkeurs_rekeningnummer_id is not null
        and not exists (select 1 from ki_rekeningnummer r where r.id = p.voorkeurs_rekeningnummer_id))`,
  },
  {
    naam: 'een taak die op een koppeling wacht, wacht op een actor die bestaat',
    sql: `select cv.id from contactverzoek cv where cv.wacht_op_actor is not null
      and not exists (select 1 from ki_actor a where a.id = cv.wacht_op_actor)`,
  },
  {
    naam: 'elke geslaagde schrijfactie staat in de audittrail',
    sql: `select r.id from unnest($2::text[]) as r(id)
      where not exists (select 1 from audit_regel a where a.request_id = r.id)`,
  },
  {
    naam: 'een geweigerde schrijfactie laat niets na (audit, outbox, logboek)',
    sql: `select a.request_id, a.actie from audit_regel a where a.request_id = any($3::text[])
      and a.actie not in ('inloggen.mislukt', 'inloggen.geblokkeerd')
      union all select g.request_id, g.type from domein_gebeurtenis g where g.request_id = any($3::text[])`,
  },
];

/** The statement with only the parameters it uses, numbered from 1 (PostgreSQL wants each one typed). */
function metParameters(tekst: string, waarden: unknown[]): [string, unknown[]] {
  const gebruikt = [...new Set([...tekst.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
  const sql = tekst.replace(/\$(\d)/g, (_, n) => `$${gebruikt.indexOf(Number(n)) + 1}`);
  return [sql.replace(/\s+/g, ' '), gebruikt.map((n) => waarden[n - 1])];
}

/** Writes of one's own screen state, not of the municipality's data: they leave no audit line. */
const ZONDER_AUDIT = new Set(['POST /api/v1/meldingen/{id}/gelezen']);

export async function controleerInvarianten(db: Database, f: FuzzFiguren): Promise<Schending[]> {
  const geslaagd = f.schrijfacties.filter((s) => s.status < 300 && !ZONDER_AUDIT.has(s.operatie));
  const geweigerd = f.schrijfacties.filter((s) => s.status >= 400);
  const operatie = new Map(f.schrijfacties.map((s) => [s.requestId, s.operatie]));
  const uit: Schending[] = [];
  for (const inv of invarianten) {
    const { rows } = await db.raw.executeSql(
      ...metParameters(inv.sql, [
        f.begonnen,
        geslaagd.map((s) => s.requestId),
        geweigerd.map((s) => s.requestId),
      ]),
    );
    if (!rows.length) continue;
    const voorbeelden = rows.slice(0, 5).map((r) => {
      const id = r.request_id ?? r.id;
      return operatie.has(id) ? { ...r, operatie: operatie.get(id) } : r;
    });
    uit.push({ naam: inv.naam, aantal: rows.length, voorbeelden });
  }
  return uit;
}
