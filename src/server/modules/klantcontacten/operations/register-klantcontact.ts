import { getTableColumns } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { isVerwijzingFout } from '../../../platform/db/fouten';
import { nietGevonden, nietVerwerkbaar } from '../../../platform/http/problem';
import { partijNaamSql } from '../../partijen/bestaat';
import { klantcontact } from '../schema';
import type { KlantcontactInvoer } from '../schemas';
import { minstensEenVraag, schrijfVragen } from './vragen';

const MAX_DUUR_UUR = 12;

function controleerStart(start: Date, nu: Date): void {
  const fout = (melding: string) => nietVerwerkbaar(melding, [{ veld: 'start', melding }]);
  if (start.getTime() > nu.getTime() + 60_000) throw fout('Het begin van het contact ligt in de toekomst.');
  if (nu.getTime() - start.getTime() > MAX_DUUR_UUR * 3_600_000)
    throw fout(`Een contact duurt niet langer dan ${MAX_DUUR_UUR} uur.`);
}

/**
 * Registers a contact with its questions. Start is when the agent opened the contact; the
 * end is taken when it is saved as afgerond. Agent and team come from the session.
 */
export async function registerKlantcontact(ctx: AppContext, actor: Actor, invoer: KlantcontactInvoer) {
  const nu = ctx.now();
  controleer(invoer, nu);
  return ctx.db.transaction((tx) => insertKlantcontact(tx, actor, invoer, nu));
}

function controleer(invoer: KlantcontactInvoer, nu: Date) {
  controleerStart(invoer.start ? new Date(invoer.start) : nu, nu);
  if (invoer.status === 'afgerond' && invoer.vragen.length === 0) throw minstensEenVraag();
}

/** The same registration inside the caller's transaction (another module records more with it). */
export async function insertKlantcontact(tx: Tx, actor: Actor, invoer: KlantcontactInvoer, nu: Date) {
  controleer(invoer, nu);
  const start = invoer.start ? new Date(invoer.start) : nu;
  const [rij] = await tx
    .insert(klantcontact)
    .values({
      kanaal: invoer.kanaal,
      partijId: invoer.partijId,
      medewerkerId: actor.id,
      teamId: actor.teamIds[0] ?? null,
      status: invoer.status,
      start,
      einde: invoer.status === 'afgerond' ? nu : null,
    })
    .returning({ ...getTableColumns(klantcontact), partijNaam: partijNaamSql(klantcontact.partijId) })
    .catch((error) => {
      // The foreign key checks that the party exists, without a separate query.
      throw isVerwijzingFout(error, 'klantcontact_partij_id_partij_id_fk')
        ? nietGevonden('Deze partij')
        : error;
    });
  const vragen = await schrijfVragen(tx, rij.id, invoer.vragen);
  await audit(tx, actor, {
    actie: invoer.status === 'afgerond' ? 'klantcontact.geregistreerd' : 'klantcontact.concept-opgeslagen',
    objectType: 'klantcontact',
    objectId: rij.id,
    persoonsgegevens: Boolean(invoer.partijId),
  });
  // Composed from what was just written: no second round trip on the busiest write path.
  return {
    ...rij,
    start: rij.start.toISOString(),
    einde: rij.einde?.toISOString() ?? null,
    medewerkerNaam: actor.soort === 'medewerker' ? actor.naam : null,
    vragen,
  };
}
