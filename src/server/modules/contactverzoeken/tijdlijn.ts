import { count, desc, inArray } from 'drizzle-orm';
import { label } from '../../../shared/labels';
import { datumTekst } from '../../platform/calendar/tijd';
import { teamNaamSql } from '../organisatie/operations/team-lezen';
import type { TijdlijnBron } from '../partijen/tijdlijn';
import { contactverzoek } from './schema';
import type { Resultaat } from './waarden';

// A request has no channel of its own: filtering on a channel leaves it out.
const waar = (partijIds: string[]) => inArray(contactverzoek.partijId, partijIds);

/** Requests on the party timeline: reference number, subject, team and where it stands. */
export const contactverzoekTijdlijn: TijdlijnBron = {
  type: 'contactverzoek',
  async lees(db, partijIds, filter, limiet) {
    if (filter.kanaal) return [];
    const rijen = await db
      .select({
        id: contactverzoek.id,
        partijId: contactverzoek.partijId,
        ontvangen: contactverzoek.ontvangen,
        nummer: contactverzoek.nummer,
        onderwerp: contactverzoek.onderwerp,
        status: contactverzoek.status,
        resultaat: contactverzoek.resultaat,
        deadline: contactverzoek.deadline,
        team: teamNaamSql(contactverzoek.teamId),
      })
      .from(contactverzoek)
      .where(waar(partijIds))
      .orderBy(desc(contactverzoek.ontvangen))
      .limit(limiet);
    return rijen.map((r) => ({
      type: 'contactverzoek',
      id: r.id,
      partijId: r.partijId as string,
      tijdstip: r.ontvangen.toISOString(),
      kanaal: null,
      titel: `${r.nummer} ${r.onderwerp}`,
      omschrijving:
        r.status === 'open'
          ? `Bij ${r.team}, termijn tot en met ${datumTekst(r.deadline)}`
          : `Afgehandeld: ${label('resultaat', r.resultaat as Resultaat)}`,
      status: r.status,
      door: r.team,
    }));
  },
  async tel(db, partijIds, filter) {
    if (filter.kanaal) return 0;
    const [{ n }] = await db.select({ n: count() }).from(contactverzoek).where(waar(partijIds));
    return n;
  },
};
