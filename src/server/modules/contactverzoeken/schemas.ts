import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../platform/http/lijst';
import { versie } from '../../platform/http/route';
import { logboekSoorten, pogingUitkomsten, resultaten, statussen, voorkeurstijden } from './waarden';

const tekst = (max: number) => z.string().trim().max(max);
const id = (wat: string) => z.uuid({ message: `Geen geldig ${wat}-id.` });

export const contactverzoekInvoer = z
  .strictObject({
    teamId: id('team'),
    medewerkerId: id('medewerker').nullable().optional(),
    partijId: id('partij').nullable().optional(),
    klantcontactId: id('klantcontact').nullable().optional(),
    vraagId: id('vraag')
      .nullable()
      .optional()
      .openapi({ description: 'Vraag uit een klantcontact: onderwerp, vraag en product worden overgenomen' }),
    productId: id('product').nullable().optional(),
    onderwerp: tekst(200).optional(),
    vraag: tekst(4000).optional(),
    toelichting: tekst(4000).optional().openapi({ description: 'Wat de inwoner al is verteld' }),
    naam: tekst(200).optional(),
    telefoon: tekst(40).nullable().optional(),
    email: z
      .email({ message: 'Geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.' })
      .max(254)
      .nullable()
      .optional(),
    voorkeurstijd: z.enum(voorkeurstijden).default('geen'),
    urgent: z.boolean().default(false),
  })
  .openapi('ContactverzoekInvoer');

export const logboekregelUit = z.object({
  id: z.number().int(),
  tijdstip: z.string(),
  soort: z.enum(logboekSoorten),
  medewerkerNaam: z.string(),
  uitkomst: z.enum(pogingUitkomsten).nullable(),
  tekst: z.string(),
});

export const contactverzoekUit = z
  .object({
    id: z.uuid(),
    nummer: z.string(),
    partijId: z.uuid().nullable(),
    partijNaam: z.string().nullable(),
    klantcontactId: z.uuid().nullable(),
    teamId: z.uuid(),
    teamNaam: z.string(),
    medewerkerId: z.uuid().nullable(),
    medewerkerNaam: z.string().nullable(),
    productId: z.uuid().nullable(),
    onderwerp: z.string(),
    vraag: z.string(),
    toelichting: z.string(),
    naam: z.string().nullable(),
    telefoon: z.string().nullable(),
    email: z.string().nullable(),
    voorkeurstijd: z.enum(voorkeurstijden),
    urgent: z.boolean(),
    status: z.enum(statussen),
    ontvangen: z.string(),
    deadline: z.string().openapi({ description: 'Laatste werkdag binnen de servicenorm (JJJJ-MM-DD)' }),
    termijn: z.string().openapi({ example: 'nog 1 werkdag' }),
    teLaat: z.boolean(),
    pogingen: z.number().int(),
    mislukt: z.number().int(),
    resultaat: z.enum(resultaten).nullable(),
    afgehandeld: z.string().nullable(),
    versie: z.number().int(),
    wachtOpKoppeling: z.boolean().openapi({
      description: 'Een taak van een ander systeem voor een afdeling die nog aan geen team gekoppeld is',
    }),
    niveau: z.enum(['volledig', 'status']).openapi({
      description: 'volledig: met de notities van het team; status: zonder (buiten het team)',
    }),
    mag: z
      .object({ behandelen: z.boolean(), toewijzen: z.boolean() })
      .openapi({ description: 'Wat deze medewerker met het verzoek mag; het scherm toont alleen dat' }),
  })
  .openapi('Contactverzoek');

export const contactverzoekDetail = contactverzoekUit
  .extend({ logboek: z.array(logboekregelUit) })
  .openapi('ContactverzoekMetLogboek');

