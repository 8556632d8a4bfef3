import { sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import type { AppContext } from '../../../platform/context';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { getZaaktype } from '../../zaaktypen/lezen';
import { besluit } from '../schema';
import type { BesluitInvoer } from '../schemas';
import { wijzigZaak } from './wijzigen';

function datumFouten(b: BesluitInvoer, vandaag: string): VeldFout[] {
  return [
    ...(b.datum > vandaag ? [{ veld: 'datum', melding: 'De besluitdatum ligt in de toekomst.' }] : []),
    ...(b.ingangsdatum < b.datum
      ? [{ veld: 'ingangsdatum', melding: 'Een besluit gaat niet in vóór de besluitdatum.' }]
      : []),
    ...(b.vervaldatum && b.vervaldatum < b.ingangsdatum
      ? [{ veld: 'vervaldatum', melding: 'De vervaldatum ligt vóór de ingangsdatum.' }]
      : []),
  ];
}

/** Records a besluit on an open zaak, of one of the zaaktype's besluittypen when given. */
export function legBesluitVast(ctx: AppContext, actor: Actor, id: string, invoer: BesluitInvoer) {
  const nu = ctx.now();
  return wijzigZaak(ctx, actor, id, { naam: 'besluit' }, async (huidig, tx, vandaag) => {
    const zt = await getZaaktype(tx, huidig.zaaktypeId);
    const fouten = [
      ...datumFouten(invoer, vandaag),
      ...(invoer.besluittypeId && !zt?.besluittypeIds.includes(invoer.besluittypeId)
        ? [{ veld: 'besluittypeId', melding: 'Dit besluittype hoort niet bij het zaaktype van de zaak.' }]
        : []),
    ];
    if (fouten.length > 0) throw nietVerwerkbaar('Het besluit is niet compleet.', fouten);
    return {
      logboek: [
        { soort: 'besluit', tekst: `Besluit: ${invoer.omschrijving}, gaat in op ${invoer.ingangsdatum}.` },
      ],
      daarna: (t) =>
        t.insert(besluit).values({
          ...invoer,
          besluittypeId: invoer.besluittypeId ?? null,
          vervaldatum: invoer.vervaldatum ?? null,
          toelichting: invoer.toelichting ?? '',
          identificatie: sql`${`BESLUIT-${vandaag.slice(0, 4)}-`} || lpad(nextval('zaak_nummer')::text, 7, '0')`,
          zaakId: id,
          medewerkerId: actor.id,
          aangemaakt: nu,
        }),
    };
  });
}
