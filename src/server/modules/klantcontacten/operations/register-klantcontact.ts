import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AUDIT_KOLOMTYPEN, auditKolommen, auditRegels } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { bundelPer } from '../../../platform/db/bundel';
import { type Database, rijen, type Tx, voorbereid } from '../../../platform/db/client';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { nietGevonden, nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { partijNaamSql } from '../../partijen/bestaat';
import type { KlantcontactInvoer, KlantcontactUit } from '../schemas';
import {
  controleerVragen,
  minstensEenVraag,
  voegVragenToe,
  vraagFouten,
  vraagRijen,
  vragenCtes,
} from './vragen';

export const MAX_DUUR_UUR = 12;

function controleerStart(start: Date, nu: Date): void {
  const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'start', melding }]);
  if (start.getTime() > nu.getTime() + 60_000) throw fout('Het begin van het contact ligt in de toekomst.');
  if (nu.getTime() - start.getTime() > MAX_DUUR_UUR * 3_600_000)
    throw fout(`Een contact duurt niet langer dan ${MAX_DUUR_UUR} uur.`);
}

/** One contact to register, checked as far as possible without the database. */
export interface Aanvraag {
  actor: Actor;
  invoer: KlantcontactInvoer;
  start: Date;
  einde: Date | null;
  /** What is wrong with the questions without looking in the database. */
  fouten: VeldFout[];
}

interface Geschreven {
  i: number;
  id: string | null;
  kanaal: KlantcontactInvoer['kanaal'];
  partijId: string | null;
  partijNaam: string | null;
  medewerkerId: string | null;
  teamId: string | null;
  status: 'concept' | 'afgerond';
  start: Date;
  einde: Date | null;
  versie: number;
  vragen: KlantcontactUit['vragen'];
  onbekend: number[];
  partijOnbekend: boolean;
}

/** Checks what needs no database. Start is when the agent opened the contact; the end is now. */
export function aanvraag(actor: Actor, invoer: KlantcontactInvoer, nu: Date): Aanvraag {
  const start = invoer.start ? new Date(invoer.start) : nu;
  controleerStart(start, nu);
  if (invoer.status === 'afgerond' && invoer.vragen.length === 0) throw minstensEenVraag();
  return {
    actor,
    invoer,
    start,
    einde: invoer.status === 'afgerond' ? nu : null,
    fouten: vraagFouten(invoer.vragen),
  };
}

function contactRij({ actor, invoer, start, einde, fouten }: Aanvraag, i: number) {
  return {
    i,
    id: randomUUID(),
    kanaal: invoer.kanaal,
    partij_id: invoer.partijId ?? null,
    team_id: actor.teamIds[0] ?? null,
    status: invoer.status,
    start: start.toISOString(),
    einde: einde?.toISOString() ?? null,
    foutloos: fouten.length === 0,
    // medewerker_id is both the audit line's and the contact's: the agent who registers.
    ...auditKolommen(actor, {
      actie: invoer.status === 'afgerond' ? 'klantcontact.geregistreerd' : 'klantcontact.concept-opgeslagen',
      objectType: 'klantcontact',
      persoonsgegevens: Boolean(invoer.partijId),
    }),
  };
}

/**
 * Contacts, their questions and audit lines in one statement: atomic without a transaction,
 * one round trip for any number of contacts. A contact is only written when it and all its
 * questions are valid; for the others the statement tells which products or party are unknown.
 * Its text is the same for every batch, so it is prepared once per connection.
 */
