import { sql } from 'drizzle-orm';
import { auditVan } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { rijen, type Tx, voorbereid } from '../../../platform/db/client';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { nietGevonden, nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import type { KlantcontactInvoer, KlantcontactUit } from '../schemas';
import { controleerVragen, minstensEenVraag, voegVragenToe, vragenInvoer } from './vragen';

const MAX_DUUR_UUR = 12;

function controleerStart(start: Date, nu: Date): void {
  const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'start', melding }]);
  if (start.getTime() > nu.getTime() + 60_000) throw fout('Het begin van het contact ligt in de toekomst.');
  if (nu.getTime() - start.getTime() > MAX_DUUR_UUR * 3_600_000)
    throw fout(`Een contact duurt niet langer dan ${MAX_DUUR_UUR} uur.`);
}

interface Geschreven {
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
}

/**
 * Contact, questions and audit line in one statement: atomic without a transaction, one round
 * trip. The insert only happens when every question is valid; otherwise the statement reports
 * which products are unknown. Exported for the benchmark, which runs it directly.
 */
export function registratieSql(actor: Actor, invoer: KlantcontactInvoer, start: Date, einde: Date | null) {
  const { ctes, geldig, fouten } = vragenInvoer(invoer.vragen);
  const query = sql`with ${ctes},
    kc as (
      insert into klantcontact (kanaal, partij_id, medewerker_id, team_id, status, start, einde)
      select ${invoer.kanaal}, ${invoer.partijId}::uuid, ${actor.id}::uuid, ${actor.teamIds[0] ?? null}::uuid,
        ${invoer.status}, ${start.toISOString()}::timestamptz, ${einde?.toISOString() ?? null}::timestamptz
      where ${geldig}
      returning *),
    vr as (${voegVragenToe(sql`kc`)}),
    au as (${auditVan('kc', actor, {
      actie: invoer.status === 'afgerond' ? 'klantcontact.geregistreerd' : 'klantcontact.concept-opgeslagen',
      objectType: 'klantcontact',
      persoonsgegevens: Boolean(invoer.partijId),
    })})
    select kc.id, kc.kanaal, kc.partij_id as "partijId", p.naam as "partijNaam", kc.medewerker_id as "medewerkerId",
      kc.team_id as "teamId", kc.status, kc.start, kc.einde, kc.versie,
      coalesce((select json_agg(vr order by vr.volgnummer) from vr), '[]') as vragen,
      array(select volgnummer from onbekend) as onbekend
    from (select 1) een left join kc on true left join partij p on p.id = kc.partij_id`;
  return { query, fouten };
}

const alsPartijFout = (error: unknown) => {
  // The foreign key checks that the party exists, without a separate query.
  throw isVerwijzingFout(error, 'klantcontact_partij_id_partij_id_fk') ? nietGevonden('Deze partij') : error;
};

function uitkomst(actor: Actor, resultaat: Geschreven, fouten: VeldFout[]) {
  const { onbekend, ...rij } = resultaat;
  controleerVragen(fouten, onbekend);
  return {
    ...rij,
    id: rij.id as string,
    start: new Date(rij.start).toISOString(),
    einde: rij.einde ? new Date(rij.einde).toISOString() : null,
    medewerkerNaam: actor.soort === 'medewerker' ? actor.naam : null,
  };
}

/** Checks what needs no database, and builds the one statement. */
function voorbereiden(actor: Actor, invoer: KlantcontactInvoer, nu: Date) {
  const start = invoer.start ? new Date(invoer.start) : nu;
  controleerStart(start, nu);
  if (invoer.status === 'afgerond' && invoer.vragen.length === 0) throw minstensEenVraag();
  return registratieSql(actor, invoer, start, invoer.status === 'afgerond' ? nu : null);
}

/**
 * Registers a contact with its questions. Start is when the agent opened the contact; the
 * end is taken when it is saved as afgerond. Agent and team come from the session. The
 * busiest write of the desk: one prepared statement.
 */
export async function registerKlantcontact(ctx: AppContext, actor: Actor, invoer: KlantcontactInvoer) {
  const { query, fouten } = voorbereiden(actor, invoer, ctx.now());
  const [resultaat] = await voorbereid<Geschreven>(ctx.database, 'klantcontact_registreren', query).catch(
    alsPartijFout,
  );
  return uitkomst(actor, resultaat, fouten);
}

/** The same registration inside the caller's transaction (another module records more with it). */
export async function insertKlantcontact(tx: Tx, actor: Actor, invoer: KlantcontactInvoer, nu: Date) {
  const { query, fouten } = voorbereiden(actor, invoer, nu);
  const [resultaat] = await rijen<Geschreven>(tx, query).catch(alsPartijFout);
  return uitkomst(actor, resultaat, fouten);
}
