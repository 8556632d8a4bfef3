import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { resultaattypeFouten } from '../regels';
import { resultaattype, selectielijstResultaat } from '../schema';
import type { OnderdeelInvoer } from '../schemas';
import { weigerBij, wijzigConcept } from './concept';

/** The resultaattypen of a concept, each with its selectielijst class and archive rules. */
export function zetResultaattypen(
  ctx: AppContext,
  actor: Actor,
  id: string,
  { versie, items }: OnderdeelInvoer<'resultaattypen'>,
) {
  return wijzigConcept(ctx, actor, id, versie, 'resultaattypen-gewijzigd', async (_huidig, tx) => {
    const klassen = items.map((r) => r.selectielijstklasse);
    const bekend = klassen.length
      ? new Set(
          (
            await tx
              .select({ url: selectielijstResultaat.url })
              .from(selectielijstResultaat)
              .where(inArray(selectielijstResultaat.url, klassen))
          ).map((k) => k.url),
        )
      : new Set<string>();
    weigerBij([
      ...items.flatMap((r, i) =>
        bekend.has(r.selectielijstklasse)
          ? []
          : [
              {
                veld: `items.${i}.selectielijstklasse`,
                melding: 'Dit resultaat staat niet in de selectielijst.',
              },
            ],
      ),
      ...resultaattypeFouten(items),
    ]);
    await tx.delete(resultaattype).where(eq(resultaattype.zaaktypeId, id));
    if (items.length) await tx.insert(resultaattype).values(items.map((r) => ({ ...r, zaaktypeId: id })));
    return { resultaattypen: items.map((r) => r.omschrijving) };
  });
}
