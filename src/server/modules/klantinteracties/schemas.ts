import { z } from 'zod';
import { normaliseerTelefoon } from '../partijen/sleutels';

/**
 * Request bodies of the Klantinteracties standard, with the spec's rules (lengths, patterns,
 * enums, required fields). Unknown and read-only fields (uuid, url, …) are ignored, as Open
 * Klant does, so a client may send back what it read.
 */

const tekst = (max: number) => z.string().max(max, `Maximaal ${max} tekens.`);

/** A reference to another resource: `{ uuid }` (the url is read-only). */
export const verwijzing = z.object({ uuid: z.uuid({ message: 'Geen geldige UUID.' }) });

export const adres = z.object({
  nummeraanduidingId: tekst(16)
    .regex(/^[0-9]{16}$/, 'Een nummeraanduiding-id heeft 16 cijfers.')
    .or(z.literal(''))
    .optional(),
  straatnaam: tekst(255).optional(),
  huisnummer: z.number().int().min(1).max(99999).nullable().optional(),
  huisnummertoevoeging: tekst(20).optional(),
  postcode: tekst(7)
    .regex(/^[1-9][0-9]{3} [A-Z]{2}$/, 'Een postcode is vier cijfers, een spatie en twee hoofdletters.')
    .or(z.literal(''))
    .optional(),
  stad: tekst(255).optional(),
  adresregel1: tekst(80).optional(),
  adresregel2: tekst(80).optional(),
  adresregel3: tekst(80).optional(),
  land: z.string().length(2, 'Een landcode heeft 2 letters.').or(z.literal('')).optional(),
});

export const contactnaam = z.object({
  voorletters: tekst(10).optional(),
  voornaam: tekst(200).optional(),
  voorvoegselAchternaam: tekst(10).optional(),
  achternaam: tekst(200).optional(),
});
export type ContactnaamInvoer = z.infer<typeof contactnaam>;

export const naamVan = (n: ContactnaamInvoer | null | undefined) =>
  [n?.voornaam || n?.voorletters, n?.voorvoegselAchternaam, n?.achternaam].filter(Boolean).join(' ').trim();

/** The free identificator of an onderwerpobject, bijlage or actor. */
export const vrijeIdentificator = z.object({
  objectId: tekst(200).optional(),
  codeObjecttype: tekst(200).optional(),
  codeRegister: tekst(200).optional(),
  codeSoortObjectId: tekst(200).optional(),
});

export const partijIdentificatorGroep = z.object({
  codeObjecttype: z.enum(['natuurlijk_persoon', 'niet_natuurlijk_persoon', 'vestiging']),
  codeSoortObjectId: z.enum(['bsn', 'vestigingsnummer', 'kvk_nummer', 'rsin']),
  objectId: tekst(200),
  codeRegister: z.enum(['brp', 'hr']),
});

export const partijIdentificatorInvoer = z.object({
  identificeerdePartij: verwijzing.nullable().optional(),
  anderePartijIdentificator: tekst(200).optional(),
  partijIdentificator: partijIdentificatorGroep,
  subIdentificatorVan: verwijzing.nullable().optional(),
});
export type PartijIdentificatorInvoer = z.infer<typeof partijIdentificatorInvoer>;

const partijVelden = {
  nummer: tekst(10).nullable().optional(),
  interneNotitie: tekst(1000).optional(),
  digitaleAdressen: z.array(verwijzing).nullable().optional(),
  voorkeursDigitaalAdres: verwijzing.nullable().optional(),
  rekeningnummers: z.array(verwijzing).nullable().optional(),
  voorkeursRekeningnummer: verwijzing.nullable().optional(),
  partijIdentificatoren: z
    .array(partijIdentificatorInvoer.omit({ identificeerdePartij: true }))
    .nullable()
    .optional(),
  indicatieGeheimhouding: z.boolean().nullable().optional(),
  voorkeurstaal: tekst(3).optional(),
  indicatieActief: z.boolean(),
  bezoekadres: adres.nullable().optional(),
  correspondentieadres: adres.nullable().optional(),
};

const partijIdentificatie = z.object({
  contactnaam: contactnaam.nullable().optional(),
  naam: tekst(200).optional(),
  werkteVoorPartij: verwijzing.nullable().optional(),
});

export const partijInvoer = z.discriminatedUnion(
  'soortPartij',
  [
    z.object({
      ...partijVelden,
      soortPartij: z.literal('persoon'),
      partijIdentificatie: partijIdentificatie.pick({ contactnaam: true }).nullable().optional(),
    }),
    z.object({
      ...partijVelden,
      soortPartij: z.literal('organisatie'),
      partijIdentificatie: partijIdentificatie.pick({ naam: true }).nullable().optional(),
    }),
    z.object({
      ...partijVelden,
      soortPartij: z.literal('contactpersoon'),
      partijIdentificatie: partijIdentificatie
        .pick({ contactnaam: true, werkteVoorPartij: true })
        .nullable()
        .optional(),
    }),
  ],
  { message: 'Kies een soortPartij: persoon, organisatie of contactpersoon.' },
);

export const partijWijziging = z
  .object(partijVelden)
  .partial()
  .extend({
    soortPartij: z.enum(['persoon', 'organisatie', 'contactpersoon']).optional(),
    partijIdentificatie: partijIdentificatie.nullable().optional(),
  });
export type PartijWijziging = z.infer<typeof partijWijziging>;

const TELEFOON = /^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$/;
const GEEN_SERVICENUMMER = /^(0800|0900|1400|140\d{2})/;

