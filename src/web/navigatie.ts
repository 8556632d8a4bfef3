import type { Schema } from './api';
import { heeftRol, type Medewerker } from './sessie';

export interface NavItem {
  pad: string;
  titel: string;
  uitleg: string;
  rollen?: Schema<'Rol'>[];
}

const items: NavItem[] = [
  { pad: '/', titel: 'Start', uitleg: 'overzicht' },
  {
    pad: '/werkplek',
    titel: 'Werkplek',
    uitleg: 'inwoners en bedrijven vinden, hun geschiedenis zien en contacten registreren',
    rollen: ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'],
  },
  {
    pad: '/werkvoorraad',
    titel: 'Werkvoorraad',
    uitleg: 'contactverzoeken van uw team oppakken, terugbellen en afhandelen',
    rollen: ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'],
  },
  {
    pad: '/zaken',
    titel: 'Zaken',
    uitleg: 'zaken van uw team oppakken, behandelen en afsluiten',
    rollen: ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'],
  },
  {
    pad: '/dashboard',
    titel: 'Dashboard',
    uitleg: 'open en te late contactverzoeken en het aandeel binnen de norm, per team',
    rollen: ['key-user', 'teamleider', 'functioneel-beheerder'],
  },
  {
    pad: '/sturing',
    titel: 'Sturing',
    uitleg: 'first-contact resolution, kanaalmix en de servicenormen van elk kanaal',
    rollen: ['key-user', 'teamleider', 'functioneel-beheerder'],
  },
  {
    pad: '/rapporten',
    titel: 'Rapporten',
    uitleg: 'week- en maandrapportages als PDF en Excel',
    rollen: ['key-user', 'teamleider', 'functioneel-beheerder'],
  },
  {
    pad: '/beheer/teams',
    titel: 'Teams',
    uitleg: 'teams aanmaken en wijzigen, leden en key users',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/producten',
    titel: 'Producten',
    uitleg: 'het verantwoordelijke team en de servicenorm van elk product',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/servicenormen',
    titel: 'Servicenormen',
    uitleg: 'de termijnen voor contactverzoeken, per team en per product',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/medewerkers',
    titel: 'Medewerkers',
    uitleg: 'medewerkers, rollen en wachtwoorden',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/zaaktypen',
    titel: 'Zaaktypen',
    uitleg: 'de catalogus van zaaktypen: concepten, publiceren en nieuwe versies',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/api-tokens',
    titel: 'API-tokens',
    uitleg: 'toegang voor andere systemen, zoals KISS: aanmaken en intrekken',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/audit',
    titel: 'Auditlog',
    uitleg: 'wie deed wat, en wie zag welke persoonsgegevens',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/mailbox',
    titel: 'Mailbox',
    uitleg: 'de mails die Stadspunt verstuurde',
    rollen: ['functioneel-beheerder'],
  },
  {
    pad: '/beheer/sluitingsdagen',
    titel: 'Sluitingsdagen',
    uitleg: 'dagen waarop de gemeente dicht is',
    rollen: ['functioneel-beheerder'],
  },
];

const toegestaan = (m: Medewerker, i: NavItem) => !i.rollen || heeftRol(m, ...i.rollen);

export const navigatie = (m: Medewerker) => items.filter((i) => toegestaan(m, i));

/** Where an employee starts after logging in: key users and teamleiders the dashboard, back office the queue. */
export function startpagina(m: Medewerker): '/' | '/dashboard' | '/werkvoorraad' {
  if (heeftRol(m, 'key-user', 'teamleider')) return '/dashboard';
  if (heeftRol(m, 'backoffice-medewerker')) return '/werkvoorraad';
  return '/';
}

/** Whether the employee's roles open this path: the menu item it falls under decides. */
export function magNaar(m: Medewerker, pad: string): boolean {
  const item = items.find((i) => i.pad !== '/' && (pad === i.pad || pad.startsWith(`${i.pad}/`)));
  return !item || toegestaan(m, item);
}
