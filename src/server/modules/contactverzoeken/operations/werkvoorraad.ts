import { and, count, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/rollen';
import { loadKalender } from '../../../platform/calendar/kalender';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { Queryable } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { offset, sortering } from '../../../platform/http/lijst';
import { vereisWerkvoorraad, zicht } from '../../../policies';
import { contactverzoek } from '../schema';
import type { WerkvoorraadQuery } from '../schemas';
import { alsUitvoer, metNamen, rijVoorActor } from './lees-contactverzoek';

function filters(f: WerkvoorraadQuery, actor: Actor, vandaag: string): (SQL | undefined)[] {
  const c = contactverzoek;
  const snel = {
    mijn: actor.id ? eq(c.medewerkerId, actor.id) : undefined,
    ongetoewezen: isNull(c.medewerkerId),
    vandaag: eq(c.deadline, vandaag),
    'te-laat': lt(c.deadline, vandaag),
    'wacht-op-koppeling': isNotNull(c.wachtOpActor),
  };
  // Dates of closing count in Amsterdam; within the norm is on or before the deadline.
  const afgehandeldOp = sql`(${c.afgehandeld} at time zone 'Europe/Amsterdam')::date`;
  return [
    f.status === 'alle' ? undefined : eq(c.status, f.status),
    f.teamId ? eq(c.teamId, f.teamId) : undefined,
    f.partijId ? eq(c.partijId, f.partijId) : undefined,
    f.productId ? eq(c.productId, f.productId) : undefined,
    f.filter ? snel[f.filter] : undefined,
    f.afgehandeldVanaf ? gte(afgehandeldOp, f.afgehandeldVanaf) : undefined,
    f.afgehandeldTot ? lt(afgehandeldOp, f.afgehandeldTot) : undefined,
    f.binnenNorm === 'ja' ? lte(afgehandeldOp, c.deadline) : undefined,
    f.binnenNorm === 'nee' ? gt(afgehandeldOp, c.deadline) : undefined,
    f.q ? or(eq(c.nummer, f.q.toUpperCase()), bevat(c.onderwerp, f.q), bevat(c.naam, f.q)) : undefined,
  ];
}

/** The requests the policy layer lets this actor see, as a condition (the Klantinteracties API uses it too). */
export function zichtbaarVoor(actor: Actor): SQL | undefined {
  const z = zicht(actor);
  if (z.alles) return undefined;
  const c = contactverzoek;
  return (
    or(
      z.teamIds.length ? inArray(c.teamId, [...z.teamIds]) : undefined,
      z.aangemaaktDoor ? eq(c.aangemaaktDoor, z.aangemaaktDoor) : undefined,
      z.partijId ? eq(c.partijId, z.partijId) : undefined,
    ) ?? sql`false`
  );
}

/**
 * The team queue: filters, sorting and pages on the server; the deadline also in words. Another
 * team's queue is refused; without a team the list holds only what the actor may see.
 */
export async function listContactverzoeken(db: Queryable, actor: Actor, f: WerkvoorraadQuery, nu: Date) {
  if (f.teamId) vereisWerkvoorraad(actor, f.teamId);
  const vandaag = amsterdamseDatum(nu);
  const waar = and(f.teamId ? undefined : zichtbaarVoor(actor), ...filters(f, actor, vandaag));
  const volgorde = sortering(
    f.sort,
    {
      deadline: contactverzoek.deadline,
      ontvangen: contactverzoek.ontvangen,
      nummer: contactverzoek.nummer,
      afgehandeld: contactverzoek.afgehandeld,
    },
    'deadline',
  );
  const rijen = await metNamen(db)
    .where(waar)
    .orderBy(...volgorde, contactverzoek.ontvangen)
    .limit(f.pageSize)
    .offset(offset(f));
  const [{ total }] = await db.select({ total: count() }).from(contactverzoek).where(waar);
  const kalender = await loadKalender(db);
  const items = rijen.map((r) => rijVoorActor(actor, alsUitvoer(r, nu, kalender)));
  return { items, total, page: f.page, pageSize: f.pageSize };
}
