import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../platform/http/lijst';
import { versie } from '../../platform/http/route';
import { duurVeld } from './duur';
import {
  afleidingswijzen,
  archiefnominaties,
  eigenschapFormaten,
  richtingen,
  roltypenGeneriek,
  vertrouwelijkheden,
} from './waarden';

const kies = <T extends readonly [string, ...string[]]>(waarden: T) =>
  z.enum(waarden, { message: `Kies uit: ${waarden.join(', ')}.` });

const tekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`);
const verplicht = (wat: string, max: number) => tekst(max).min(1, `Vul ${wat} in.`);
const datum = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' });
const id = (wat: string) => z.uuid({ message: `Geen geldig ${wat}-id.` });

const zaaktypeVelden = {
  omschrijving: verplicht('de omschrijving', 80),
  doel: tekst(1000).optional(),
  aanleiding: tekst(1000).optional(),
  toelichting: tekst(2000).optional(),
  onderwerp: tekst(80).optional(),
  internOfExtern: kies(['intern', 'extern'] as const).optional(),
  doorlooptijd: duurVeld('de doorlooptijd'),
  servicenorm: duurVeld('de servicenorm').nullable().optional(),
  opschortingMogelijk: z.boolean().optional(),
  verlengingMogelijk: z.boolean().optional(),
  verlengingstermijn: duurVeld('de verlengingstermijn').nullable().optional(),
  vertrouwelijkheid: kies(vertrouwelijkheden).optional(),
  teamId: id('team').nullable().optional().openapi({ description: 'Het team dat deze zaken behandelt' }),
  productIds: z
    .array(id('product'))
    .max(20, 'Maximaal 20 producten.')
    .optional()
    .openapi({ description: 'De producten uit de catalogus die dit zaaktype levert' }),
  selectielijstProcestype: z
    .url({ message: 'Kies een procestype uit de selectielijst.' })
    .nullable()
    .optional(),
  beginGeldigheid: datum.optional().openapi({ description: 'Eerste dag waarop deze versie geldt' }),
};

export const zaaktypeInvoer = z
  .strictObject({
    identificatie: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,50}$/, 'Gebruik 1 tot 50 letters, cijfers, punt of streepje.')
      .optional()
      .openapi({ description: 'Standaard afgeleid van de omschrijving' }),
    ...zaaktypeVelden,
  })
  .openapi('ZaaktypeInvoer');

export const zaaktypeWijziging = z
  .strictObject(zaaktypeVelden)
  .partial()
  .extend({ versie })
  .strict()
  .openapi('ZaaktypeWijziging');

export const statustypeInvoer = z.strictObject({
  omschrijving: verplicht('de omschrijving', 80),
  statustekst: tekst(1000).optional(),
  informeren: z.boolean().optional(),
  doorlooptijd: duurVeld('de doorlooptijd').nullable().optional(),
  toelichting: tekst(1000).optional(),
});

export const resultaattypeInvoer = z.strictObject({
  omschrijving: verplicht('de omschrijving', 80),
  selectielijstklasse: z.url({ message: 'Kies een resultaat uit de selectielijst.' }),
  archiefnominatie: kies(archiefnominaties),
  archiefactietermijn: duurVeld('de archiefactietermijn').nullable().optional(),
  afleidingswijze: kies(afleidingswijzen).optional(),
  datumkenmerk: tekst(80).optional(),
  objecttype: tekst(80).optional(),
  procestermijn: duurVeld('de procestermijn').nullable().optional(),
  toelichting: tekst(1000).optional(),
});

export const roltypeInvoer = z.strictObject({
  omschrijving: verplicht('de omschrijving', 80),
  omschrijvingGeneriek: kies(roltypenGeneriek),
});

export const eigenschapInvoer = z.strictObject({
  naam: verplicht('de naam', 20),
  definitie: tekst(255).optional(),
  formaat: kies(eigenschapFormaten).optional(),
  lengte: z.number().int().min(1, 'Minstens 1.').max(10_000, 'Maximaal 10.000.').optional(),
  waardenverzameling: z.array(verplicht('een waarde', 100)).max(100, 'Maximaal 100 waarden.').optional(),
  toelichting: tekst(1000).optional(),
});

/** An existing informatieobjecttype of the catalogue, or a new one. */
export const informatieobjecttypeInvoer = z.strictObject({
  informatieobjecttypeId: id('informatieobjecttype').optional(),
  omschrijving: tekst(80).optional(),
  categorie: tekst(80).optional(),
  vertrouwelijkheid: kies(vertrouwelijkheden).optional(),
  richting: kies(richtingen).optional(),
});

/** An existing besluittype of the catalogue, or a new one. */
export const besluittypeInvoer = z.strictObject({
  besluittypeId: id('besluittype').optional(),
  omschrijving: tekst(80).optional(),
  besluitcategorie: tekst(40).optional(),
  reactietermijn: duurVeld('de reactietermijn').nullable().optional(),
  publicatieIndicatie: z.boolean().optional(),
  toelichting: tekst(1000).optional(),
});

const lijst = <T extends z.ZodType>(item: T, naam: string) =>
  z.strictObject({ versie, items: z.array(item).max(50, 'Maximaal 50 per zaaktype.') }).openapi(naam);

export const onderdelen = {
  statustypen: lijst(statustypeInvoer, 'StatustypenInvoer'),
  resultaattypen: lijst(resultaattypeInvoer, 'ResultaattypenInvoer'),
  roltypen: lijst(roltypeInvoer, 'RoltypenInvoer'),
  eigenschappen: lijst(eigenschapInvoer, 'EigenschappenInvoer'),
  informatieobjecttypen: lijst(informatieobjecttypeInvoer, 'InformatieobjecttypenInvoer'),
  besluittypen: lijst(besluittypeInvoer, 'BesluittypenInvoer'),
};

export const versieInvoer = z.strictObject({ versie }).openapi('ZaaktypeVersie');
export const nieuweVersieInvoer = z
  .strictObject({ versie, beginGeldigheid: datum.optional() })
  .openapi('NieuweZaaktypeVersie');

export const zaaktypenQuery = lijstQuery.extend({
  status: kies(['concept', 'gepubliceerd'] as const)
    .optional()
    .openapi({ description: 'Alleen concepten of gepubliceerde' }),
  productId: id('product')
    .optional()
    .openapi({ description: 'Alleen zaaktypen die dit product leveren (de balie kiest zo bij de vraag)' }),
  geldigOp: datum
    .optional()
    .openapi({ description: 'Alleen gepubliceerde versies die op deze datum gelden' }),
});

const duur = z.string().nullable();

export const zaaktypeSamenvatting = z
  .object({
    id: z.uuid(),
    identificatie: z.string(),
    omschrijving: z.string(),
    doorlooptijd: z.string(),
    servicenorm: duur,
    concept: z.boolean(),
    beginGeldigheid: z.string(),
    eindeGeldigheid: z.string().nullable(),
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    versie: z.number().int(),
  })
  .openapi('ZaaktypeSamenvatting');

export const zaaktype = zaaktypeSamenvatting
  .extend({
    versiedatum: z.string(),
    doel: z.string(),
    aanleiding: z.string(),
    toelichting: z.string(),
    onderwerp: z.string(),
    internOfExtern: z.enum(['intern', 'extern']),
    opschortingMogelijk: z.boolean(),
    verlengingMogelijk: z.boolean(),
    verlengingstermijn: duur,
    vertrouwelijkheid: z.enum(vertrouwelijkheden),
    selectielijstProcestype: z.string().nullable(),
    producten: z.array(z.object({ id: z.uuid(), naam: z.string() })),
    statustypen: z.array(
      z.object({
        id: z.uuid(),
        volgnummer: z.number().int(),
        omschrijving: z.string(),
        statustekst: z.string(),
        informeren: z.boolean(),
        doorlooptijd: duur,
        toelichting: z.string(),
      }),
    ),
    resultaattypen: z.array(
      z.object({
        id: z.uuid(),
        omschrijving: z.string(),
        selectielijstklasse: z.string(),
        selectielijstNaam: z.string().nullable(),
        archiefnominatie: z.enum(archiefnominaties),
        archiefactietermijn: duur,
        afleidingswijze: z.enum(afleidingswijzen),
        datumkenmerk: z.string(),
        objecttype: z.string(),
        procestermijn: duur,
        toelichting: z.string(),
      }),
    ),
    roltypen: z.array(
      z.object({ id: z.uuid(), omschrijving: z.string(), omschrijvingGeneriek: z.enum(roltypenGeneriek) }),
    ),
    eigenschappen: z.array(
      z.object({
        id: z.uuid(),
        naam: z.string(),
        definitie: z.string(),
        formaat: z.enum(eigenschapFormaten),
        lengte: z.number().int(),
        waardenverzameling: z.array(z.string()),
        toelichting: z.string(),
      }),
    ),
    informatieobjecttypen: z.array(
      z.object({
        id: z.uuid(),
        omschrijving: z.string(),
        categorie: z.string(),
        vertrouwelijkheid: z.enum(vertrouwelijkheden),
        richting: z.enum(richtingen),
        volgnummer: z.number().int(),
      }),
    ),
    besluittypen: z.array(
      z.object({
        id: z.uuid(),
        omschrijving: z.string(),
        besluitcategorie: z.string(),
        reactietermijn: duur,
        publicatieIndicatie: z.boolean(),
        toelichting: z.string(),
      }),
    ),
  })
  .openapi('Zaaktype');

export const selectielijstProcestype = z
  .object({ url: z.string(), nummer: z.number().int(), jaar: z.number().int(), naam: z.string() })
  .openapi('SelectielijstProcestype');

export const selectielijstResultaat = z
  .object({
    url: z.string(),
    procestypeUrl: z.string(),
    volledigNummer: z.string(),
    naam: z.string(),
    waardering: z.enum(archiefnominaties),
    bewaartermijn: z.string().nullable(),
    procestermijn: z.string(),
  })
  .openapi('SelectielijstResultaat');

export const selectielijstQuery = z.object({
  procestype: z.string().url({ message: 'Geen geldig procestype.' }).optional(),
});

export type ZaaktypeInvoer = z.infer<typeof zaaktypeInvoer>;
export type ZaaktypeWijziging = z.infer<typeof zaaktypeWijziging>;
export type ZaaktypeUit = z.infer<typeof zaaktype>;
export type Onderdeel = keyof typeof onderdelen;
export type OnderdeelInvoer<O extends Onderdeel> = z.infer<(typeof onderdelen)[O]>;
export type StatustypeInvoer = z.infer<typeof statustypeInvoer>;
export type ResultaattypeInvoer = z.infer<typeof resultaattypeInvoer>;