export const werkvoorraadQuery = lijstQuery.extend({
  teamId: id('team').optional(),
  partijId: id('partij').optional(),
  productId: id('product').optional(),
  filter: z.enum(['mijn', 'ongetoewezen', 'vandaag', 'te-laat', 'wacht-op-koppeling']).optional().openapi({
    description:
      'mijn, ongetoewezen, vandaag (deadline vandaag), te-laat, of wacht-op-koppeling (taken voor een nog niet gekoppelde afdeling)',
  }),
  status: z.enum([...statussen, 'alle']).default('open'),
  afgehandeldVanaf: z.iso.date().optional().openapi({ description: 'Afgehandeld op of na deze datum' }),
  afgehandeldTot: z.iso.date().optional().openapi({ description: 'Afgehandeld vóór deze datum' }),
  binnenNorm: z
    .enum(['ja', 'nee'])
    .optional()
    .openapi({ description: 'Alleen afgehandelde verzoeken binnen (ja) of buiten (nee) de norm' }),
});
export type WerkvoorraadQuery = z.infer<typeof werkvoorraadQuery>;

export const toewijzing = z
  .strictObject({
    ids: z.array(z.uuid()).min(1, 'Kies minstens één verzoek.').max(100, 'Maximaal 100 verzoeken tegelijk.'),
    medewerkerId: id('medewerker').nullable().openapi({ description: 'Leeg om de toewijzing op te heffen' }),
  })
  .openapi('Toewijzing');

export const poging = z
  .strictObject({
    uitkomst: z.enum(pogingUitkomsten),
    tekst: tekst(2000).optional(),
    tijdstip: z.iso
      .datetime({
        offset: true,
        message: 'Geef het tijdstip als datum en tijd, bijvoorbeeld 2026-12-01T14:30:00+01:00.',
      })
      .optional()
      .openapi({
        description:
          'Wanneer er werkelijk gebeld is; leeg is nu. Niet in de toekomst en niet vóór de ontvangst van het verzoek.',
      }),
    versie: versie.optional(),
  })
  .openapi('Belpoging');

export const notitie = z.strictObject({ tekst: tekst(4000).min(1, 'Vul de notitie in.') }).openapi('Notitie');

export const doorsturing = z
  .strictObject({
    teamId: id('team'),
    toelichting: tekst(2000).optional(),
    nieuweTermijn: z
      .boolean()
      .default(false)
      .openapi({ description: 'Alleen key users: de termijn opnieuw laten ingaan (met reden)' }),
    reden: tekst(500).optional(),
    versie: versie.optional(),
  })
  .openapi('Doorsturing');

export const afhandeling = z
  .strictObject({
    resultaat: z.enum(resultaten),
    toelichting: tekst(4000).optional(),
    versie: versie.optional(),
  })
  .openapi('Afhandeling');

export type ContactverzoekInvoer = z.infer<typeof contactverzoekInvoer>;
export type Afhandeling = z.infer<typeof afhandeling>;
export type Doorsturing = z.infer<typeof doorsturing>;
export type Poging = z.infer<typeof poging>;

export const norm = z.object({
  werkdagen: z.number().int(),
  werkdagenUrgent: z.number().int(),
  maxPogingen: z.number().int(),
});

const dagen = (wat: string) =>
  z
    .number({ message: `Geef ${wat} als geheel aantal werkdagen.` })
    .int()
    .min(0, 'Minimaal 0.')
    .max(60, 'Maximaal 60 werkdagen.');

export const servicenormInvoer = z
  .strictObject({
    teamId: id('team').nullable().optional(),
    productId: id('product').nullable().optional(),
    werkdagen: dagen('de termijn'),
    werkdagenUrgent: dagen('de termijn voor urgente verzoeken').default(0),
    maxPogingen: z
      .number()
      .int()
      .min(1, 'Minimaal 1 poging.')
      .max(10, 'Maximaal 10 pogingen.')
      .nullable()
      .optional(),
  })
  .openapi('ServicenormInvoer');

export const servicenormUit = z
  .object({
    id: z.uuid(),
    teamId: z.uuid().nullable(),
    productId: z.uuid().nullable(),
    naam: z.string(),
    werkdagen: z.number().int(),
    werkdagenUrgent: z.number().int(),
    maxPogingen: z.number().int().nullable(),
  })
  .openapi('Servicenorm');
export type ServicenormInvoer = z.infer<typeof servicenormInvoer>;
