import { sql } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { lokaleTijd } from '../../../platform/calendar/rules';
import { datumTekst } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { inTransactie, type Tx } from '../../../platform/db/client';
import { nietVerwerkbaar, type VeldFout } from '../../../platform/http/problem';
import { isMobiel } from '../../../platform/sms/sms';
import { getVraag } from '../../klantcontacten/operations/vraag-lezen';
import { findTeam } from '../../organisatie/operations/team-lezen';
import { isTeamlid } from '../../organisatie/operations/teamlidmaatschap';
import { bereikbaarheid } from '../../partijen/bestaat';
import { normaliseerTelefoon } from '../../partijen/sleutels';
import { schrijfLogboek } from '../logboek';
import { contactverzoek, VOLGNUMMER_SQL } from '../schema';
import type { ContactverzoekInvoer } from '../schemas';
import { deadlineVan, normVoor } from '../termijn';
import { getContactverzoek } from './lees-contactverzoek';

/** Team and assignee exist and belong together; the same check serves assigning and forwarding. */
export async function controleerTeam(
  tx: Tx,
  teamId: string,
  medewerkerId?: string | null,
): Promise<VeldFout[]> {
  if (!(await findTeam(tx, teamId))) return [{ veld: 'teamId', melding: 'Dit team bestaat niet.' }];
  if (medewerkerId && !(await isTeamlid(tx, teamId, medewerkerId)))
    return [{ veld: 'medewerkerId', melding: 'Deze medewerker hoort niet (meer) bij dit team.' }];
  return [];
}

/** What the request says and how to reach the resident: typed in, else from the question and the party. */
async function aanvullen(tx: Tx, invoer: ContactverzoekInvoer) {
  const bron = invoer.vraagId ? await getVraag(tx, invoer.vraagId) : undefined;
  const partijId = invoer.partijId ?? bron?.partijId ?? null;
  const partij = partijId ? await bereikbaarheid(tx, partijId) : undefined;
  return {
    partijId,
    klantcontactId: invoer.klantcontactId ?? bron?.klantcontactId ?? null,
    vraagId: bron?.id ?? null,
    productId: invoer.productId ?? bron?.productId ?? null,
    onderwerp: invoer.onderwerp || bron?.onderwerp || '',
    vraag: invoer.vraag || bron?.vraag || '',
    toelichting: invoer.toelichting ?? bron?.antwoord ?? '',
    naam: invoer.naam || partij?.naam || null,
    telefoon: invoer.telefoon === undefined ? (partij?.telefoon ?? null) : invoer.telefoon,
    email: invoer.email === undefined ? (partij?.email ?? null) : invoer.email,
  };
}

function controleerInhoud(v: Awaited<ReturnType<typeof aanvullen>>): VeldFout[] {
  return [
    ...(v.onderwerp ? [] : [{ veld: 'onderwerp', melding: 'Vul het onderwerp in.' }]),
    ...(v.vraag ? [] : [{ veld: 'vraag', melding: 'Vul de vraag van de inwoner in.' }]),
    ...(v.telefoon || v.email
      ? []
      : [
          {
            veld: 'telefoon',
            melding: 'Vul een telefoonnummer of e-mailadres in om de inwoner te bereiken.',
          },
        ]),
    ...(v.telefoon && !normaliseerTelefoon(v.telefoon)
      ? [{ veld: 'telefoon', melding: 'Geen geldig telefoonnummer, bijvoorbeeld 06 12345678.' }]
      : []),
  ];
}

/** The resident is told by e-mail, else by text message to a mobile number, else not at all. */
export function bevestigingVia(v: { email: string | null; telefoon: string | null }): string | undefined {
  if (v.email) return v.email;
  const mobiel = v.telefoon ? normaliseerTelefoon(v.telefoon) : undefined;
  return mobiel && isMobiel(mobiel) ? `sms ${mobiel}` : undefined;
}

export interface Opties {
  /** The caller's transaction. */
  tx?: Tx;
  /** Another system's actor that maps to no team yet: the request waits in the KCC's queue. */
  wachtOp?: { actorId: string; naam: string };
}

/**
 * Hands a question to a team (optionally an employee) with a deadline from the service norm.
 * The resident gets a confirmation with the reference number when an e-mail address is known.
 */
export async function createContactverzoek(
  ctx: AppContext,
  actor: Actor,
  invoer: ContactverzoekInvoer,
  { tx: transactie, wachtOp }: Opties = {},
) {
  const nu = ctx.now();
  return inTransactie(ctx.db, transactie, async (tx) => {
    const v = await aanvullen(tx, invoer);
    const fouten = [
      ...controleerInhoud(v),
      ...(await controleerTeam(tx, invoer.teamId, invoer.medewerkerId)),
    ];
    if (fouten.length > 0) throw nietVerwerkbaar('Het contactverzoek is niet compleet.', fouten);
    const norm = await normVoor(tx, invoer.teamId, v.productId);
    const deadline = deadlineVan(nu, invoer.urgent, norm, await loadKalender(tx));
    const [{ id, nummer }] = await tx
      .insert(contactverzoek)
      .values({
        ...v,
        nummer: sql`${`CV-${lokaleTijd(nu).datum.slice(0, 4)}-`} || ${sql.raw(VOLGNUMMER_SQL)}`,
        teamId: invoer.teamId,
        medewerkerId: invoer.medewerkerId ?? null,
        voorkeurstijd: invoer.voorkeurstijd,
        urgent: invoer.urgent,
        ontvangen: nu,
        deadline,
        aangemaaktDoor: actor.id,
        wachtOpActor: wachtOp?.actorId ?? null,
      })
      .returning({ id: contactverzoek.id, nummer: contactverzoek.nummer });
    await schrijfLogboek(tx, actor, id, nu, {
      soort: 'aangemaakt',
      tekst: [
        `Termijn tot en met ${datumTekst(deadline)}.`,
        wachtOp &&
          `Voor "${wachtOp.naam}", dat nog aan geen team gekoppeld is: wacht hier tot de beheerder het koppelt.`,
      ]
        .filter(Boolean)
        .join(' '),
    });
    const bevestiging = bevestigingVia(v);
    if (bevestiging)
      await schrijfLogboek(tx, actor, id, nu, {
        soort: 'bevestiging-verstuurd',
        tekst: `Bevestiging naar ${bevestiging}.`,
      });
    await audit(tx, actor, {
      actie: 'contactverzoek.aangemaakt',
      objectType: 'contactverzoek',
      objectId: id,
      persoonsgegevens: Boolean(v.partijId),
    });
    await ctx.jobs.emit(tx, actor, {
      type: 'contactverzoek.aangemaakt',
      objectType: 'contactverzoek',
      objectId: id,
      data: { nummer, naam: v.naam, email: v.email, telefoon: v.telefoon, onderwerp: v.onderwerp, deadline },
    });
    return getContactverzoek(tx, id, nu);
  });
}
