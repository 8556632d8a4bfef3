import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { rijen, type Tx } from '../../../platform/db/client';
import { conflict, nietVerwerkbaar } from '../../../platform/http/problem';
import { vereisEigenConcept } from '../../../policies';
import { partijNaam } from '../../partijen/bestaat';
import { klantcontact, vraag } from '../schema';
import type { KlantcontactWijziging, VraagInvoer } from '../schemas';
import { getKlantcontact } from './lees-klantcontact';
import {
  controleerVragen,
  minstensEenVraag,
  voegVragenToe,
  vraagFouten,
  vraagRijen,
  vragenCtes,
} from './vragen';

async function vervangVragen(tx: Tx, id: string, vragen: VraagInvoer[]) {
  await tx.delete(vraag).where(eq(vraag.klantcontactId, id));
  // Written regardless: any problem rolls the transaction back.
  const [{ onbekend }] = await rijen<{ onbekend: number[] }>(
    tx,
    sql`with ${vragenCtes(vraagRijen(vragen))}, vr as (${voegVragenToe(sql`(select ${id}::uuid as id, 0 as i)`)})
      select array(select volgnummer from onbekend) as onbekend`,
  );
  controleerVragen(vraagFouten(vragen), onbekend);
}

/** A draft (concept) is completed or changed by the agent who started it, on the same day. */
export async function updateKlantcontact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  invoer: KlantcontactWijziging,
) {
  const { versie, vragen, ...velden } = invoer;
  const nu = ctx.now();
  const kc = await ctx.db.transaction(async (tx) => {
    const huidig = await getKlantcontact(tx, id);
    vereisEigenConcept(actor, huidig);
    if (huidig.status !== 'concept')
      throw conflict('Dit contact is al afgerond en kan niet meer worden gewijzigd.', huidig);
    if (amsterdamseDatum(new Date(huidig.start)) !== amsterdamseDatum(nu)) {
      throw nietVerwerkbaar('Een concept kan alleen op de dag zelf worden afgemaakt.');
    }
    if (velden.partijId) await partijNaam(tx, velden.partijId);
    const afronden = velden.status === 'afgerond';
    if (afronden && (vragen ?? huidig.vragen).length === 0) throw minstensEenVraag();
    const bijgewerkt = await tx
      .update(klantcontact)
      .set({ ...velden, einde: afronden ? nu : null, versie: sql`${klantcontact.versie} + 1` })
      .where(and(eq(klantcontact.id, id), eq(klantcontact.versie, versie)))
      .returning({ id: klantcontact.id });
    if (bijgewerkt.length === 0) throw conflict('Dit contact is intussen gewijzigd.', huidig);
    if (vragen) await vervangVragen(tx, id, vragen);
    await audit(tx, actor, {
      actie: afronden ? 'klantcontact.geregistreerd' : 'klantcontact.concept-opgeslagen',
      objectType: 'klantcontact',
      objectId: id,
      persoonsgegevens: Boolean(velden.partijId ?? huidig.partijId),
    });
    return getKlantcontact(tx, id);
  });
  if (kc.status === 'afgerond') ctx.jobs.gewijzigd('klantcontact');
  return kc;
}
