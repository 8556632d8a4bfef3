import type { Actor, Rol, Scope, Toegang } from '../platform/auth/rollen';

/**
 * Who may call an operation at all: the first half of every rule. The object rules in the
 * files beside this one narrow it down to the team, the party or the employee's own things.
 */
export interface Regel {
  /** The employees (by role) who may call it; the object rule may narrow it further. */
  rollen: Toegang;
  /** The scopes any of which admits a system client (API token); none: not for tokens. */
  systeem?: readonly Scope[];
  /** The rule in one Dutch line: the README table and the API overview show it. */
  uitleg: string;
}

export const BEHANDELAARS = ['kcc-medewerker', 'backoffice-medewerker', 'key-user', 'teamleider'] as const;
export const REGIE = ['key-user', 'teamleider'] as const;
export const BEHEER = ['functioneel-beheerder'] as const;
const STUREN = ['key-user', 'teamleider', 'functioneel-beheerder'] as const;
/** Reading the organisation (teams, employees, products): any token. */
const LEZEN: readonly Scope[] = ['lezen', 'klantinteracties', 'beheer'];
/** Reading what residents asked: tokens for reading or the Klantinteracties API, not beheer. */
const DATA_LEZEN: readonly Scope[] = ['lezen', 'klantinteracties'];
const KI: readonly Scope[] = ['klantinteracties'];

const r = (rollen: Toegang, uitleg: string, systeem?: readonly Scope[]): Regel => ({
  rollen,
  uitleg,
  systeem,
});

