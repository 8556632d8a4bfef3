import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { label } from '../../../shared/labels';
import type { Queryable } from '../../platform/db/client';
import { medewerkerNaamSql } from '../organisatie/operations/medewerker-lezen';
import type { TijdlijnBron, TijdlijnFilter } from '../partijen/tijdlijn';
import { klantcontact } from './schema';
import type { uitkomsten } from './waarden';

type Uitkomst = (typeof uitkomsten)[number];

// Correlated subqueries name the outer row explicitly: drizzle renders select-field columns unqualified.
const kcId = sql.raw('"klantcontact"."id"');

const waar = (partijIds: string[], filter: TijdlijnFilter) =>
  and(
    inArray(klantcontact.partijId, partijIds),
    filter.kanaal ? eq(klantcontact.kanaal, filter.kanaal as never) : undefined,
  );

/** Contacts on the party timeline: one line per contact with its subjects and outcomes. */
export const klantcontactTijdlijn: TijdlijnBron = {
  type: 'klantcontact',
  async lees(db: Queryable, partijIds, filter, limiet) {
    const rijen = await db
      .select({
        id: klantcontact.id,
        partijId: klantcontact.partijId,
        start: klantcontact.start,
        kanaal: klantcontact.kanaal,
        status: klantcontact.status,
        door: medewerkerNaamSql(klantcontact.medewerkerId),
        onderwerpen: sql<
          string | null
        >`(select string_agg(onderwerp, ', ' order by volgnummer) from vraag where vraag.klantcontact_id = ${kcId})`,
        uitkomsten: sql<
          string | null
        >`(select string_agg(uitkomst, ', ' order by volgnummer) from vraag where vraag.klantcontact_id = ${kcId})`,
      })
      .from(klantcontact)
      .where(waar(partijIds, filter))
      .orderBy(desc(klantcontact.start))
      .limit(limiet);
    return rijen.map((r) => ({
      type: 'klantcontact',
      id: r.id,
      partijId: r.partijId as string,
      tijdstip: r.start.toISOString(),
      kanaal: r.kanaal,
      titel: r.onderwerpen ?? 'Contact zonder vragen',
      omschrijving: (r.uitkomsten?.split(', ') ?? []).map((u) => label('uitkomst', u as Uitkomst)).join(', '),
      status: r.status,
      door: r.door,
    }));
  },
  async tel(db, partijIds, filter) {
    const [{ n }] = await db.select({ n: count() }).from(klantcontact).where(waar(partijIds, filter));
    return n;
  },
};
