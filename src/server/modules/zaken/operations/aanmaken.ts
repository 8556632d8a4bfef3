import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { amsterdamseDatum, datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { inTransactie, type Tx } from '../../../platform/db/client';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { klantcontactView } from '../../klantcontacten/views';
import { medewerkerNaam } from '../../organisatie/operations/medewerker-lezen';
import { findTeam } from '../../organisatie/operations/team-lezen';
import { isTeamlid } from '../../organisatie/operations/teamlidmaatschap';
import { partijNaam } from '../../partijen/bestaat';
import { getZaaktype, type ZaaktypeCompleet } from '../../zaaktypen/lezen';
import { eigenschapFout } from '../eigenschappen';
import { schrijfLogboek } from '../logboek';
import { zaak, zaakEigenschap, zaakRol } from '../schema';
import type { ZaakInvoer } from '../schemas';
import { termijnenBijStart } from '../termijnen';
import { getZaak } from './lees-zaak';
import { statusGezet } from './status-bericht';

const fout = (veld: string, melding: string): VeldFout[] => [{ veld, melding }];

function zaaktypeFouten(zt: ZaaktypeCompleet | undefined, startdatum: string): VeldFout[] {
  if (!zt) return fout('zaaktypeId', 'Dit zaaktype bestaat niet.');
  if (zt.concept)
    return fout('zaaktypeId', `Zaaktype "${zt.omschrijving}" is nog een concept: publiceer het eerst.`);
  if (zt.beginGeldigheid > startdatum || (zt.eindeGeldigheid && zt.eindeGeldigheid < startdatum))
    return fout('zaaktypeId', `Zaaktype "${zt.omschrijving}" is niet geldig op ${datumTekst(startdatum)}.`);
  return [];
}

async function betrokkenenFouten(
  tx: Tx,
  invoer: ZaakInvoer,
  teamId: string | null,
  initiatorNaam: string | null,
): Promise<VeldFout[]> {
  const fouten: VeldFout[] = [];
  if (!teamId) fouten.push(...fout('teamId', 'Kies het team dat de zaak behandelt.'));
  else if (!(await findTeam(tx, teamId))) fouten.push(...fout('teamId', 'Dit team bestaat niet.'));
  else if (invoer.behandelaarId && !(await isTeamlid(tx, teamId, invoer.behandelaarId)))
    fouten.push(...fout('behandelaarId', 'Deze medewerker hoort niet bij het team van de zaak.'));
  if (invoer.initiatorPartijId && !initiatorNaam)
    fouten.push(...fout('initiatorPartijId', 'Deze partij bestaat niet.'));
  if (invoer.klantcontactId && !(await bestaatKlantcontact(tx, invoer.klantcontactId)))
    fouten.push(...fout('klantcontactId', 'Dit klantcontact bestaat niet.'));
  return fouten;
}

const bestaatKlantcontact = async (tx: Tx, id: string) =>
  (await tx.select({ id: klantcontactView.id }).from(klantcontactView).where(eq(klantcontactView.id, id)))
    .length > 0;

async function hoofdzaakFouten(tx: Tx, hoofdzaakId: string | undefined): Promise<VeldFout[]> {
  if (!hoofdzaakId) return [];
  const [h] = await tx
    .select({ identificatie: zaak.identificatie, hoofdzaakId: zaak.hoofdzaakId, einddatum: zaak.einddatum })
    .from(zaak)
    .where(eq(zaak.id, hoofdzaakId));
  if (!h) return fout('hoofdzaakId', 'Deze hoofdzaak bestaat niet.');
  if (h.hoofdzaakId)
    return fout('hoofdzaakId', `${h.identificatie} is zelf een deelzaak: een deelzaak heeft geen deelzaken.`);
  if (h.einddatum) return fout('hoofdzaakId', `${h.identificatie} is al afgesloten.`);
  return [];
}

function eigenschapFouten(zt: ZaaktypeCompleet, invoer: ZaakInvoer): VeldFout[] {
  return (invoer.eigenschappen ?? []).flatMap((e, i) => {
    const def = zt.eigenschappen.find((d) => d.id === e.eigenschapId);
    const melding = def ? eigenschapFout(def, e.waarde) : 'Deze eigenschap hoort niet bij het zaaktype.';
    return melding ? fout(`eigenschappen.${i}.waarde`, melding) : [];
  });
}

/**
 * Opens a zaak of a published zaaktype: deadlines from the servicenorm and the doorlooptijd,
 * the first status, the initiator (the party) and the behandelaar, the contact it came from.
 * Everything or nothing is written; every bad field gets its Dutch message.
 */
export async function maakZaak(ctx: AppContext, actor: Actor, invoer: ZaakInvoer, transactie?: Tx) {
  const nu = ctx.now();
  const vandaag = amsterdamseDatum(nu);
  const startdatum = invoer.startdatum ?? vandaag;
  return inTransactie(ctx.db, transactie, async (tx) => {
    const zt = await getZaaktype(tx, invoer.zaaktypeId);
    const teamId = invoer.teamId ?? zt?.teamId ?? null;
    const initiatorNaam = invoer.initiatorPartijId
      ? await partijNaam(tx, invoer.initiatorPartijId).catch(() => null)
      : null;
    const fouten = [
      ...zaaktypeFouten(zt, startdatum),
      ...(startdatum > vandaag ? fout('startdatum', 'De startdatum ligt in de toekomst.') : []),
      ...(await betrokkenenFouten(tx, invoer, teamId, initiatorNaam)),
      ...(await hoofdzaakFouten(tx, invoer.hoofdzaakId)),
      ...(zt && !zt.concept ? eigenschapFouten(zt, invoer) : []),
    ];
    if (fouten.length > 0 || !zt || !teamId) throw nietVerwerkbaar('De zaak is niet compleet.', fouten);
    const eerste = zt.statustypen[0];
    const termijnen = termijnenBijStart(startdatum, zt, await loadKalender(tx));
    const [{ id }] = await tx
      .insert(zaak)
      .values({
        identificatie: sql`${`ZAAK-${vandaag.slice(0, 4)}-`} || lpad(nextval('zaak_nummer')::text, 7, '0')`,
        bronorganisatie: ctx.config.rsin,
        zaaktypeId: zt.id,
        omschrijving: invoer.omschrijving,
        toelichting: invoer.toelichting ?? '',
        teamId,
        behandelaarId: invoer.behandelaarId ?? null,
        klantcontactId: invoer.klantcontactId ?? null,
        hoofdzaakId: invoer.hoofdzaakId ?? null,
        vertrouwelijkheid: invoer.vertrouwelijkheid ?? zt.vertrouwelijkheid,
        registratiedatum: vandaag,
        startdatum,
        ...termijnen,
        statustypeId: eerste.id,
        statusGezet: nu,
        aangemaaktDoor: actor.id,
        aangemaakt: nu,
      })
      .returning({ id: zaak.id });
    await rollen(tx, zt, id, invoer, initiatorNaam, nu);
    if (invoer.eigenschappen?.length)
      await tx.insert(zaakEigenschap).values(invoer.eigenschappen.map((e) => ({ zaakId: id, ...e })));
    await schrijfLogboek(tx, actor, id, nu, [
      {
        soort: 'aangemaakt',
        tekst: `Zaak "${zt.omschrijving}" aangemaakt. Uiterlijk afgehandeld op ${datumTekst(termijnen.uiterlijkeEinddatumAfdoening)}.`,
      },
    ]);
    await statusGezet(ctx, tx, actor, id, eerste, nu, '');
    await audit(tx, actor, {
      actie: 'zaak.aangemaakt',
      objectType: 'zaak',
      objectId: id,
      persoonsgegevens: Boolean(invoer.initiatorPartijId),
    });
    return getZaak(tx, id, nu);
  });
}

/** The initiator (the party) and the behandelaar, each with the zaaktype's roltype when it has one. */
async function rollen(
  tx: Tx,
  zt: ZaaktypeCompleet,
  zaakId: string,
  invoer: ZaakInvoer,
  initiatorNaam: string | null,
  nu: Date,
) {
  const roltypeVoor = (generiek: string) =>
    zt.roltypen.find((r) => r.omschrijvingGeneriek === generiek)?.id ?? null;
  const rijen: (typeof zaakRol.$inferInsert)[] = [];
  if (invoer.initiatorPartijId)
    rijen.push({
      zaakId,
      roltypeId: roltypeVoor('initiator'),
      omschrijvingGeneriek: 'initiator',
      partijId: invoer.initiatorPartijId,
      naam: initiatorNaam ?? '',
      registratie: nu,
    });
  if (invoer.behandelaarId)
    rijen.push({
      zaakId,
      roltypeId: roltypeVoor('behandelaar'),
      omschrijvingGeneriek: 'behandelaar',
      medewerkerId: invoer.behandelaarId,
      naam: (await medewerkerNaam(tx, invoer.behandelaarId)) ?? '',
      registratie: nu,
    });
  if (rijen.length) await tx.insert(zaakRol).values(rijen);
}