export const digitaalAdresInvoer = z
  .object({
    verstrektDoorBetrokkene: verwijzing.nullable().optional(),
    verstrektDoorPartij: verwijzing.nullable().optional(),
    adres: tekst(80),
    soortDigitaalAdres: z.enum(['email', 'telefoonnummer', 'overig']),
    isStandaardAdres: z.boolean().optional(),
    omschrijving: tekst(40).optional(),
    referentie: tekst(50)
      .regex(/^[-a-zA-Z0-9_]+$/, 'Alleen letters, cijfers, - en _.')
      .or(z.literal(''))
      .optional(),
    verificatieDatum: z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' }).nullable().optional(),
  })
  .superRefine((d, ctx) => {
    const fout = (message: string) => ctx.addIssue({ code: 'custom', path: ['adres'], message });
    if (d.soortDigitaalAdres === 'email' && !z.email().safeParse(d.adres).success)
      fout('Geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.');
    const telefoon =
      TELEFOON.test(d.adres) && !GEEN_SERVICENUMMER.test(d.adres) && normaliseerTelefoon(d.adres);
    if (d.soortDigitaalAdres === 'telefoonnummer' && !telefoon)
      fout(
        'Geen geldig telefoonnummer: 0612345678, +31612345678 of 0031612345678; geen 0800, 0900 of 140xx.',
      );
  });
export type DigitaalAdresInvoer = z.infer<typeof digitaalAdresInvoer>;

const betrokkeneVelden = {
  wasPartij: verwijzing.nullable().optional(),
  bezoekadres: adres.nullable().optional(),
  correspondentieadres: adres.nullable().optional(),
  contactnaam: contactnaam.nullable().optional(),
  rol: z.enum(['vertegenwoordiger', 'klant']),
  organisatienaam: tekst(200).optional(),
  initiator: z.boolean(),
};
export const betrokkeneInvoer = z.object({ ...betrokkeneVelden, hadKlantcontact: verwijzing });
export type BetrokkeneInvoer = z.infer<typeof betrokkeneInvoer>;
/** In maak-klantcontact the klantcontact is the one being made. */
export const betrokkeneBijKlantcontact = z.object(betrokkeneVelden);

export const klantcontactInvoer = z.object({
  nummer: tekst(10).nullable().optional(),
  referentienummer: tekst(10).nullable().optional(),
  kanaal: tekst(50),
  onderwerp: tekst(200),
  inhoud: tekst(1000).optional(),
  reactie: tekst(4000).optional(),
  indicatieContactGelukt: z.boolean().nullable().optional(),
  hoofdOnderwerpType: z.url({ message: 'Geen geldige URL.' }).max(200).or(z.literal('')).optional(),
  verdereActieOndernomen: z.boolean().optional(),
  taal: tekst(3),
  vertrouwelijk: z.boolean(),
  plaatsgevondenOp: z.iso
    .datetime({ offset: true, message: 'Geef een tijdstip volgens ISO 8601.' })
    .optional(),
  metadata: z.record(z.string(), tekst(255)).optional(),
});
export type KlantcontactStandaardInvoer = z.infer<typeof klantcontactInvoer>;

const telefoonnummer = z.string().max(20).regex(TELEFOON, 'Geen geldig telefoonnummer.');
const email = z.email({ message: 'Geen geldig e-mailadres.' }).max(254);

const actorVelden = {
  naam: tekst(200),
  indicatieActief: z.boolean().optional(),
  actoridentificator: vrijeIdentificator.nullable().optional(),
};
export const actorInvoer = z.discriminatedUnion(
  'soortActor',
  [
    z.object({
      ...actorVelden,
      soortActor: z.literal('medewerker'),
      actorIdentificatie: z
        .object({ functie: tekst(40), emailadres: email.optional(), telefoonnummer })
        .optional(),
    }),
    z.object({
      ...actorVelden,
      soortActor: z.literal('geautomatiseerde_actor'),
      actorIdentificatie: z.object({ functie: tekst(40), omschrijving: tekst(200).optional() }).optional(),
    }),
    z.object({
      ...actorVelden,
      soortActor: z.literal('organisatorische_eenheid'),
      actorIdentificatie: z
        .object({
          omschrijving: tekst(200).optional(),
          emailadres: email.optional(),
          faxnummer: tekst(20).optional(),
          telefoonnummer: telefoonnummer.optional(),
        })
        .optional(),
    }),
  ],
  { message: 'Kies een soortActor: medewerker, geautomatiseerde_actor of organisatorische_eenheid.' },
);
export type ActorInvoer = z.infer<typeof actorInvoer>;

export const actorKlantcontactInvoer = z.object({ actor: verwijzing, klantcontact: verwijzing });

export const interneTaakInvoer = z.object({
  nummer: tekst(10).nullable().optional(),
  referentienummer: tekst(10).nullable().optional(),
  gevraagdeHandeling: tekst(200).min(1, 'Vul de gevraagde handeling in.'),
  aanleidinggevendKlantcontact: verwijzing,
  toegewezenAanActor: verwijzing.nullable().optional(),
  toegewezenAanActoren: z.array(verwijzing).optional(),
  toelichting: tekst(1000).optional(),
  status: z.enum(['te_verwerken', 'verwerkt']),
  afgehandeldOp: z.iso
    .datetime({ offset: true, message: 'Geef een tijdstip volgens ISO 8601.' })
    .nullable()
    .optional(),
});
export type InterneTaakInvoer = z.infer<typeof interneTaakInvoer>;
