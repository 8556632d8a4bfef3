import { csv } from '../../../shared/csv';
import type { Actor } from '../auth/rollen';
import type { AppContext } from '../context';
import { nietVerwerkbaar } from '../http/problem';
import { audit } from './audit';
import { type AuditSelectie, alleAuditregels } from './zoeken';

/** More lines than a spreadsheet is pleasant with; a shorter period or a filter helps. */
export const MAX_EXPORT = 50_000;

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'short',
  timeStyle: 'medium',
});

const kolommen = [
  'Tijdstip',
  'Medewerker',
  'Rol',
  'Actie',
  'Objecttype',
  'Object',
  'Object-id',
  'Persoonsgegevens',
  'Reden',
  'IP-adres',
  'Request-id',
];

/**
 * The audit trail of a filter as CSV (semicolons and a BOM, as Excel in Dutch opens it), with
 * the objects named and every BSN masked (by the search). The export is itself recorded in the trail.
 */
export async function exporteerAudit(ctx: AppContext, actor: Actor, f: AuditSelectie): Promise<string> {
  const regels = await alleAuditregels(ctx.db, f, MAX_EXPORT);
  if (!regels)
    throw nietVerwerkbaar(
      `Meer dan ${MAX_EXPORT.toLocaleString('nl-NL')} regels: kies een kortere periode of een preciezer filter.`,
    );
  await audit(ctx.db, actor, {
    actie: 'audit.geexporteerd',
    objectType: 'audit',
    persoonsgegevens: true,
    details: { ...f, regels: regels.length },
  });
  return csv(
    kolommen,
    regels.map((r) => [
      tijdstip.format(new Date(r.tijdstip)),
      r.medewerkerNaam,
      r.rol,
      r.actie,
      r.objectType,
      r.objectNaam,
      r.objectId,
      r.persoonsgegevens ? 'ja' : 'nee',
      r.reden,
      r.adres,
      r.requestId,
    ]),
  );
}
