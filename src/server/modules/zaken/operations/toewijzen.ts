import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db/client';
import { geenToegang, nietVerwerkbaar } from '../../../platform/http/problem';
import { medewerkerNaam } from '../../organisatie/operations/medewerker-lezen';
import { isTeamlid } from '../../organisatie/operations/teamlidmaatschap';
import { zaakRol } from '../schema';
import { wijzigZaak } from './wijzigen';

/** The behandelaar role follows the zaak's behandelaar: one at a time. */
async function zetBehandelaarRol(
  tx: Tx,
  zaakId: string,
  medewerkerId: string | null,
  naam: string | null,
  nu: Date,
) {
  await tx
    .delete(zaakRol)
    .where(and(eq(zaakRol.zaakId, zaakId), eq(zaakRol.omschrijvingGeneriek, 'behandelaar')));
  if (medewerkerId)
    await tx.insert(zaakRol).values({
      zaakId,
      omschrijvingGeneriek: 'behandelaar',
      medewerkerId,
      naam: naam ?? '',
      registratie: nu,
    });
}

/** An employee of the zaak's team takes it on. */
export function pakZaakOp(ctx: AppContext, actor: Actor, id: string, versie?: number) {
  const nu = ctx.now();
  return wijzigZaak(ctx, actor, id, { naam: 'opgepakt', versie }, () => {
    if (!actor.id) throw geenToegang('Alleen een medewerker kan een zaak oppakken.');
    const medewerkerId = actor.id;
    return {
      set: { behandelaarId: medewerkerId },
      logboek: [{ soort: 'opgepakt', tekst: `Opgepakt door ${actor.naam}.` }],
      daarna: (tx) => zetBehandelaarRol(tx, id, medewerkerId, actor.naam, nu),
    };
  });
}

/** A key user or teamleider of the team assigns the zaak to a member (or no one). */
export function wijsZaakToe(
  ctx: AppContext,
  actor: Actor,
  id: string,
  behandelaarId: string | null,
  versie?: number,
) {
  const nu = ctx.now();
  return wijzigZaak(ctx, actor, id, { naam: 'toegewezen', regie: true, versie }, async (huidig, tx) => {
    const naam = behandelaarId ? await medewerkerNaam(tx, behandelaarId) : null;
    if (behandelaarId && !(naam && (await isTeamlid(tx, huidig.teamId, behandelaarId)))) {
      const melding = `Deze medewerker hoort niet bij ${huidig.teamNaam}.`;
      throw nietVerwerkbaar(melding, [{ veld: 'behandelaarId', melding }]);
    }
    return {
      set: { behandelaarId },
      logboek: [{ soort: 'toegewezen', tekst: naam ? `Toegewezen aan ${naam}.` : 'Toewijzing opgeheven.' }],
      daarna: (t) => zetBehandelaarRol(t, id, behandelaarId, naam, nu),
    };
  });
}
