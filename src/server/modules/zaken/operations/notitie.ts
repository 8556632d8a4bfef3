import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { wijzigZaak } from './wijzigen';

/** A note of the team in the zaak's history; the desk does not see it. */
export function maakZaakNotitie(ctx: AppContext, actor: Actor, id: string, tekst: string) {
  return wijzigZaak(ctx, actor, id, { naam: 'notitie' }, () => ({ logboek: [{ soort: 'notitie', tekst }] }));
}
