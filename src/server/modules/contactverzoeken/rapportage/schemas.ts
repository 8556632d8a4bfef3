import { z } from '@hono/zod-openapi';
import { lijstQuery } from '../../../platform/http/lijst';

const aandeel = z
  .number()
  .nullable()
  .openapi({ description: 'Aandeel binnen de norm, 0..1; leeg zonder afgehandelde verzoeken' });
const teamId = z.uuid({ message: 'Geen geldig team-id.' });
const datum = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' });

export const dashboardQuery = z.object({
  teamId: teamId.optional().openapi({ description: 'Zonder team: de hele organisatie' }),
});

const aantallen = {
  open: z.number().int(),
  vandaag: z.number().int().openapi({ description: 'Open, termijn verloopt vandaag' }),
  teLaat: z.number().int().openapi({ description: 'Open, over de termijn' }),
  geslotenDezeWeek: z.number().int().openapi({ description: 'Afgehandeld in deze ISO-week (t/m vandaag)' }),
};

const zaakcijfers = {
  afgesloten: z.number().int().openapi({ description: 'Zaken afgesloten in de laatste 4 weken' }),
  binnenServicenorm: z.number().int().openapi({ description: 'Afgesloten op of vóór de einddatum gepland' }),
  binnenTermijn: z
    .number()
    .int()
    .openapi({ description: 'Afgesloten op of vóór de uiterlijke einddatum afdoening' }),
  teLaat: z.number().int().openapi({ description: 'Afgesloten na de uiterlijke einddatum afdoening' }),
  gemiddeldeDoorlooptijdDagen: z
    .number()
    .nullable()
    .openapi({ description: 'Kalenderdagen van startdatum tot einddatum, afgesloten zaken' }),
  open: z.number().int(),
  openTeLaat: z
    .number()
    .int()
    .openapi({ description: 'Open, over de uiterlijke einddatum, niet opgeschort' }),
  opgeschort: z.number().int().openapi({ description: 'Opgeschort in de laatste 4 weken' }),
  verlengd: z.number().int().openapi({ description: 'Verlengd in de laatste 4 weken' }),
};

export const dashboardUit = z
  .object({
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    peildatum: z.string().openapi({ description: 'Vandaag in Europe/Amsterdam (JJJJ-MM-DD)' }),
    ...aantallen,
    binnenNorm: z
      .object({ aandeel, binnen: z.number().int(), totaal: z.number().int() })
      .openapi({ description: 'Afgehandeld in de laatste 4 weken (28 dagen t/m vandaag)' }),
    gemiddeldeDoorlooptijdUren: z
      .number()
      .nullable()
      .openapi({ description: 'Ontvangen → afgehandeld, laatste 4 weken' }),
    pogingenPerVerzoek: z
      .number()
      .nullable()
      .openapi({ description: 'Gemiddeld aantal belpogingen, laatste 4 weken' }),
    trend: z
      .array(
        z.object({
          week: z.string().openapi({ example: '2026-W45' }),
          van: z.string().openapi({ description: 'Maandag' }),
          tot: z.string().openapi({ description: 'Zondag (inclusief)' }),
          gesloten: z.number().int(),
          binnenNorm: z.number().int(),
          aandeel,
        }),
      )
      .openapi({ description: 'De laatste 12 ISO-weken, oudste eerst' }),
    teams: z
      .array(
        z.object({
          teamId: z.uuid(),
          teamNaam: z.string(),
          ...aantallen,
          aandeelBinnenNorm: aandeel,
        }),
      )
      .openapi({ description: 'Per team; alleen voor de hele organisatie gevuld' }),
    zaken: z
      .object({
        totaal: z.object(zaakcijfers),
        perTeam: z.array(z.object({ teamId: z.uuid(), teamNaam: z.string(), ...zaakcijfers })),
        perZaaktype: z.array(
          z.object({
            zaaktype: z.string().openapi({ description: 'Identificatie, over alle versies' }),
            omschrijving: z.string(),
            ...zaakcijfers,
          }),
        ),
      })
      .openapi({
        description: 'De zaken van het team of de organisatie, laatste 4 weken (28 dagen t/m vandaag)',
      }),
    links: z
      .object({
        open: z.string(),
        vandaag: z.string(),
        teLaat: z.string(),
        geslotenDezeWeek: z.string(),
        binnenNorm: z.string(),
        buitenNorm: z.string(),
      })
      .openapi({
        description: 'Querystrings voor GET /api/v1/contactverzoeken; total is het getal hierboven',
      }),
  })
  .openapi('ContactverzoekenDashboard');
export type Dashboard = z.infer<typeof dashboardUit>;

const soort = z.enum(['week', 'maand', 'periode'], { message: 'Kies week, maand of periode.' });

export const rapportQuery = lijstQuery.extend({
  soort: soort.optional(),
  teamId: teamId.optional(),
});

export const rapportInvoer = z
  .strictObject({
    soort,
    teamId: teamId.nullable().optional().openapi({ description: 'Leeg voor de hele organisatie' }),
    van: datum.optional().openapi({
      description:
        'Eerste dag: een maandag (week) of de 1e (maand), leeg voor de vorige volledige; bij een periode verplicht. Een lopende week of maand telt tot en met vandaag.',
    }),
    tot: datum.optional().openapi({
      description:
        'Laatste dag (inclusief), alleen bij een periode: niet vóór van, niet na vandaag, hoogstens 366 dagen',
    }),
  })
  .openapi('RapportInvoer');
export type RapportInvoer = z.infer<typeof rapportInvoer>;

export const rapportUit = z
  .object({
    id: z.uuid(),
    soort,
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    van: z.string(),
    tot: z.string().openapi({ description: 'Laatste dag (inclusief)' }),
    aangemaakt: z.string(),
  })
  .openapi('Rapport');
export type RapportKop = z.infer<typeof rapportUit>;
