import type { Queryable } from '../db/client';

/** The readable names of objects of one type, by id; the module that owns the type knows them. */
export type Objectnamen = (db: Queryable, ids: string[]) => Promise<{ id: string; naam: string }[]>;

const perType = new Map<string, Objectnamen>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Called by a module at setup: the audit trail names its objects instead of showing their uuid. */
export function registreerObjectnamen(objectType: string, namen: Objectnamen): void {
  perType.set(objectType, namen);
}

/** The name of each (type, id) that has one, keyed `type:id`; one query per type. */
export async function objectnamen(
  db: Queryable,
  regels: { objectType: string; objectId: string | null }[],
): Promise<Map<string, string>> {
  const idsPerType = new Map<string, Set<string>>();
  for (const { objectType, objectId } of regels) {
    if (!objectId || !UUID.test(objectId) || !perType.has(objectType)) continue;
    idsPerType.set(objectType, (idsPerType.get(objectType) ?? new Set()).add(objectId));
  }
  const namen = new Map<string, string>();
  await Promise.all(
    [...idsPerType].map(async ([type, ids]) => {
      for (const { id, naam } of await (perType.get(type) as Objectnamen)(db, [...ids]))
        namen.set(`${type}:${id}`, naam);
    }),
  );
  return namen;
}
