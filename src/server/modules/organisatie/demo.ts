import { inArray } from 'drizzle-orm';
import type { Actor, Rol } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import type { Queryable } from '../../platform/db/client';
import { normaliseerNaam } from '../../platform/db/zoek';
import { createMedewerker } from './operations/create-medewerker';
import { createTeam } from './operations/create-team';
import { alleTeams } from './operations/team-lezen';
import { medewerker, teamlidmaatschap } from './schema';

export const DEMO_WACHTWOORD = 'Voorbeeldstad-2026';

const teams = [
  ['KCC', 'Klantcontactcentrum: telefoon, balie, e-mail, chat en sociale media', 'kcc'],
  ['Burgerzaken', 'Paspoorten, rijbewijzen, verhuizingen en uittreksels', 'burgerzaken'],
  ['Belastingen', 'Gemeentelijke belastingen, WOZ en kwijtschelding', 'belastingen'],
  ['Vergunningen', 'Omgevingsvergunningen, evenementen en APV', 'vergunningen'],
  ['Openbare Ruimte', 'Meldingen over straat, groen, verlichting en speelplekken', 'openbareruimte'],
  ['Werk & Inkomen', 'Bijstand, re-integratie en schuldhulp', 'werkeninkomen'],
  ['Zorg (Wmo)', 'Wmo-voorzieningen, mantelzorg en jeugd', 'wmo'],
  ['Afval & Reiniging', 'Afvalinzameling, containers en grofvuil', 'afval'],
] as const;

export const demoMedewerkers: { gebruikersnaam: string; naam: string; rollen: Rol[]; teams: string[] }[] = [
  {
    gebruikersnaam: 'beheerder',
    naam: 'Fatima el Amrani',
    rollen: ['functioneel-beheerder'],
    teams: ['KCC'],
  },
  { gebruikersnaam: 'kcc', naam: 'Sanne de Vries', rollen: ['kcc-medewerker'], teams: ['KCC'] },
  {
    gebruikersnaam: 'backoffice',
    naam: 'Pieter Jansen',
    rollen: ['backoffice-medewerker'],
    teams: ['Belastingen'],
  },
  {
    gebruikersnaam: 'keyuser',
    naam: 'Noor Bakker',
    rollen: ['key-user', 'backoffice-medewerker'],
    teams: ['Vergunningen', 'Belastingen'],
  },
  {
    gebruikersnaam: 'teamleider',
    naam: 'Willem van den Berg',
    rollen: ['teamleider'],
    teams: ['KCC', 'Burgerzaken'],
  },
  { gebruikersnaam: 'redacteur', naam: 'Lotte Visser', rollen: ['redacteur'], teams: ['KCC'] },
  { gebruikersnaam: 'verbetermanager', naam: 'Mehmet Yılmaz', rollen: ['verbetermanager'], teams: ['KCC'] },
];

/**
 * The colleagues who do the demo's work: KCC agents who take the calls and back-office staff
 * in every team. They have no password (they are not demo accounts); the beheerder can give one.
 */
const collegas: [team: string, rol: Rol, namen: string[]][] = [
  [
    'KCC',
    'kcc-medewerker',
    ['Daan Mulder', 'Fenna Bos', 'Ilse de Jong', 'Youssef Amrani', 'Kevin Dijkstra', 'Sara Hendriks'],
  ],
  ['Burgerzaken', 'backoffice-medewerker', ['Anja Smits', 'Ruud Kok', 'Ayşe Demir']],
  ['Belastingen', 'backoffice-medewerker', ['Esther van Dam', 'Marco de Wit']],
  ['Vergunningen', 'backoffice-medewerker', ['Bas Verhoeven', 'Linda Koster']],
  ['Openbare Ruimte', 'backoffice-medewerker', ['Henk Prins', 'Mila Postma']],
  ['Werk & Inkomen', 'backoffice-medewerker', ['Nadia Bouzid', 'Jeroen Wouters']],
  ['Zorg (Wmo)', 'backoffice-medewerker', ['Ingrid Brouwer', 'Tom Schouten']],
  ['Afval & Reiniging', 'backoffice-medewerker', ['Gerrit Meijer', 'Priya Ramdin']],
];

const gebruikersnaamVan = (naam: string) => {
  const [voornaam, ...rest] = normaliseerNaam(naam).split(' ');
  return `${voornaam[0]}${rest.join('')}`;
};

async function seedCollegas(ctx: AppContext, teamIds: Map<string, string>): Promise<void> {
  const mensen = collegas.flatMap(([teamNaam, rol, namen]) => namen.map((naam) => ({ teamNaam, rol, naam })));
  const ids = await ctx.db
    .insert(medewerker)
    .values(
      mensen.map((m) => ({
        naam: m.naam,
        gebruikersnaam: gebruikersnaamVan(m.naam),
        email: `${gebruikersnaamVan(m.naam)}@voorbeeldstad.nl`,
        rollen: [m.rol],
      })),
    )
    .returning({ id: medewerker.id, naam: medewerker.naam });
  await ctx.db
    .insert(teamlidmaatschap)
    .values(ids.map((m, i) => ({ medewerkerId: m.id, teamId: teamIds.get(mensen[i].teamNaam) as string })));
}

export async function seedOrganisatie(ctx: AppContext, actor: Actor): Promise<void> {
  const ids = new Map<string, string>();
  for (const [naam, omschrijving, mailbox] of teams) {
    const t = await createTeam(ctx, actor, {
      naam,
      omschrijving,
      email: `${mailbox}@voorbeeldstad.nl`,
      kcc: naam === 'KCC',
    });
    ids.set(naam, t.id);
  }
  for (const mw of demoMedewerkers) {
    await createMedewerker(ctx, actor, {
      naam: mw.naam,
      gebruikersnaam: mw.gebruikersnaam,
      email: `${mw.gebruikersnaam}@voorbeeldstad.nl`,
      rollen: mw.rollen,
      teamIds: mw.teams.map((t) => ids.get(t) as string),
      wachtwoord: DEMO_WACHTWOORD,
    });
  }
  await seedCollegas(ctx, ids);
  // Demo accounts keep the published password instead of having to change it at first login.
  const namen = demoMedewerkers.map((m) => m.gebruikersnaam);
  await ctx.db
    .update(medewerker)
    .set({ wachtwoordTijdelijk: false })
    .where(inArray(medewerker.gebruikersnaam, namen));
}

/** The back-office teams of the demo municipality (all but the KCC), in the order above. */
export async function demoBackofficeTeamIds(db: Queryable): Promise<string[]> {
  const perNaam = new Map((await alleTeams(db)).map((t) => [t.naam, t]));
  return teams.flatMap(([naam]) => {
    const t = perNaam.get(naam);
    return t && !t.kcc ? [t.id] : [];
  });
}
