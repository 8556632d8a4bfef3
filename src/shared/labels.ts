import type {
  LogboekSoort,
  PogingUitkomst,
  Resultaat,
  Status,
} from '../server/modules/contactverzoeken/waarden';
import type { kanalen, uitkomsten } from '../server/modules/klantcontacten/waarden';
import { type Rol, rollen } from '../server/platform/auth/rollen';

/**
 * The one table from code to the word a person reads, for every output: the screens, the
 * timeline, the PDF and the spreadsheet. A code never reaches a reader bare.
 */
export const labels = {
  kanaal: {
    telefoon: 'Telefoon',
    balie: 'Balie',
    'e-mail': 'E-mail',
    post: 'Post',
    webformulier: 'Webformulier',
    chat: 'Chat',
    'social media': 'Social media',
  } satisfies Record<(typeof kanalen)[number], string>,
  uitkomst: {
    afgehandeld: 'Afgehandeld (eerste lijn)',
    'doorverbonden-gelukt': 'Doorverbonden, gelukt',
    'doorverbonden-niet-gelukt': 'Doorverbonden, niet gelukt',
    contactverzoek: 'Contactverzoek',
    zaak: 'Zaak',
    doorverwezen: 'Doorverwezen naar andere organisatie',
  } satisfies Record<(typeof uitkomsten)[number], string>,
  status: { open: 'Open', afgehandeld: 'Afgehandeld' } satisfies Record<Status, string>,
  resultaat: {
    beantwoord: 'Beantwoord',
    'zaak-aangemaakt': 'Zaak aangemaakt',
    doorverwezen: 'Doorverwezen',
    'niet-bereikbaar': 'Niet bereikbaar',
  } satisfies Record<Resultaat, string>,
  poging: {
    bereikt: 'Bereikt',
    'niet-bereikt': 'Niet bereikt',
    'voicemail-ingesproken': 'Voicemail ingesproken',
    'verkeerd-nummer': 'Verkeerd nummer',
  } satisfies Record<PogingUitkomst, string>,
  voorkeurstijd: {
    geen: 'Geen voorkeur',
    ochtend: "'s Ochtends",
    middag: "'s Middags",
    avond: "'s Avonds",
  },
  logboek: {
    aangemaakt: 'Aangemaakt',
    geclaimd: 'Opgepakt',
    toegewezen: 'Toegewezen',
    poging: 'Belpoging',
    notitie: 'Notitie',
    doorgestuurd: 'Doorgestuurd',
    'termijn-gewijzigd': 'Termijn gewijzigd',
    afgehandeld: 'Afgehandeld',
    'bevestiging-verstuurd': 'Bevestiging verstuurd',
    'niet-bereikbaar-bericht': 'Bericht: niet bereikbaar',
    herinnering: 'Herinnering',
    escalatie: 'Escalatie',
  } satisfies Record<LogboekSoort, string>,
  rol: Object.fromEntries(rollen.map((r) => [r.code, r.naam])) as Record<Rol, string>,
  rapportsoort: { week: 'Weekrapport', maand: 'Maandrapport', periode: 'Rapport over een gekozen periode' },
  auditActie: {
    'api-token.aangemaakt': 'API-token aangemaakt',
    'api-token.ingetrokken': 'API-token ingetrokken',
    'brp.persoon-gelezen': 'Persoon gelezen uit de BRP',
    'contactpersoon.aangemaakt': 'Contactpersoon aangemaakt',
    'contactverzoek.aangemaakt': 'Contactverzoek aangemaakt',
    'contactverzoek.gerouteerd': 'Contactverzoek naar een team gestuurd',
    'contactverzoek.ingezien': 'Contactverzoek ingezien',
    'contactverzoek.notitie': 'Notitie bij contactverzoek',
    inloggen: 'Ingelogd',
    'inloggen.oidc-onbekend': 'Inloggen met onbekend account',
    'klantcontact.geregistreerd': 'Klantcontact geregistreerd',
    'klantcontact.medewerker-gekoppeld': 'Medewerker aan klantcontact gekoppeld',
    'klantcontact.partij-gekoppeld': 'Partij aan klantcontact gekoppeld',
    'klantinteracties.betrokkene.aangemaakt': 'Betrokkene aangemaakt (Klantinteracties)',
    'klantinteracties.betrokkene.gewijzigd': 'Betrokkene gewijzigd (Klantinteracties)',
    'klantinteracties.betrokkene.verwijderd': 'Betrokkene verwijderd (Klantinteracties)',
    'klantinteracties.digitaal-adres.verwijderd': 'Digitaal adres verwijderd (Klantinteracties)',
    'klantinteracties.klantcontact.gewijzigd': 'Klantcontact gewijzigd (Klantinteracties)',
    'klantinteracties.onderwerpobject.aangemaakt': 'Onderwerpobject aangemaakt (Klantinteracties)',
    'klantinteracties.partijen-gelezen': 'Partijen gelezen (Klantinteracties)',
    'medewerker.aangemaakt': 'Medewerker aangemaakt',
    'medewerker.gewijzigd': 'Medewerker gewijzigd',
    'medewerker.oidc-gekoppeld': 'Medewerker aan inlogaccount gekoppeld',
    'medewerker.wachtwoord-gereset': 'Wachtwoord van medewerker opnieuw ingesteld',
    'medewerker.wachtwoord-gewijzigd': 'Wachtwoord gewijzigd',
    'partij.aangemaakt': 'Partij aangemaakt',
    'partij.bsn-getoond': 'BSN getoond',
    'partij.contactgegevens-gewijzigd': 'Contactgegevens gewijzigd',
    'partij.gewijzigd': 'Partij gewijzigd',
    'partij.gezocht': 'Partij gezocht',
    'partij.ingezien': 'Partij ingezien',
    'partij.verwijderd': 'Partij verwijderd',
    'rapport.gemaakt': 'Rapport gemaakt',
    'servicenorm.ingesteld': 'Servicenorm ingesteld',
    'sluitingsdag.toegevoegd': 'Sluitingsdag toegevoegd',
    'sluitingsdag.verwijderd': 'Sluitingsdag verwijderd',
    'team.aangemaakt': 'Team aangemaakt',
    'team.gewijzigd': 'Team gewijzigd',
    uitloggen: 'Uitgelogd',
    'uitloggen.overal': 'Overal uitgelogd',
  } as Record<string, string>,
} as const;

export type Labelsoort = keyof typeof labels;

/**
 * The word for a code. A code this table does not know yet (an audit action a new module
 * writes) is still written as words: "zaak.aangemaakt" → "Zaak aangemaakt".
 */
export function label<S extends Labelsoort>(soort: S, code: keyof (typeof labels)[S] & string): string {
  const woord = (labels[soort] as Record<string, string>)[code];
  if (woord) return woord;
  const tekst = code.replace(/[.-]+/g, ' ');
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
