import { and, eq, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { klantcontactView } from '../klantcontacten/views';
import { medewerkerView, teamView } from '../organisatie/views';
import { contactgegevenView } from '../partijen/views';
import {
  type Adres,
  type Contactnaam,
  type Identificator,
  kiActor,
  kiActorKlantcontact,
  kiBetrokkene,
  kiDigitaalAdres,
} from './schema';

/**
 * The resources that are partly Stadspunt's own rows and partly rows of this module, as one
 * subquery each. Conditions on them are pushed into both branches, so indexes still serve.
 */
const qb = new QueryBuilder();

const tekst = (waarde: string, naam: string) => sql<string>`${waarde}::text`.as(naam);
const leeg = <T>(type: string, naam: string) => sql<T | null>`null::${sql.raw(type)}`.as(naam);

export const digitaalAdresUnie = qb
  .select({
    id: contactgegevenView.id,
    partijId: sql<string | null>`${contactgegevenView.partijId}`.as('partij_id'),
    betrokkeneId: sql<string | null>`${kiDigitaalAdres.betrokkeneId}`.as('betrokkene_id'),
    soort:
      sql<string>`case ${contactgegevenView.soort} when 'telefoon' then 'telefoonnummer' else 'email' end`.as(
        'soort',
      ),
    // Phone numbers in E.164, the form the standard's pattern accepts.
    adres:
      sql<string>`case ${contactgegevenView.soort} when 'telefoon' then ${contactgegevenView.sleutel} else ${contactgegevenView.waarde} end`.as(
        'adres',
      ),
    omschrijving: sql<string>`coalesce(${contactgegevenView.omschrijving}, '')`.as('omschrijving'),
    isStandaardAdres: sql<boolean>`coalesce(${kiDigitaalAdres.isStandaardAdres}, false)`.as(
      'is_standaard_adres',
    ),
    referentie: sql<string>`coalesce(${kiDigitaalAdres.referentie}, '')`.as('referentie'),
    verificatieDatum: sql<string | null>`${kiDigitaalAdres.verificatieDatum}::text`.as('verificatie_datum'),
    inStadspunt: sql<boolean>`true`.as('in_stadspunt'),
  })
  .from(contactgegevenView)
  .leftJoin(kiDigitaalAdres, eq(kiDigitaalAdres.contactgegevenId, contactgegevenView.id))
  // The standard holds addresses of at most 80 characters; longer ones stay in Stadspunt only.
  .where(sql`char_length(${contactgegevenView.waarde}) <= 80`)
  .unionAll(
    qb
      .select({
        id: kiDigitaalAdres.id,
        partijId: sql<string | null>`${kiDigitaalAdres.partijId}`.as('partij_id'),
        betrokkeneId: sql<string | null>`${kiDigitaalAdres.betrokkeneId}`.as('betrokkene_id'),
        soort: sql<string>`${kiDigitaalAdres.soort}`.as('soort'),
        adres: sql<string>`${kiDigitaalAdres.adres}`.as('adres'),
        omschrijving: sql<string>`coalesce(${kiDigitaalAdres.omschrijving}, '')`.as('omschrijving'),
        isStandaardAdres: sql<boolean>`${kiDigitaalAdres.isStandaardAdres}`.as('is_standaard_adres'),
        referentie: sql<string>`${kiDigitaalAdres.referentie}`.as('referentie'),
        verificatieDatum: sql<string | null>`${kiDigitaalAdres.verificatieDatum}::text`.as(
          'verificatie_datum',
        ),
        inStadspunt: sql<boolean>`false`.as('in_stadspunt'),
      })
      .from(kiDigitaalAdres)
      .where(isNull(kiDigitaalAdres.contactgegevenId)),
  )
  .as('digitaal_adres');

/** The party of a klantcontact is a betrokkene (with the klantcontact's id) until ki_betrokkene describes it. */
export const betrokkeneUnie = qb
  .select({
    id: kiBetrokkene.id,
    klantcontactId: sql<string>`${kiBetrokkene.klantcontactId}`.as('klantcontact_id'),
    partijId: sql<string | null>`${kiBetrokkene.partijId}`.as('partij_id'),
    rol: sql<'klant' | 'vertegenwoordiger'>`${kiBetrokkene.rol}`.as('rol'),
    initiator: sql<boolean>`${kiBetrokkene.initiator}`.as('initiator'),
    organisatienaam: sql<string>`${kiBetrokkene.organisatienaam}`.as('organisatienaam'),
    contactnaam: sql<Contactnaam | null>`${kiBetrokkene.contactnaam}`.as('contactnaam'),
    bezoekadres: sql<Adres | null>`${kiBetrokkene.bezoekadres}`.as('bezoekadres'),
    correspondentieadres: sql<Adres | null>`${kiBetrokkene.correspondentieadres}`.as('correspondentieadres'),
    eigen: sql<boolean>`true`.as('eigen'),
  })
  .from(kiBetrokkene)
  .unionAll(
    qb
      .select({
        id: klantcontactView.id,
        klantcontactId: sql<string>`${klantcontactView.id}`.as('klantcontact_id'),
        partijId: sql<string | null>`${klantcontactView.partijId}`.as('partij_id'),
        rol: sql<'klant' | 'vertegenwoordiger'>`'klant'::text`.as('rol'),
        initiator: sql<boolean>`true`.as('initiator'),
        organisatienaam: tekst('', 'organisatienaam'),
        contactnaam: leeg<Contactnaam>('jsonb', 'contactnaam'),
        bezoekadres: leeg<Adres>('jsonb', 'bezoekadres'),
        correspondentieadres: leeg<Adres>('jsonb', 'correspondentieadres'),
        eigen: sql<boolean>`false`.as('eigen'),
      })
      .from(klantcontactView)
      .where(
        and(
          isNotNull(klantcontactView.partijId),
          notExists(
            qb
              .select({ id: kiBetrokkene.id })
              .from(kiBetrokkene)
              .where(
                and(
                  eq(kiBetrokkene.klantcontactId, klantcontactView.id),
                  eq(kiBetrokkene.partijId, klantcontactView.partijId),
                ),
              ),
          ),
        ),
      ),
  )
  .as('betrokkene');

/** Stadspunt's employees and teams, and the actors only the standard knows. */
export const actorUnie = qb
  .select({
    id: medewerkerView.id,
    naam: sql<string>`${medewerkerView.naam}`.as('naam'),
    soort: sql<string>`'medewerker'`.as('soort'),
    indicatieActief: sql<boolean>`${medewerkerView.actief}`.as('indicatie_actief'),
    // As KISS identifies an employee: by the identificatie the beheerder set, else by e-mail address.
    identificator: sql<Identificator | null>`case when ${medewerkerView.identificatie} is null
        then jsonb_build_object('objectId', ${medewerkerView.email}, 'codeObjecttype', 'mdw',
          'codeRegister', 'handmatig', 'codeSoortObjectId', 'email')
        else jsonb_build_object('objectId', ${medewerkerView.identificatie}, 'codeObjecttype', 'mdw',
          'codeRegister', 'obj', 'codeSoortObjectId', 'idf') end`.as('identificator'),
    actorIdentificatie: leeg<Record<string, string>>('jsonb', 'actor_identificatie'),
    eigen: sql<boolean>`false`.as('eigen'),
  })
  .from(medewerkerView)
  .unionAll(
    qb
      .select({
        id: teamView.id,
        naam: sql<string>`${teamView.naam}`.as('naam'),
        soort: sql<string>`'organisatorische_eenheid'`.as('soort'),
        indicatieActief: sql<boolean>`true`.as('indicatie_actief'),
        // As KISS identifies a department: by the identificatie the beheerder set, else by name.
        identificator: sql<Identificator | null>`case when ${teamView.identificatie} is null
          then jsonb_build_object('objectId', ${teamView.naam}, 'codeObjecttype', 'afd',
            'codeRegister', 'stadspunt', 'codeSoortObjectId', 'naam')
          else jsonb_build_object('objectId', ${teamView.identificatie}, 'codeObjecttype', 'afd',
            'codeRegister', 'obj', 'codeSoortObjectId', 'idf') end`.as('identificator'),
        actorIdentificatie: sql<Record<string, string> | null>`jsonb_strip_nulls(jsonb_build_object(
        'omschrijving', left(${teamView.omschrijving}, 200), 'emailadres', ${teamView.email}))`.as(
          'actor_identificatie',
        ),
        eigen: sql<boolean>`false`.as('eigen'),
      })
      .from(teamView),
  )
  .unionAll(
    qb
      .select({
        id: kiActor.id,
        naam: sql<string>`${kiActor.naam}`.as('naam'),
        soort: sql<string>`${kiActor.soort}`.as('soort'),
        indicatieActief: sql<boolean>`${kiActor.indicatieActief}`.as('indicatie_actief'),
        identificator: sql<Identificator | null>`${kiActor.identificator}`.as('identificator'),
        actorIdentificatie: sql<Record<string, string> | null>`${kiActor.actorIdentificatie}`.as(
          'actor_identificatie',
        ),
        eigen: sql<boolean>`true`.as('eigen'),
      })
      .from(kiActor),
  )
  .as('actor');

/** The employee of a klantcontact is an actorklantcontact (with the klantcontact's id) until a row names it. */
export const actorKlantcontactUnie = qb
  .select({
    id: kiActorKlantcontact.id,
    actorId: sql<string>`${kiActorKlantcontact.actorId}`.as('actor_id'),
    klantcontactId: sql<string>`${kiActorKlantcontact.klantcontactId}`.as('klantcontact_id'),
    eigen: sql<boolean>`true`.as('eigen'),
  })
  .from(kiActorKlantcontact)
  .unionAll(
    qb
      .select({
        id: klantcontactView.id,
        actorId: sql<string>`${klantcontactView.medewerkerId}`.as('actor_id'),
        klantcontactId: sql<string>`${klantcontactView.id}`.as('klantcontact_id'),
        eigen: sql<boolean>`false`.as('eigen'),
      })
      .from(klantcontactView)
      .where(
        and(
          isNotNull(klantcontactView.medewerkerId),
          notExists(
            qb
              .select({ id: kiActorKlantcontact.id })
              .from(kiActorKlantcontact)
              .where(
                and(
                  eq(kiActorKlantcontact.klantcontactId, klantcontactView.id),
                  eq(kiActorKlantcontact.actorId, klantcontactView.medewerkerId),
                ),
              ),
          ),
        ),
      ),
  )
  .as('actor_klantcontact');
