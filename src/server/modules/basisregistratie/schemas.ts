import { z } from '@hono/zod-openapi';

const adres = z.object({
  straat: z.string().nullable(),
  huisnummer: z.string().nullable(),
  huisletter: z.string().nullable(),
  toevoeging: z.string().nullable(),
  postcode: z.string().nullable(),
  woonplaats: z.string().nullable(),
});

const naam = {
  bsn: z.string().nullable(),
  voornamen: z.string().nullable(),
  voorvoegsel: z.string().nullable(),
  geslachtsnaam: z.string().nullable(),
  geboortedatum: z.string().nullable(),
};

export const persoonSchema = z
  .object({
    ...naam,
    bsn: z.string(),
    geslacht: z.string().nullable(),
    geheimhouding: z.boolean(),
    overlijdensdatum: z.string().nullable(),
    adres: adres.nullable(),
    partners: z.array(z.object({ ...naam, soortVerbintenis: z.string().nullable(), ontbonden: z.boolean() })),
    kinderen: z.array(z.object(naam)),
    reisdocumenten: z.array(
      z.object({
        soort: z.string().nullable(),
        nummer: z.string().nullable(),
        uitgifte: z.string().nullable(),
        eindeGeldigheid: z.string().nullable(),
      }),
    ),
  })
  .openapi('Persoon');

export const vestigingSchema = z
  .object({
    vestigingsnummer: z.string(),
    kvkNummer: z.string(),
    rsin: z.string().nullable(),
    handelsnamen: z.array(z.string()),
    straat: z.string().nullable(),
    huisnummer: z.number().int().nullable(),
    huisletter: z.string().nullable(),
    toevoeging: z.string().nullable(),
    postcode: z.string().nullable(),
    woonplaats: z.string().nullable(),
    hoofdvestiging: z.boolean(),
  })
  .openapi('Vestiging');
