import { z } from '@hono/zod-openapi';
import { kanalen } from '../klantcontacten/waarden';
import { NORMBRONNEN, NORMSOORTEN } from './normen';

const datum = z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' });

export const sturingQuery = z.object({
  teamId: z.uuid({ message: 'Geen geldig team-id.' }).optional().openapi({
    description: 'Zonder team: de hele organisatie',
  }),
  van: datum
    .optional()
    .openapi({ description: 'Eerste dag; zonder van en tot: de laatste 12 ISO-weken t/m vandaag' }),
  tot: datum
    .optional()
    .openapi({ description: 'Laatste dag (inclusief): niet vóór van, niet na vandaag, hoogstens 366 dagen' }),
});

const stand = {
  bijgewerktOp: z.iso.datetime().nullable().openapi({
    description:
      'Tot wanneer de dagtellingen bijgewerkt zijn: wat vóór dit moment is vastgelegd, telt mee; null zolang ze nooit zijn bijgewerkt',
  }),
  opbouwVanaf: z.iso.date().nullable().openapi({
    description:
      'Tijdens de eerste opbouw: de oudste dag die er al is; de dagen ervoor ontbreken nog. Null: alle dagen zijn er',
  }),
};

const aandeel = (description: string) => z.number().nullable().openapi({ description });
const fcr = {
  contacten: z
    .number()
    .int()
    .openapi({ description: 'Afgeronde contacten (per product: met een vraag over het product)' }),
  beantwoord: z
    .number()
    .int()
    .openapi({ description: 'Alle vragen beantwoord in het contact zelf (afgehandeld of doorverwezen)' }),
  bekend: z.number().int().openapi({
    description: 'Contacten met een bekende partij: alleen daarvan is een vervolgcontact te zien',
  }),
  opgelost: z.number().int().openapi({
    description:
      'Beantwoord én geen contact van dezelfde partij over hetzelfde product binnen de herhaaltermijn',
  }),
  naief: aandeel('beantwoord / contacten, 0..1'),
  fcr: aandeel('opgelost / bekend, 0..1: first-contact resolution'),
};
const week = { week: z.string().openapi({ example: '2026-W48' }), van: z.string(), tot: z.string() };
const product = { productId: z.uuid(), productNaam: z.string().nullable() };
const kanaal = z.enum(kanalen);
const mix = {
  kanalen: z
    .array(z.object({ kanaal, aantal: z.number().int() }))
    .openapi({ description: 'In vaste volgorde' }),
  totaal: z.number().int(),
  digitaal: z.number().int().openapi({ description: 'Webformulier, e-mail, chat en social media' }),
  aandeelDigitaal: aandeel('digitaal / totaal, 0..1'),
};

export const sturingContactenUit = z
  .object({
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    van: z.string(),
    tot: z.string(),
    herhaaltermijnDagen: z.number().int(),
    voorlopigVanaf: z.string().openapi({
      description: 'Contacten vanaf deze dag kunnen nog een vervolgcontact krijgen: hun FCR is voorlopig',
    }),
    ...stand,
    fcr: z.object({
      totaal: z.object(fcr),
      perWeek: z.array(z.object({ ...week, ...fcr })),
      perKanaal: z.array(z.object({ kanaal, ...fcr })),
      perTeam: z.array(z.object({ teamId: z.uuid().nullable(), teamNaam: z.string().nullable(), ...fcr })),
      perMedewerker: z.array(
        z.object({ medewerkerId: z.uuid().nullable(), medewerkerNaam: z.string().nullable(), ...fcr }),
      ),
      perProduct: z.array(z.object({ ...product, ...fcr })),
    }),
    kanaalmix: z.object({
      totaal: z.object(mix),
      perWeek: z.array(z.object({ ...week, ...mix })),
      perProduct: z.array(z.object({ ...product, ...mix })),
    }),
  })
  .openapi('SturingContacten');

export const normQuery = sturingQuery.pick({ teamId: true });

const normperiode = z.object({
  soort: z.enum(NORMSOORTEN),
  van: z.string(),
  tot: z.string(),
  totaal: z.number().int().openapi({ description: 'Beoordeeld: afgehandeld of afgesloten in de periode' }),
  gehaald: z.number().int(),
  aandeel: aandeel('gehaald / totaal, 0..1'),
  vorigAandeel: aandeel('Het aandeel in de periode ervoor'),
  trendProcentpunt: z.number().nullable().openapi({ description: 'aandeel − vorigAandeel in procentpunten' }),
  lijst: z.object({
    pad: z.enum(['/werkvoorraad', '/zaken']),
    gehaald: z.string().openapi({ description: 'Zoekvraag van de lijst van wat de norm haalde' }),
    gemist: z.string().openapi({ description: 'Zoekvraag van de lijst van wat de norm miste' }),
  }),
});

export const sturingNormenUit = z
  .object({
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    peildatum: z.string(),
    ...stand,
    normen: z.array(
      z.object({
        code: z.string(),
        kanaal: z.string(),
        norm: z.string(),
        bron: z.enum(NORMBRONNEN).nullable(),
        nietGemeten: z.string().nullable().openapi({ description: 'Waarom Stadspunt deze norm niet meet' }),
        perioden: z.array(normperiode).openapi({
          description: 'Vorige volle week, maand en kwartaal; leeg als de norm niet gemeten wordt',
        }),
      }),
    ),
  })
  .openapi('SturingServicenormen');

const kto = {
  uitgenodigd: z.number().int().openapi({ description: 'Uitnodigingen verstuurd in de periode' }),
  beantwoord: z.number().int().openapi({ description: 'Daarvan ingevuld' }),
  respons: aandeel('beantwoord / uitgenodigd, 0..1'),
  gemiddeldeScore: z.number().nullable().openapi({ description: 'Gemiddelde score 1..5 van de ingevulde' }),
  inEenKeer: aandeel('Aandeel ingevulde met "in één keer geregeld", 0..1'),
};

export const sturingKtoUit = z
  .object({
    teamId: z.uuid().nullable(),
    teamNaam: z.string().nullable(),
    van: z.string(),
    tot: z.string(),
    totaal: z.object(kto),
    vorigePeriode: z
      .object({ van: z.string(), tot: z.string(), ...kto })
      .openapi({ description: 'Even lange periode ervoor: de trend' }),
    perWeek: z.array(z.object({ ...week, ...kto })),
    perTeam: z.array(z.object({ teamId: z.uuid().nullable(), teamNaam: z.string().nullable(), ...kto })),
    perSoort: z
      .array(z.object({ soort: z.string(), ...kto }))
      .openapi({ description: 'Per kanaal van het contact, of contactverzoek of zaak' }),
    perProduct: z.array(z.object({ ...product, ...kto })),
    opmerkingen: z
      .array(
        z.object({
          beantwoord: z.string(),
          score: z.number().int(),
          inEenKeer: z.boolean(),
          soort: z.string(),
          teamNaam: z.string().nullable(),
          productNaam: z.string().nullable(),
          opmerking: z.string(),
        }),
      )
      .openapi({ description: 'De laatste 50 opmerkingen, zonder wie ze schreef' }),
  })
  .openapi('SturingKto');
