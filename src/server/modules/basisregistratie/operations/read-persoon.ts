import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietGevonden } from '../../../platform/http/problem';
import { persoonVan, persoonVoor } from '../persoon';
import { brpPersoonslijst } from '../schema';

export const BRON = 'BRP (testset RvIG, 2 mei 2022)';

/** Every read of a person is audited as a read of personal data, with the reason given. */
export async function readPersoon(ctx: AppContext, actor: Actor, bsn: string, reden: string | undefined) {
  const lijst = await ctx.db.transaction(async (tx) => {
    const [gevonden] = await tx.select().from(brpPersoonslijst).where(eq(brpPersoonslijst.bsn, bsn)).limit(1);
    await audit(tx, actor, {
      actie: 'brp.persoon-gelezen',
      objectType: 'persoon',
      objectId: bsn,
      persoonsgegevens: true,
      reden,
      details: { gevonden: Boolean(gevonden) },
    });
    return gevonden;
  });
  // Thrown after the commit: an unsuccessful lookup is a read attempt that stays in the audit trail.
  if (!lijst) throw nietGevonden('Een persoon met dit BSN');
  return {
    ...persoonVoor(actor, persoonVan({ ...lijst, bsn })),
    bron: BRON,
    opgehaald: lijst.geladen.toISOString(),
  };
}
