import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { onthoudOpenKaart } from '../../platform/auth/open-kaart';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { lijstQuery } from '../../platform/http/lijst';
import { body, fout404, fout409, fout422, idParams, json, route, versie } from '../../platform/http/route';
import { bsnMelding, isGeldigBsn } from '../basisregistratie/bsn';
import { persoonSchema, vestigingSchema } from '../basisregistratie/schemas';
import { kanalen } from '../klantcontacten/waarden';
import { updateContactgegevens } from './operations/contactgegevens';
import { createContactpersoon } from './operations/create-contactpersoon';
import { getPartij, toonBsn } from './operations/lees-partij';
import { openOrganisatie, openPersoon } from './operations/open-partij';
import { zoekPartijen } from './operations/zoek';
import { isVestigingsnummer, normaliseerTelefoon, zoeksoorten } from './sleutels';
import { leesTijdlijn } from './tijdlijn';

const tags = ['Partijen'];

const telefoon = z
  .string()
  .trim()
  .max(30)
  .refine(
    (t) => Boolean(normaliseerTelefoon(t)),
    'Geen geldig telefoonnummer, bijvoorbeeld 06-12345678 of +31 10 123 4567.',
  );
// 254: the longest address SMTP carries (RFC 5321).
const email = z.email({ message: 'Geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.' }).max(254);
const omschrijving = z.string().trim().max(100).nullable().optional();

const zoekresultaat = z
  .object({
    soort: z.enum(['persoon', 'organisatie', 'contactpersoon']),
    partijId: z.uuid().nullable(),
    naam: z.string(),
    organisatie: z.string().nullable().openapi({ description: 'Bij een contactpersoon: de organisatie' }),
    bsn: z.string().nullable(),
    kvkNummer: z.string().nullable(),
    vestigingsnummer: z.string().nullable(),
    geboortedatum: z.string().nullable(),
    adres: z.string().nullable(),
    geheimhouding: z.boolean(),
    bron: z.enum(['BRP', 'HR', 'Stadspunt']),
    sleutel: z.string().nullable().openapi({
      description: 'Verzegeld BSN van een persoon zonder partij: geef het aan POST /partijen/personen',
    }),
  })
  .openapi('Zoekresultaat');

const contactgegevenUit = z.object({
  id: z.uuid(),
  soort: z.enum(['telefoon', 'email']),
  waarde: z.string(),
  omschrijving: z.string().nullable(),
});
const partijUit = z
  .object({
    id: z.uuid(),
    soort: z.enum(['persoon', 'organisatie', 'contactpersoon']),
    naam: z.string(),
    bsn: z.string().nullable(),
    kvkNummer: z.string().nullable(),
    vestigingsnummer: z.string().nullable(),
    rsin: z.string().nullable(),
    voorkeurskanaal: z.string().nullable(),
    versie: z.number().int(),
    aangemaakt: z.string(),
    // A union, not .nullable(): that would make the shared components Persoon and Vestiging nullable.
    persoon: z.union([persoonSchema, z.null()]).openapi({ description: 'Actuele BRP-gegevens' }),
    vestiging: z
      .union([vestigingSchema, z.null()])
      .openapi({ description: 'Gegevens uit het Handelsregister' }),
    bron: z.object({ naam: z.string(), opgehaald: z.string() }).nullable(),
    contactgegevens: z.array(contactgegevenUit),
    organisatie: z.object({ id: z.uuid(), naam: z.string() }).nullable(),
    contactpersonen: z.array(
      z.object({ id: z.uuid(), naam: z.string(), contactgegevens: z.array(contactgegevenUit) }),
    ),
  })
  .openapi('Partij');

const tijdlijnItem = z
  .object({
    type: z.string(),
    id: z.uuid(),
    partijId: z.uuid(),
    tijdstip: z.string(),
    kanaal: z.string().nullable(),
    titel: z.string(),
    omschrijving: z.string(),
    status: z.string().nullable(),
    door: z.string().nullable(),
  })
  .openapi('TijdlijnItem');

