import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../platform/http/lijst';
import { versie } from '../../platform/http/route';
import { archiefnominaties, roltypenGeneriek, vertrouwelijkheden } from '../zaaktypen/waarden';
import { logboekSoorten, relatieAarden, zaaknormen } from './waarden';

const tekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`);
const id = (wat: string) => z.uuid({ message: `Geen geldig ${wat}-id.` });
const datum = (wat: string) => z.iso.date({ message: `Geef ${wat} als datum (JJJJ-MM-DD).` });
const metVersie = { versie: versie.optional() };

export const zaakInvoer = z
  .strictObject({
    zaaktypeId: id('zaaktype'),
    omschrijving: tekst(80).min(1, 'Vul de omschrijving van de zaak in.'),
    toelichting: tekst(1000).optional(),
    teamId: id('team').optional().openapi({ description: 'Standaard het team van het zaaktype' }),
    behandelaarId: id('medewerker').optional(),
    initiatorPartijId: id('partij')
      .optional()
      .openapi({ description: 'De inwoner of het bedrijf dat de zaak aanvroeg' }),
    klantcontactId: id('klantcontact')
      .optional()
      .openapi({ description: 'Het contact waaruit de zaak voortkwam' }),
    hoofdzaakId: id('zaak').optional().openapi({ description: 'Maakt hiervan een deelzaak' }),
    startdatum: datum('de startdatum').optional().openapi({ description: 'Standaard vandaag' }),
    vertrouwelijkheid: z.enum(vertrouwelijkheden).optional(),
    eigenschappen: z
      .array(z.strictObject({ eigenschapId: id('eigenschap'), waarde: tekst(1000) }))
      .max(50)
      .optional(),
  })
  .openapi('ZaakInvoer');
export type ZaakInvoer = z.infer<typeof zaakInvoer>;

export const zaakUit = z
  .object({
    id: z.uuid(),
    identificatie: z.string(),
    zaaktypeId: z.uuid(),
    zaaktypeOmschrijving: z.string(),
    omschrijving: z.string(),
    toelichting: z.string(),
    teamId: z.uuid(),
    teamNaam: z.string(),
    behandelaarId: z.uuid().nullable(),
    behandelaarNaam: z.string().nullable(),
    initiatorId: z.uuid().nullable(),
    initiatorNaam: z.string().nullable(),
    klantcontactId: z.uuid().nullable(),
    hoofdzaakId: z.uuid().nullable(),
    vertrouwelijkheid: z.enum(vertrouwelijkheden),
    registratiedatum: z.string(),
    startdatum: z.string(),
    einddatumGepland: z.string().nullable().openapi({ description: 'Volgens de servicenorm (de belofte)' }),
    uiterlijkeEinddatumAfdoening: z
      .string()
      .openapi({ description: 'Volgens de doorlooptijd (de wettelijke termijn)' }),
    einddatum: z.string().nullable(),
    statustypeId: z.uuid().nullable(),
    statusOmschrijving: z.string().nullable(),
    statusGezet: z.string().nullable(),
    resultaattypeId: z.uuid().nullable(),
    resultaatOmschrijving: z.string().nullable(),
    resultaatToelichting: z.string(),
    archiefnominatie: z.enum(archiefnominaties).nullable(),
    archiefactiedatum: z.string().nullable(),
    opgeschortSinds: z.string().nullable(),
    opschortingReden: z.string(),
    opgeschortGeweest: z.boolean(),
    verlengingDuur: z.string().nullable(),
    verlengingReden: z.string(),
    versie: z.number().int(),
    termijn: z.string().openapi({ example: 'nog 12 werkdagen' }),
    teLaat: z.boolean().openapi({ description: 'Over de uiterlijke einddatum (wettelijke termijn)' }),
    servicenormOverschreden: z.boolean(),
    niveau: z.enum(['volledig', 'status']).openapi({
      description: 'volledig: alles; status: waar de zaak staat, zonder notities, eigenschappen en besluiten',
    }),
    mag: z.object({ behandelen: z.boolean(), toewijzen: z.boolean() }),
  })
  .openapi('Zaak');

export const zaakDetail = zaakUit
  .extend({
    statussen: z.array(
      z.object({
        statustypeId: z.uuid(),
        omschrijving: z.string(),
        datumStatusGezet: z.string(),
        statustoelichting: z.string(),
      }),
    ),
    rollen: z.array(
      z.object({
        id: z.uuid(),
        omschrijvingGeneriek: z.enum(roltypenGeneriek),
        partijId: z.uuid().nullable(),
        medewerkerId: z.uuid().nullable(),
        naam: z.string(),
      }),
    ),
    eigenschappen: z.array(z.object({ eigenschapId: z.uuid(), naam: z.string(), waarde: z.string() })),
    besluiten: z.array(
      z.object({
        id: z.uuid(),
        identificatie: z.string(),
        omschrijving: z.string(),
        datum: z.string(),
        ingangsdatum: z.string(),
        vervaldatum: z.string().nullable(),
        toelichting: z.string(),
      }),
    ),
    gerelateerd: z.array(
      z.object({
        id: z.uuid(),
        identificatie: z.string(),
        omschrijving: z.string(),
        einddatum: z.string().nullable(),
        relatie: z.string().openapi({ description: 'deelzaak, vervolg, onderwerp of bijdrage' }),
      }),
    ),
    logboek: z.array(
      z.object({
        id: z.number().int(),
        tijdstip: z.string(),
        soort: z.enum(logboekSoorten),
        medewerkerNaam: z.string(),
        tekst: z.string(),
      }),
    ),
  })
  .openapi('ZaakMetHistorie');

export const werkvoorraadQuery = lijstQuery.extend({
  teamId: id('team').optional(),
  filter: z
    .enum(['mijn', 'ongetoewezen', 'binnenkort', 'te-laat', 'opgeschort', 'afgesloten'])
    .optional()
    .openapi({
      description:
        'mijn, ongetoewezen, binnenkort (uiterlijke einddatum binnen 5 werkdagen), te-laat, opgeschort, of afgesloten (anders alleen open zaken)',
    }),
  zaaktypeId: id('zaaktype').optional(),
  einddatumVanaf: z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' }).optional().openapi({
    description: 'Afgesloten op of na deze dag (dit filter en de volgende tonen alleen afgesloten zaken)',
  }),
  einddatumTot: z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' }).optional().openapi({
    description: 'Afgesloten op of vóór deze dag',
  }),
  norm: z.enum(zaaknormen).optional().openapi({
    description:
      'Alleen afgesloten zaken binnen of buiten de servicenorm (zonder servicenorm: de wettelijke termijn), of binnen of buiten de wettelijke termijn',
  }),
});
export type ZakenQuery = z.infer<typeof werkvoorraadQuery>;

export const statusInvoer = z
  .strictObject({ statustypeId: id('statustype'), toelichting: tekst(1000).optional(), ...metVersie })
  .openapi('StatusInvoer');
export const eigenschapInvoer = z
  .strictObject({ eigenschapId: id('eigenschap'), waarde: tekst(1000), ...metVersie })
  .openapi('ZaakeigenschapInvoer');
export const notitieInvoer = z
  .strictObject({ tekst: tekst(4000).min(1, 'Vul de notitie in.') })
  .openapi('ZaakNotitie');
export const opschortingInvoer = z
  .strictObject({ reden: tekst(500).min(1, 'Vul de reden van de opschorting in.'), ...metVersie })
  .openapi('Opschorting');
export const hervattingInvoer = z.strictObject({ ...metVersie }).openapi('Hervatting');
export const verlengingInvoer = z
  .strictObject({
    duur: z
      .string()
      .max(20)
      .regex(/^P/, 'Geef de duur als ISO 8601-duur, bijvoorbeeld P6W.')
      .openapi({ example: 'P6W' }),
    reden: tekst(500).min(1, 'Vul de reden van de verlenging in.'),
    ...metVersie,
  })
  .openapi('Verlenging');
export const toewijzingInvoer = z
  .strictObject({
    behandelaarId: id('medewerker').nullable().openapi({ description: 'Leeg om de toewijzing op te heffen' }),
    ...metVersie,
  })
  .openapi('ZaakToewijzing');
export const oppakInvoer = z.strictObject({ ...metVersie }).openapi('ZaakOppakken');
export const besluitInvoer = z
  .strictObject({
    besluittypeId: id('besluittype').optional(),
    omschrijving: tekst(200).min(1, 'Vul het besluit in.'),
    datum: datum('de besluitdatum'),
    ingangsdatum: datum('de ingangsdatum'),
    vervaldatum: datum('de vervaldatum').optional(),
    toelichting: tekst(2000).optional(),
  })
  .openapi('BesluitInvoer');
export const afsluitingInvoer = z
  .strictObject({
    resultaattypeId: id('resultaattype'),
    toelichting: tekst(1000).optional(),
    brondatum: datum('de brondatum').optional().openapi({
      description: 'Alleen als het resultaattype de brondatum niet zelf afleidt (ander datumkenmerk)',
    }),
    ...metVersie,
  })
  .openapi('Afsluiting');
export const relatieInvoer = z
  .strictObject({ gerelateerdeZaakId: id('zaak'), aard: z.enum(relatieAarden) })
  .openapi('ZaakRelatie');

export type StatusInvoer = z.infer<typeof statusInvoer>;
export type EigenschapInvoer = z.infer<typeof eigenschapInvoer>;
export type VerlengingInvoer = z.infer<typeof verlengingInvoer>;
export type BesluitInvoer = z.infer<typeof besluitInvoer>;
export type AfsluitingInvoer = z.infer<typeof afsluitingInvoer>;
export type RelatieInvoer = z.infer<typeof relatieInvoer>;
export type Versie = { versie?: number };

export const regieQuery = lijstQuery.omit({ sort: true, q: true }).extend({
  teamId: id('team').optional(),
  soort: z.enum(['zaak', 'contactverzoek']).optional(),
});
export type RegieQuery = z.infer<typeof regieQuery>;

export const regieUit = z
  .object({
    peildatum: z.string(),
    grens: z.string().openapi({ description: 'Alles met een termijn tot en met deze datum staat erin' }),
    items: z.array(
      z.object({
        soort: z.enum(['zaak', 'contactverzoek']),
        id: z.uuid(),
        nummer: z.string(),
        omschrijving: z.string(),
        teamId: z.uuid(),
        termijn: z.string(),
        overschreden: z.boolean(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    teams: z.array(
      z.object({
        teamId: z.uuid(),
        teamNaam: z.string(),
        zaken: z.number().int(),
        zakenOver: z.number().int(),
        contactverzoeken: z.number().int(),
        contactverzoekenOver: z.number().int(),
      }),
    ),
  })
  .openapi('Regie');

export const statusvraagInvoer = z
  .strictObject({ soort: z.enum(['zaak', 'contactverzoek']), id: id('zaak of contactverzoek') })
  .openapi('Statusvraag');
export type StatusvraagInvoer = z.infer<typeof statusvraagInvoer>;
