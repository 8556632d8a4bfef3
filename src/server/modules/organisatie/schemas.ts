import { z } from '@hono/zod-openapi';
import { rolCodes } from '../../platform/auth/rollen';
import { versie } from '../../platform/http/route';

const naam = z.string().trim().min(2, 'Vul minstens 2 tekens in.').max(100);
const email = z
  .email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeldstad.nl.' })
  .max(200);

const identificatie = (wie: string) =>
  z
    .string()
    .trim()
    .min(1, 'Vul de identificatie in of laat het veld leeg.')
    .max(100)
    .nullable()
    .optional()
    .openapi({ description: `De id waaronder KISS of een ander systeem ${wie} kent` });

export const teamInvoer = z
  .strictObject({
    naam,
    omschrijving: z.string().trim().max(500).optional(),
    email: email.nullable().optional(),
    identificatie: identificatie('dit team'),
    kcc: z.boolean().optional().openapi({ description: 'Het team dat de regie houdt; er is er één' }),
  })
  .openapi('TeamInvoer');

export const teamWijziging = teamInvoer.partial().extend({ versie }).strict().openapi('TeamWijziging');

export const team = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    omschrijving: z.string(),
    email: z.string().nullable(),
    identificatie: z.string().nullable(),
    kcc: z.boolean(),
    aantalMedewerkers: z.number().int(),
    versie: z.number().int(),
  })
  .openapi('Team');

export const wachtwoord = z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens.').max(200);

export const rol = z.enum(rolCodes, { message: `Kies uit: ${rolCodes.join(', ')}.` }).openapi('Rol');

const medewerkerVelden = {
  naam,
  gebruikersnaam: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9._-]{3,50}$/,
      'Gebruik 3 tot 50 kleine letters, cijfers, punt, streepje of liggend streepje.',
    ),
  email,
  rollen: z.array(rol).min(1, 'Kies minstens één rol.'),
  teamIds: z.array(z.uuid({ message: 'Geen geldig team-id.' })),
  identificatie: identificatie('deze medewerker'),
};

export const medewerkerInvoer = z
  .strictObject({ ...medewerkerVelden, wachtwoord })
  .openapi('MedewerkerInvoer');

export const medewerkerWijziging = z
  .strictObject({ ...medewerkerVelden, actief: z.boolean(), versie })
  .partial()
  .required({ versie: true })
  .openapi('MedewerkerWijziging');

export const medewerker = z
  .object({
    id: z.uuid(),
    naam: z.string(),
    gebruikersnaam: z.string(),
    email: z.string(),
    identificatie: z.string().nullable(),
    rollen: z.array(rol),
    teams: z.array(z.object({ id: z.uuid(), naam: z.string() })),
    actief: z.boolean(),
    versie: z.number().int(),
  })
  .openapi('Medewerker');

export const teamlid = z
  .strictObject({
    keyUser: z
      .boolean()
      .default(false)
      .openapi({ description: 'Key user: bewaakt de werkvoorraad en termijnen (een rol, in al zijn teams)' }),
  })
  .openapi('Teamlid');

export const teamlidParams = z.object({
  id: z.uuid({ message: 'Geen geldig team-id.' }).openapi({ param: { name: 'id', in: 'path' } }),
  medewerkerId: z
    .uuid({ message: 'Geen geldig medewerker-id.' })
    .openapi({ param: { name: 'medewerkerId', in: 'path' } }),
});

export type Teamlid = z.infer<typeof teamlid>;
export type TeamInvoer = z.infer<typeof teamInvoer>;
export type TeamWijziging = z.infer<typeof teamWijziging>;
export type MedewerkerInvoer = z.infer<typeof medewerkerInvoer>;
export type MedewerkerWijziging = z.infer<typeof medewerkerWijziging>;
export type TeamUit = z.infer<typeof team>;
export type MedewerkerUit = z.infer<typeof medewerker>;