const zoekRoute = route({
  method: 'get',
  path: '/api/v1/partijen/zoeken',
  beleid: 'partij.zoeken',
  tags,
  summary:
    'Eén zoekvak: BSN, naam (met geboortedatum), postcode + huisnummer, telefoon, e-mail, KvK- of vestigingsnummer, bedrijfsnaam',
  request: { query: z.object({ q: z.string().trim().min(1, 'Typ wat u zoekt.').max(254) }) },
  responses: { 200: json(z.object({ zoeksoort: z.enum(zoeksoorten), items: z.array(zoekresultaat) })) },
});
const openPersoonRoute = route({
  method: 'post',
  path: '/api/v1/partijen/personen',
  beleid: 'partij.openen',
  tags,
  summary: 'Partij van een persoon uit de BRP openen (of aanmaken)',
  request: body(
    z.union(
      [
        z.strictObject({ bsn: z.string().refine(isGeldigBsn, bsnMelding) }),
        z.strictObject({ sleutel: z.string().min(1).max(200) }),
      ],
      { error: 'Geef het BSN of de sleutel uit het zoekresultaat.' },
    ),
  ),
  responses: { 200: json(z.object({ id: z.uuid() })), ...fout404 },
});
const openOrganisatieRoute = route({
  method: 'post',
  path: '/api/v1/partijen/organisaties',
  beleid: 'partij.openen',
  tags,
  summary: 'Partij van een vestiging uit het Handelsregister openen (of aanmaken)',
  request: body(
    z.strictObject({
      vestigingsnummer: z.string().refine(isVestigingsnummer, 'Een vestigingsnummer heeft 12 cijfers.'),
    }),
  ),
  responses: { 200: json(z.object({ id: z.uuid() })), ...fout404 },
});
const partijRoute = route({
  method: 'get',
  path: '/api/v1/partijen/{id}',
  beleid: 'partij.lezen',
  tags,
  summary: 'Partijkaart van het 360-scherm',
  request: {
    params: idParams,
    query: z.object({
      zoeksoort: z.enum(zoeksoorten).optional().openapi({
        description:
          'Geopend uit de zoekresultaten van deze soort zoekvraag: staat bij de inzage in het auditlog',
      }),
    }),
  },
  responses: { 200: json(partijUit), ...fout404 },
});
const contactgegevensRoute = route({
  method: 'put',
  path: '/api/v1/partijen/{id}/contactgegevens',
  beleid: 'partij.contactgegevens',
  tags,
  summary: 'Contactgegevens vastleggen',
  request: {
    params: idParams,
    ...body(
      z.strictObject({
        versie,
        voorkeurskanaal: z.enum(kanalen).nullable().optional(),
        telefoonnummers: z.array(z.strictObject({ waarde: telefoon, omschrijving })).max(10),
        emailadressen: z.array(z.strictObject({ waarde: email, omschrijving })).max(10),
      }),
    ),
  },
  responses: { 200: json(partijUit), ...fout404, ...fout409 },
});
const contactpersoonRoute = route({
  method: 'post',
  path: '/api/v1/partijen/{id}/contactpersonen',
  beleid: 'partij.contactgegevens',
  tags,
  summary: 'Contactpersoon van een organisatie toevoegen',
  request: {
    params: idParams,
    ...body(
      z.strictObject({
        naam: z.string().trim().min(2, 'Vul minstens 2 tekens in.').max(200),
        telefoonnummer: telefoon.nullable().optional(),
        emailadres: email.nullable().optional(),
      }),
    ),
  },
  responses: { 201: json(z.object({ id: z.uuid() }), 'Aangemaakt'), ...fout404, ...fout422 },
});
const bsnRoute = route({
  method: 'post',
  path: '/api/v1/partijen/{id}/bsn-inzage',
  beleid: 'partij.bsn-inzage',
  tags,
  summary: 'Volledig BSN tonen (wordt gelogd)',
  request: {
    params: idParams,
    ...body(
      z.strictObject({
        reden: z
          .string({ error: 'Geef een reden waarom u het BSN inziet.' })
          .trim()
          .min(3, 'Geef een reden waarom u het BSN inziet.')
          .max(200),
      }),
    ),
  },
  responses: { 200: json(z.object({ bsn: z.string() })), ...fout404 },
});
const tijdlijnRoute = route({
  method: 'get',
  path: '/api/v1/partijen/{id}/tijdlijn',
  beleid: 'partij.tijdlijn',
  tags,
  summary: 'Alles met deze partij, nieuwste eerst',
  request: {
    params: idParams,
    query: lijstQuery
      .pick({ page: true, pageSize: true })
      .extend({ kanaal: z.enum(kanalen).optional(), type: z.string().max(50).optional() }),
  },
  responses: {
    200: json(
      z.object({
        items: z.array(tijdlijnItem),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    ),
    ...fout404,
  },
});

export function partijenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(zoekRoute, async (c) =>
    c.json(await zoekPartijen(c.get('ctx'), actorVan(c), c.req.valid('query').q), 200),
  );
  app.openapi(openPersoonRoute, async (c) =>
    c.json({ id: await openPersoon(c.get('ctx'), actorVan(c), c.req.valid('json')) }, 200),
  );
  app.openapi(openOrganisatieRoute, async (c) =>
    c.json(
      { id: await openOrganisatie(c.get('ctx'), actorVan(c), c.req.valid('json').vestigingsnummer) },
      200,
    ),
  );
  app.openapi(partijRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { zoeksoort } = c.req.valid('query');
    const kaart = await getPartij(c.get('ctx'), actorVan(c), id, { audit: true, zoeksoort });
    await onthoudOpenKaart(c, id);
    return c.json(kaart, 200);
  });
  app.openapi(contactgegevensRoute, async (c) =>
    c.json(
      await updateContactgegevens(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(contactpersoonRoute, async (c) =>
    c.json(
      {
        id: await createContactpersoon(
          c.get('ctx'),
          actorVan(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      },
      201,
    ),
  );
  app.openapi(bsnRoute, async (c) =>
    c.json(await toonBsn(c.get('ctx'), actorVan(c), c.req.valid('param').id, c.req.valid('json').reden), 200),
  );
  app.openapi(tijdlijnRoute, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await leesTijdlijn(c.get('ctx'), c.req.valid('param').id, filter, page, pageSize), 200);
  });
}