export function registratieSql(aanvragen: readonly Aanvraag[]) {
  const contacten = aanvragen.map(contactRij);
  return sql`with contact as (
      select c.*, ${partijNaamSql(sql`c.partij_id`)} as partij_naam
      from jsonb_to_recordset(${JSON.stringify(contacten)}::jsonb) as c(i int, id uuid, kanaal text,
        partij_id uuid, team_id uuid, status text, start timestamptz, einde timestamptz, foutloos boolean,
        ${AUDIT_KOLOMTYPEN})),
    ${vragenCtes(aanvragen.flatMap((a, i) => vraagRijen(a.invoer.vragen, i)))},
    te_schrijven as (
      select c.* from contact c
      where c.foutloos and (c.partij_id is null or c.partij_naam is not null)
        and not exists (select 1 from onbekend o where o.i = c.i)),
    kc as (
      insert into klantcontact (id, kanaal, partij_id, medewerker_id, team_id, status, start, einde)
      select id, kanaal, partij_id, medewerker_id, team_id, status, start, einde from te_schrijven
      returning id, versie),
    vr as (${voegVragenToe(sql`(select t.id, t.i from te_schrijven t join kc on kc.id = t.id)`)}),
    au as (${auditRegels('te_schrijven')})
    select c.i, kc.id, c.kanaal, c.partij_id as "partijId", c.partij_naam as "partijNaam", c.medewerker_id as "medewerkerId",
      c.team_id as "teamId", c.status, c.start, c.einde, kc.versie,
      coalesce((select jsonb_agg(to_jsonb(vr) - 'klantcontact_id' order by vr.volgnummer) from vr
        where vr.klantcontact_id = kc.id), '[]') as vragen,
      array(select o.volgnummer from onbekend o where o.i = c.i order by o.volgnummer) as onbekend,
      c.partij_id is not null and c.partij_naam is null as "partijOnbekend"
    from contact c left join kc on kc.id = c.id
    order by c.i`;
}

// A party deleted while the statement ran; otherwise the statement checks the party itself.
const partijFout = (error: unknown) =>
  isVerwijzingFout(error, 'klantcontact_partij_id_partij_id_fk') ? nietGevonden('Deze partij') : error;

function uitkomst({ actor, fouten }: Aanvraag, resultaat: Geschreven) {
  const { i: _, onbekend, partijOnbekend, ...rij } = resultaat;
  controleerVragen(fouten, onbekend);
  if (partijOnbekend) throw nietGevonden('Deze partij');
  return {
    ...rij,
    id: rij.id as string,
    start: new Date(rij.start).toISOString(),
    einde: rij.einde ? new Date(rij.einde).toISOString() : null,
    medewerkerNaam: actor.soort === 'medewerker' ? actor.naam : null,
  };
}

const alsFout = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

function perAanvraag(aanvragen: readonly Aanvraag[], resultaten: Geschreven[]) {
  return resultaten.map((r) => {
    try {
      return uitkomst(aanvragen[r.i], r);
    } catch (error) {
      return alsFout(error);
    }
  });
}

async function schrijf(
  database: Database,
  aanvragen: readonly Aanvraag[],
): Promise<(KlantcontactUit | Error)[]> {
  try {
    const query = registratieSql(aanvragen);
    return perAanvraag(
      aanvragen,
      await voorbereid<Geschreven>(database, 'klantcontacten_registreren', query),
    );
  } catch (error) {
    // One contact failed the whole batch: written one by one, each gets its own answer.
    if (aanvragen.length > 1) return (await Promise.all(aanvragen.map((a) => schrijf(database, [a])))).flat();
    return [alsFout(partijFout(error))];
  }
}

const registreer = bundelPer(
  (database: Database) => (aanvragen: readonly Aanvraag[]) => schrijf(database, aanvragen),
);

/**
 * Registers a contact with its questions; agent and team come from the session. The busiest
 * write of the desk: contacts registered at the same moment share one prepared statement.
 */
export async function registerKlantcontact(ctx: AppContext, actor: Actor, invoer: KlantcontactInvoer) {
  const kc = await registreer(ctx.database, aanvraag(actor, invoer, ctx.now()));
  if (invoer.status === 'afgerond') ctx.jobs.gewijzigd('klantcontact');
  return kc;
}

/** The same registration inside the caller's transaction (another module records more with it). */
export async function insertKlantcontact(tx: Tx, actor: Actor, invoer: KlantcontactInvoer, nu: Date) {
  const a = aanvraag(actor, invoer, nu);
  const [resultaat] = await rijen<Geschreven>(tx, registratieSql([a])).catch((error) => {
    throw partijFout(error);
  });
  return uitkomst(a, resultaat);
}
