import type { Tx } from '../../../platform/db/client';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { productIdSql, productNaamSql } from '../../catalogus/producten';
import { vraag } from '../schema';
import type { VraagInvoer } from '../schemas';

/** What can be checked without the database: a subject for every question, a named referral. */
function controleer(vragen: VraagInvoer[]): VeldFout[] {
  return vragen.flatMap((v, i) => [
    ...(!v.productId && !v.onderwerp
      ? [{ veld: `vragen.${i}.onderwerp`, melding: 'Kies een product of vul een onderwerp in.' }]
      : []),
    ...(v.uitkomst === 'doorverwezen' && !v.doorverwezenNaar
      ? [{ veld: `vragen.${i}.doorverwezenNaar`, melding: 'Vul in naar welke organisatie is doorverwezen.' }]
      : []),
  ]);
}

const volgorde = (f: VeldFout) => Number(f.veld.split('.')[1]);

/**
 * Stores the questions; a product's name becomes the subject in the same statement. Every
 * problem is reported at once, and any problem rolls the whole contact back.
 */
export async function schrijfVragen(tx: Tx, klantcontactId: string, vragen: VraagInvoer[]) {
  if (vragen.length === 0) return [];
  const rijen = vragen.map((v, i) => ({
    klantcontactId,
    volgnummer: i + 1,
    productId: v.productId ? productIdSql(v.productId) : null,
    onderwerp: v.productId ? productNaamSql(v.productId) : (v.onderwerp ?? ''),
    vraag: v.vraag,
    antwoord: v.antwoord ?? '',
    uitkomst: v.uitkomst,
    doorverwezenNaar: v.doorverwezenNaar ?? null,
  }));
  const opgeslagen = await tx.insert(vraag).values(rijen).returning();
  const fouten = [
    ...controleer(vragen),
    ...opgeslagen
      .filter((v) => vragen[v.volgnummer - 1].productId && !v.productId)
      .map((v) => ({ veld: `vragen.${v.volgnummer - 1}.productId`, melding: 'Dit product bestaat niet.' })),
  ].sort((a, b) => volgorde(a) - volgorde(b));
  if (fouten.length > 0) throw nietVerwerkbaar('Niet alle vragen zijn compleet.', fouten);
  return opgeslagen.map(({ klantcontactId: _, ...v }) => v);
}

export const minstensEenVraag = () =>
  nietVerwerkbaar('Een klantcontact heeft minstens één vraag.', [
    { veld: 'vragen', melding: 'Registreer minstens één vraag met onderwerp en uitkomst.' },
  ]);
