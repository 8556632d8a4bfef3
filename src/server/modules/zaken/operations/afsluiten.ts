import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { nietVerwerkbaar } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import { archivering, GeenBrondatum } from '../archief';
import { zaak, zaakDocument } from '../schema';
import type { AfsluitingInvoer } from '../schemas';
import type { ZaakDetail } from './lees-zaak';
import { statusGezet } from './status-bericht';
import { wijzigZaak } from './wijzigen';

async function aantal(tx: Tx, tabel: typeof zaak | typeof zaakDocument, waar: ReturnType<typeof and>) {
  const [{ n }] = await tx.select({ n: count() }).from(tabel).where(waar);
  return n;
}

/** What stops a zaak from closing: suspended, an open deelzaak, a locked document. */
async function belemmering(tx: Tx, huidig: ZaakDetail): Promise<string | null> {
  if (huidig.opgeschortSinds) return 'De zaak is opgeschort: hervat haar eerst.';
  if (await aantal(tx, zaak, and(eq(zaak.hoofdzaakId, huidig.id), isNull(zaak.einddatum))))
    return 'Een deelzaak is nog open: sluit die eerst af.';
  if (
    await aantal(
      tx,
      zaakDocument,
      and(eq(zaakDocument.zaakId, huidig.id), isNotNull(zaakDocument.vergrendeldDoor)),
    )
  )
    return 'Een document is vergrendeld: iemand bewerkt het nog.';
  return null;
}

async function hoofdzaakEinde(tx: Tx, hoofdzaakId: string | null) {
  if (!hoofdzaakId) return null;
  const [h] = await tx.select({ einddatum: zaak.einddatum }).from(zaak).where(eq(zaak.id, hoofdzaakId));
  return h ?? null;
}

/**
 * Closes an open zaak with a resultaat of its zaaktype: the eindstatus, the einddatum, and the
 * archiefnominatie and archiefactiedatum derived from the resultaattype.
 */
export function sluitAf(ctx: AppContext, actor: Actor, id: string, invoer: AfsluitingInvoer) {
  const nu = ctx.now();
  return wijzigZaak(
    ctx,
    actor,
    id,
    { naam: 'afgesloten', versie: invoer.versie },
    async (huidig, tx, vandaag) => {
      const zt = await getZaaktype(tx, huidig.zaaktypeId);
      const resultaattype = zt?.resultaattypen.find((r) => r.id === invoer.resultaattypeId);
      const eindstatus = zt?.statustypen.at(-1);
      if (!resultaattype || !eindstatus) {
        const melding = 'Dit resultaat hoort niet bij het zaaktype van de zaak.';
        throw nietVerwerkbaar(melding, [{ veld: 'resultaattypeId', melding }]);
      }
      const waarom = await belemmering(tx, huidig);
      if (waarom) throw nietVerwerkbaar(waarom);
      let archief: ReturnType<typeof archivering>;
      try {
        archief = archivering(resultaattype, {
          einddatum: vandaag,
          eigenschappen: huidig.eigenschappen,
          besluiten: huidig.besluiten,
          hoofdzaak: await hoofdzaakEinde(tx, huidig.hoofdzaakId),
          gerelateerdeZaken: huidig.gerelateerd.filter((g) => g.relatie !== 'deelzaak'),
          brondatum: invoer.brondatum,
        });
      } catch (e) {
        if (!(e instanceof GeenBrondatum)) throw e;
        const veld =
          invoer.brondatum === undefined && resultaattype.afleidingswijze === 'ander_datumkenmerk'
            ? 'brondatum'
            : 'resultaattypeId';
        throw nietVerwerkbaar(e.message, [{ veld, melding: e.message }]);
      }
      return {
        set: {
          einddatum: vandaag,
          resultaattypeId: resultaattype.id,
          resultaatToelichting: invoer.toelichting ?? '',
          statustypeId: eindstatus.id,
          statusGezet: nu,
          ...archief,
        },
        logboek: [
          { soort: 'afgesloten', tekst: `Afgesloten met resultaat "${resultaattype.omschrijving}".` },
        ],
        daarna: async (t) => {
          await statusGezet(ctx, t, actor, id, eindstatus, nu, invoer.toelichting ?? '');
          await ctx.jobs.emit(t, actor, {
            type: 'zaak.afgesloten',
            objectType: 'zaak',
            objectId: id,
            data: { partijId: huidig.initiatorId, teamId: huidig.teamId, productId: null },
          });
        },
      };
    },
  );
}
