import { type SQL, sql } from 'drizzle-orm';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { productNaamSql } from '../../catalogus/producten';
import type { VraagInvoer } from '../schemas';

/** What can be checked without the database: a subject for every question, a named referral. */
export function vraagFouten(vragen: VraagInvoer[]): VeldFout[] {
  return vragen.flatMap((v, i) => [
    ...(!v.productId && !v.onderwerp
      ? [{ veld: `vragen.${i}.onderwerp`, melding: 'Kies een product of vul een onderwerp in.' }]
      : []),
    ...(v.uitkomst === 'doorverwezen' && !v.doorverwezenNaar
      ? [{ veld: `vragen.${i}.doorverwezenNaar`, melding: 'Vul in naar welke organisatie is doorverwezen.' }]
      : []),
  ]);
}

/** The questions of contact number `i` of a statement, as rows for vragenCtes. */
export const vraagRijen = (vragen: VraagInvoer[], i = 0) =>
  vragen.map((v, n) => ({
    i,
    volgnummer: n + 1,
    product_id: v.productId ?? null,
    onderwerp: v.onderwerp ?? '',
    vraag: v.vraag,
    antwoord: v.antwoord ?? '',
    uitkomst: v.uitkomst,
    doorverwezen_naar: v.doorverwezenNaar ?? null,
  }));

/**
 * The CTEs `invoer` (the question rows with the name of their product) and `onbekend` (contact
 * and question number of each question whose product does not exist). Lookups are scalar
 * subqueries: an index probe per row, whatever the planner guesses of the number of rows.
 */
export const vragenCtes = (rijen: ReturnType<typeof vraagRijen>) => sql`invoer as (
      select v.*, ${productNaamSql(sql`v.product_id`)} as product_naam
      from jsonb_to_recordset(${JSON.stringify(rijen)}::jsonb) as v(i int, volgnummer int, product_id uuid,
        onderwerp text, vraag text, antwoord text, uitkomst text, doorverwezen_naar text)),
    onbekend as (select i, volgnummer from invoer where product_id is not null and product_naam is null)`;

/**
 * Inserts the `invoer` rows of each contact in `klantcontact` (a relation with the contact's
 * `id` and its number `i`); a product's name becomes the subject.
 */
export const voegVragenToe = (klantcontact: SQL) => sql`insert into vraag
    (klantcontact_id, volgnummer, product_id, onderwerp, vraag, antwoord, uitkomst, doorverwezen_naar)
  select k.id, v.volgnummer, case when v.product_naam is not null then v.product_id end,
    coalesce(v.product_naam, v.onderwerp), v.vraag, v.antwoord, v.uitkomst, v.doorverwezen_naar
  from ${klantcontact} k join invoer v on v.i = k.i
  returning klantcontact_id, id, volgnummer, product_id as "productId", onderwerp, vraag, antwoord, uitkomst,
    doorverwezen_naar as "doorverwezenNaar"`;

const volgorde = (f: VeldFout) => Number(f.veld.split('.')[1]);

/** Every problem at once, in question order; nothing was written when there is one. */
export function controleerVragen(fouten: VeldFout[], onbekend: number[]): void {
  const alle = [
    ...fouten,
    ...onbekend.map((n) => ({ veld: `vragen.${n - 1}.productId`, melding: 'Dit product bestaat niet.' })),
  ].sort((a, b) => volgorde(a) - volgorde(b));
  if (alle.length > 0) throw nietVerwerkbaar('Niet alle vragen zijn compleet.', alle);
}

export const minstensEenVraag = () =>
  nietVerwerkbaar('Een klantcontact heeft minstens één vraag.', [
    { veld: 'vragen', melding: 'Registreer minstens één vraag met onderwerp en uitkomst.' },
  ]);
