import { hash, verify } from '@node-rs/argon2';
import { accountVan, zetWachtwoord } from '../../modules/organisatie/operations/aanmelding';
import { audit } from '../audit/audit';
import type { AppContext } from '../context';
import { ongeldig } from '../http/problem';
import type { Actor } from './rollen';
import { beeindigSessies } from './sessies';

/** A new own password ends every other session of the employee: whoever knew the old one is out. */
export async function changeWachtwoord(
  ctx: AppContext,
  actor: Actor,
  huidig: string,
  nieuw: string,
  huidigeSessie?: string,
): Promise<void> {
  if (!actor.id) throw ongeldig([{ veld: 'huidig', melding: 'Alleen medewerkers hebben een wachtwoord.' }]);
  const mw = await accountVan(ctx.db, actor.id);
  if (!mw?.wachtwoordHash || !(await verify(mw.wachtwoordHash, huidig))) {
    throw ongeldig([{ veld: 'huidig', melding: 'Het huidige wachtwoord klopt niet.' }]);
  }
  if (huidig === nieuw)
    throw ongeldig([{ veld: 'nieuw', melding: 'Kies een ander wachtwoord dan het huidige.' }]);
  const wachtwoordHash = await hash(nieuw);
  await ctx.db.transaction(async (tx) => {
    await zetWachtwoord(tx, actor.id as string, wachtwoordHash, false);
    const andereSessies = await beeindigSessies(tx, actor.id as string, huidigeSessie);
    await audit(tx, actor, {
      actie: 'medewerker.wachtwoord-gewijzigd',
      objectType: 'medewerker',
      objectId: actor.id,
      details: { andereSessiesBeeindigd: andereSessies },
    });
  });
}
