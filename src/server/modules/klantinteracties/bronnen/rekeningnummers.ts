import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { filterSchema as f, filter, ref, urlVan } from '../bron';
import { eigenTabel, naarPartij } from '../eigen-tabel';
import { kiRekeningnummer } from '../schema';
import { verwijzing } from '../schemas';

/** ISO 13616: the country and check digits moved to the end, letters as numbers, modulo 97 is 1. */
export function isGeldigeIban(iban: string): boolean {
  const omgezet = (iban.slice(4) + iban.slice(0, 4))
    .toUpperCase()
    .replace(/[A-Z]/g, (l) => String(l.charCodeAt(0) - 55));
  let rest = 0;
  for (const cijfer of omgezet) rest = (rest * 10 + Number(cijfer)) % 97;
  return rest === 1;
}

export const rekeningnummers = eigenTabel({
  pad: 'rekeningnummers',
  naam: 'Dit rekeningnummer',
  object: 'rekeningnummer',
  tabel: kiRekeningnummer,
  filters: {
    bic: filter(f.tekst, (v: string) => eq(kiRekeningnummer.bic, v)),
    iban: filter(f.tekst, (v: string) => eq(kiRekeningnummer.iban, v)),
    uuid: filter(f.uuid, (v: string) => eq(kiRekeningnummer.id, v)),
  },
  toon: (r, w) => ({
    uuid: r.id,
    url: urlVan(w, 'rekeningnummers', r.id),
    partij: ref(w, 'partijen', r.partijId),
    iban: r.iban,
    ...(r.bic ? { bic: r.bic } : {}),
  }),
  invoer: z.object({
    partij: verwijzing.nullable().optional(),
    iban: z
      .string()
      .max(34, 'Maximaal 34 tekens.')
      .regex(/^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$/, 'Geen geldig IBAN, bijvoorbeeld NL91ABNA0417164300.')
      .refine(isGeldigeIban, 'Het controlegetal van dit IBAN klopt niet.'),
    bic: z
      .string()
      .min(8, 'Een BIC heeft 8 of 11 tekens.')
      .max(11, 'Een BIC heeft 8 of 11 tekens.')
      .regex(/^[\S]+$/, 'Een BIC heeft geen spaties.')
      .optional(),
  }),
  waarden: (i) => ({ partijId: i.partij?.uuid ?? null, iban: i.iban.toUpperCase(), bic: i.bic ?? '' }),
  verwijzingen: (i) => [naarPartij('partij.uuid', i.partij?.uuid)],
});