export const regels = {
  'sessie.inloggen': r('publiek', 'iedereen'),
  'sessie.lezen': r('ingelogd', 'de ingelogde medewerker zelf'),
  'sessie.uitloggen': r('ingelogd', 'de ingelogde medewerker zelf'),
  'sessie.overal-uitloggen': r('ingelogd', 'de ingelogde medewerker zelf, voor al zijn sessies'),
  'sessie.opties': r('publiek', 'iedereen'),
  'sessie.wachtwoord': r('ingelogd', 'de ingelogde medewerker zelf'),
  'oidc.inloggen': r('publiek', 'iedereen'),

  'kalender.termijn': r('publiek', 'iedereen'),
  'kalender.feestdagen': r('publiek', 'iedereen'),
  'kalender.sluitingsdagen': r('ingelogd', 'elke medewerker', LEZEN),
  'kalender.sluitingsdag-beheren': r(BEHEER, 'functioneel beheerder', ['beheer']),

  'audit.zoeken': r(BEHEER, 'functioneel beheerder'),
  'audit.exporteren': r(BEHEER, 'functioneel beheerder; de export staat zelf in het auditlog'),
  'api-token.beheren': r(BEHEER, 'functioneel beheerder; nooit met een API-token'),
  'mail.lezen': r(BEHEER, 'functioneel beheerder'),
  'melding.eigen': r('ingelogd', 'alleen de eigen meldingen'),

  'rol.lezen': r('ingelogd', 'elke medewerker', LEZEN),
  'team.lezen': r('ingelogd', 'elke medewerker', LEZEN),
  'team.beheren': r(BEHEER, 'functioneel beheerder', ['beheer']),
  'medewerker.lezen': r('ingelogd', 'elke medewerker', LEZEN),
  'medewerker.beheren': r(BEHEER, 'functioneel beheerder', ['beheer']),
  'medewerker.wachtwoord-reset': r(BEHEER, 'functioneel beheerder'),

  'product.zoeken': r('ingelogd', 'elke medewerker', LEZEN),
  'product.beheren': r(BEHEER, 'functioneel beheerder', ['beheer']),
  'persoon.lezen': r(BEHANDELAARS, 'KCC en backoffice; zoeken op BSN wordt gelogd'),
  'partij.zoeken': r(BEHANDELAARS, 'KCC en backoffice; BSN gemaskeerd'),
  'partij.openen': r(BEHANDELAARS, 'KCC en backoffice'),
  'partij.lezen': r(BEHANDELAARS, 'KCC en backoffice; BSN gemaskeerd, inzage gelogd'),
  'partij.bsn-inzage': r(BEHANDELAARS, 'KCC en backoffice, met reden; gelogd'),
  'partij.contactgegevens': r(BEHANDELAARS, 'KCC en backoffice'),
  'partij.tijdlijn': r(BEHANDELAARS, 'KCC en backoffice'),

  'klantcontact.registreren': r(BEHANDELAARS, 'KCC en backoffice', KI),
  'klantcontact.lezen': r(BEHANDELAARS, 'KCC en backoffice', DATA_LEZEN),
  'klantcontact.concept-afronden': r(BEHANDELAARS, 'alleen wie het concept maakte'),
  'klantcontact.eigen-concepten': r(BEHANDELAARS, 'alleen de eigen concepten'),
  'klantcontact.veelgevraagd': r(BEHANDELAARS, 'KCC en backoffice'),
  'lopend-contact.beginnen': r(BEHANDELAARS, 'KCC en backoffice; één lopend contact per medewerker'),
  'lopend-contact.eigen': r(BEHANDELAARS, 'alleen de medewerker van wie het lopende contact is'),

  'contactverzoek.maken': r(BEHANDELAARS, 'KCC en backoffice, voor elk team', KI),
  'contactverzoek.zoeken': r(
    BEHANDELAARS,
    'eigen teams; KCC: zelf gemaakt of van de open kaart; KCC-teamleider: alles',
    DATA_LEZEN,
  ),
  'contactverzoek.lezen': r(
    BEHANDELAARS,
    'eigen teams volledig; zelf gemaakt of van de open kaart: status zonder notities; anders 404',
    DATA_LEZEN,
  ),
  'contactverzoek.oppakken': r(
    BEHANDELAARS,
    'medewerkers van het team van het verzoek, voor zichzelf; anders 403',
  ),
  'contactverzoek.behandelen': r(BEHANDELAARS, 'medewerkers van het team van het verzoek; anders 403', KI),
  'contactverzoek.toewijzen': r(REGIE, 'key user of teamleider van het team, aan een lid van dat team', KI),
  'servicenorm.lezen': r('ingelogd', 'elke medewerker', LEZEN),
  'servicenorm.beheren': r(BEHEER, 'functioneel beheerder', ['beheer']),
  'zaaktype.lezen': r('ingelogd', 'elke medewerker', LEZEN),
  'zaaktype.beheren': r(BEHEER, 'functioneel beheerder; een gepubliceerde versie verandert niet', ['beheer']),

  'zaak.maken': r(BEHANDELAARS, 'KCC en backoffice, voor elk team'),
  'zaak.zoeken': r(BEHANDELAARS, 'eigen teams; KCC-teamleider: alle teams', ['lezen']),
  'zaak.lezen': r(
    BEHANDELAARS,
    'eigen teams volledig; zelf gemaakt of van de open kaart: waar de zaak staat, zonder notities; anders 404',
    ['lezen'],
  ),
  'zaak.behandelen': r(BEHANDELAARS, 'medewerkers van het team van de zaak; anders 403'),
  'zaak.toewijzen': r(REGIE, 'key user of teamleider van het team, aan een lid van dat team'),
  'regie.lezen': r(
    REGIE,
    'teamleider en key users van het KCC: open zaken en contactverzoeken van alle teams',
  ),
  'regie.statusvraag': r(REGIE, 'als regie lezen: een contactverzoek aan het verantwoordelijke team'),
  'zaak.documenten-lezen': r(
    BEHANDELAARS,
    'wie de zaak volledig leest (het team, de regie van het KCC); niet de balie die alleen de stand ziet; downloaden gelogd',
    ['lezen'],
  ),
  'zaak.documenten-behandelen': r(
    BEHANDELAARS,
    'medewerkers van het team van de zaak; een nieuwe versie alleen wie het document vergrendelde; anders 403',
  ),
  'zaak.document-ontgrendelen': r(
    [...BEHANDELAARS, ...BEHEER],
    'wie het document vergrendelde; verbreken: key user of teamleider van het team, of de functioneel beheerder (gelogd)',
  ),
  'zaak.van-partij': r(BEHANDELAARS, 'KCC en backoffice: waar elke zaak van de partij staat; gelogd', [
    'lezen',
  ]),

  'dashboard.lezen': r(
    STUREN,
    'key user en teamleider: eigen teams; KCC-teamleider en beheerder: alle teams en de organisatie',
  ),
  'rapport.lezen': r(
    STUREN,
    'key user en teamleider: eigen teams; KCC-teamleider en beheerder: alle teams en de organisatie',
  ),
  'rapport.maken': r(STUREN, 'als rapport lezen'),
  'sturing.lezen': r(
    STUREN,
    'key user en teamleider: eigen teams; KCC-teamleider en beheerder: alle teams en de organisatie',
  ),
  'kto.lezen': r('publiek', 'wie de link uit de uitnodiging heeft; zonder persoonsgegevens'),
  'kto.beantwoorden': r('publiek', 'wie de link uit de uitnodiging heeft, één keer'),

  'klantinteracties.lezen': r(
    BEHANDELAARS,
    'KCC en backoffice; internetaken als contactverzoeken lezen',
    DATA_LEZEN,
  ),
  'klantinteracties.schrijven': r(
    BEHANDELAARS,
    'KCC en backoffice; internetaken als contactverzoeken behandelen',
    KI,
  ),
} satisfies Record<string, Regel>;

export type BeleidSleutel = keyof typeof regels;

export const regelVan = (sleutel: BeleidSleutel): Regel => regels[sleutel];

/** Whether the role half of the rule lets this employee in. */
const heeftRolVoor = (regel: Regel, rollen: readonly Rol[]) =>
  regel.rollen === 'publiek' ||
  regel.rollen === 'ingelogd' ||
  rollen.some((rol) => (regel.rollen as readonly Rol[]).includes(rol));

/**
 * Why the role half of a rule refuses this caller, in Dutch, or null when it lets it in.
 * A system client needs one of the rule's scopes; a write needs one other than `lezen`.
 */
export function weigering(regel: Regel, actor: Actor, schrijft: boolean): string | null {
  if (actor.soort === 'systeem') {
    if (!regel.systeem?.length) return 'Deze functie is niet beschikbaar voor API-tokens.';
    const nodig = schrijft ? regel.systeem.filter((s) => s !== 'lezen') : regel.systeem;
    if (actor.scopes.some((s) => nodig.includes(s))) return null;
    return schrijft && actor.scopes.includes('lezen')
      ? 'Dit API-token mag alleen lezen.'
      : `Dit API-token mist de scope ${nodig.join(' of ')}.`;
  }
  return heeftRolVoor(regel, actor.rollen) ? null : 'U hebt geen toegang tot deze functie.';
}
