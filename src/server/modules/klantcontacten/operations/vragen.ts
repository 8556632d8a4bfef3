import type { Tx } from '../../../platform/db/client';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { productNamen } from '../../catalogus/producten';
import { vraag } from '../schema';
import type { VraagInvoer } from '../schemas';

/** Checks the questions as a whole (product known, subject present, referral named) and stores them. */
export async function schrijfVragen(tx: Tx, klantcontactId: string, vragen: VraagInvoer[]) {
  const namen = await productNamen(
    tx,
    vragen.flatMap((v) => (v.productId ? [v.productId] : [])),
  );
  const fouten: VeldFout[] = [];
  const rijen = vragen.map((v, i) => {
    const onderwerp = v.productId ? namen.get(v.productId) : v.onderwerp;
    if (v.productId && !onderwerp)
      fouten.push({ veld: `vragen.${i}.productId`, melding: 'Dit product bestaat niet.' });
    else if (!onderwerp)
      fouten.push({ veld: `vragen.${i}.onderwerp`, melding: 'Kies een product of vul een onderwerp in.' });
    if (v.uitkomst === 'doorverwezen' && !v.doorverwezenNaar) {
      fouten.push({
        veld: `vragen.${i}.doorverwezenNaar`,
        melding: 'Vul in naar welke organisatie is doorverwezen.',
      });
    }
    return {
      klantcontactId,
      volgnummer: i + 1,
      productId: v.productId ?? null,
      onderwerp: onderwerp ?? '',
      vraag: v.vraag,
      antwoord: v.antwoord ?? '',
      uitkomst: v.uitkomst,
      doorverwezenNaar: v.doorverwezenNaar ?? null,
    };
  });
  if (fouten.length > 0) throw nietVerwerkbaar('Niet alle vragen zijn compleet.', fouten);
  if (rijen.length === 0) return [];
  const opgeslagen = await tx.insert(vraag).values(rijen).returning();
  return opgeslagen.map(({ klantcontactId: _, ...v }) => v);
}

export const minstensEenVraag = () =>
  nietVerwerkbaar('Een klantcontact heeft minstens één vraag.', [
    { veld: 'vragen', melding: 'Registreer minstens één vraag met onderwerp en uitkomst.' },
  ]);
