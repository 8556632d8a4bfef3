import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { conflict } from '../../../platform/http/problem';
import { dagErna, geldigheidFout } from '../regels';
import {
  eigenschap,
  resultaattype,
  roltype,
  statustype,
  zaaktype,
  zaaktypeBesluittype,
  zaaktypeInformatieobjecttype,
} from '../schema';
import { vorigeVersie, weigerBij, zetProducten } from './concept';
import { getZaaktypeVolledig } from './lees-zaaktype';

const zonder = <T extends { id: string }>({ id: _, ...rest }: T) => rest;

/**
 * A new concept version of the latest published one, with a copy of everything. It begins
 * after the previous version (by default today, or the day after the previous began).
 */
export async function nieuweVersie(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, beginGeldigheid }: { versie: number; beginGeldigheid?: string },
) {
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select id from zaaktype where id = ${id} for update`);
    const bron = await getZaaktypeVolledig(tx, id);
    if (bron.concept) throw conflict('Dit is nog een concept: wijzig dat zelf.', bron);
    if (versie !== bron.versie) throw conflict('Dit zaaktype is intussen gewijzigd.', bron);
    const [concept] = await tx
      .select({ id: zaaktype.id })
      .from(zaaktype)
      .where(and(eq(zaaktype.identificatie, bron.identificatie), eq(zaaktype.concept, true)));
    if (concept)
      throw conflict(
        'Er is al een conceptversie van dit zaaktype.',
        await getZaaktypeVolledig(tx, concept.id),
      );
    const vorige = await vorigeVersie(tx, bron.identificatie);
    if (vorige?.id !== id)
      throw conflict('Maak een nieuwe versie van de nieuwste versie van dit zaaktype.', bron);
    const vandaag = amsterdamseDatum(ctx.now());
    const begin =
      beginGeldigheid ?? (vandaag > vorige.beginGeldigheid ? vandaag : dagErna(vorige.beginGeldigheid));
    weigerBij(geldigheidFout(begin, vorige.beginGeldigheid));
    const {
      statustypen,
      resultaattypen,
      roltypen,
      eigenschappen,
      informatieobjecttypen,
      besluittypen,
      producten,
    } = bron;
    const [rij] = await tx
      .insert(zaaktype)
      .values({
        ...zonder(bron),
        concept: true,
        beginGeldigheid: begin,
        eindeGeldigheid: null,
        versiedatum: begin,
        versie: 1,
        aangemaakt: ctx.now(),
      })
      .returning({ id: zaaktype.id });
    const nieuw = rij.id;
    if (statustypen.length)
      await tx.insert(statustype).values(statustypen.map((s) => ({ ...zonder(s), zaaktypeId: nieuw })));
    if (resultaattypen.length)
      await tx.insert(resultaattype).values(resultaattypen.map((r) => ({ ...zonder(r), zaaktypeId: nieuw })));
    if (roltypen.length)
      await tx.insert(roltype).values(roltypen.map((r) => ({ ...zonder(r), zaaktypeId: nieuw })));
    if (eigenschappen.length)
      await tx.insert(eigenschap).values(eigenschappen.map((e) => ({ ...zonder(e), zaaktypeId: nieuw })));
    if (informatieobjecttypen.length)
      await tx.insert(zaaktypeInformatieobjecttype).values(
        informatieobjecttypen.map((t) => ({
          zaaktypeId: nieuw,
          informatieobjecttypeId: t.id,
          volgnummer: t.volgnummer,
          richting: t.richting,
        })),
      );
    if (besluittypen.length)
      await tx
        .insert(zaaktypeBesluittype)
        .values(besluittypen.map((b) => ({ zaaktypeId: nieuw, besluittypeId: b.id })));
    await zetProducten(
      tx,
      nieuw,
      producten.map((p) => p.id),
    );
    await audit(tx, actor, {
      actie: 'zaaktype.nieuwe-versie',
      objectType: 'zaaktype',
      objectId: nieuw,
      details: { vorigeVersie: id, beginGeldigheid: begin },
    });
    return getZaaktypeVolledig(tx, nieuw);
  });
}
