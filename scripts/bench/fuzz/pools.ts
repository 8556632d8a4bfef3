/**
 * Real ids, gathered from every answer, one pool per collection of the two APIs (`teams`,
 * `partijen`, `internetaken`): list items by their collection, `…Id` fields and nested objects
 * by the collection their name points to (`partijId`, `wasPartij` → `partijen`). A field or
 * parameter takes the pool its name points to, a path parameter the pool of the collection
 * before it. Which pool a name takes depends on the documents only, so the same seed makes the
 * same requests; the ids in it are those of this run. The fuzzer's own accounts and tokens are
 * never in them.
 */
import type { Bron } from './waarden';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX = 500;
export const ALLE = '*';

/** A name reduced for matching: lower case letters, without an id suffix or a plural ending. */
const stam = (naam: string) =>
  naam
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(uuid|url|ids|id)$/, '')
    .replace(/(en|s)$/, '');

export class Pools {
  private readonly pools = new Map<string, string[]>();
  private readonly perNaam = new Map<string, string>();
  private readonly stammen: [string, string][];

  constructor(
    collecties: string[],
    private readonly eigen: Set<string>,
  ) {
    this.stammen = [...new Set(collecties)]
      .map((c) => [c, stam(c)] as [string, string])
      .filter(([, s]) => s.length > 3);
    for (const c of [ALLE, ...collecties]) this.pools.set(c, []);
  }

  private voeg(pool: string, id: string) {
    if (this.eigen.has(id)) return;
    for (const naam of new Set([pool, ALLE])) {
      const lijst = this.pools.get(naam) as string[];
      if (lijst.length < MAX * (naam === ALLE ? 4 : 1) && !lijst.includes(id)) lijst.push(id);
    }
  }

  /** Takes the ids out of an answer of the collection `pool`. */
  verzamel(pool: string, waarde: unknown): void {
    if (Array.isArray(waarde)) {
      for (const w of waarde) this.verzamel(pool, w);
      return;
    }
    if (typeof waarde !== 'object' || waarde === null) return;
    for (const [k, v] of Object.entries(waarde)) {
      if ((k === 'id' || k === 'uuid') && typeof v === 'string' && UUID.test(v)) this.voeg(pool, v);
      else if (/Id$/.test(k) && typeof v === 'string' && UUID.test(v))
        this.voeg(this.poolVoor(k) as string, v);
      else if (typeof v === 'object')
        this.verzamel(k === 'items' || k === 'results' ? pool : (this.poolVoor(k) as string), v);
    }
  }

  /** The collection a field or parameter name points to (the longest that matches); all ids when none does. */
  poolVoor: Bron['poolVoor'] = (naam) => {
    if (!naam) return undefined;
    let pool = this.perNaam.get(naam);
    if (pool) return pool;
    const s = stam(naam);
    const passend = this.stammen
      .filter(([, p]) => p === s || p.startsWith(s) || s.startsWith(p) || s.endsWith(p))
      .sort((a, b) => Number(b[1] === s) - Number(a[1] === s) || b[1].length - a[1].length);
    pool = s.length > 3 && passend.length ? passend[0][0] : ALLE;
    this.perNaam.set(naam, pool);
    return pool;
  };

  /** The k-th id of the pool (modulo its size), else of all ids, else a well-formed id that exists nowhere. */
  kies(pool: string, k: number): string {
    const eigen = this.pools.get(pool);
    const lijst = eigen?.length ? eigen : (this.pools.get(ALLE) as string[]);
    if (lijst.length) return lijst[k % lijst.length];
    return `00000000-0000-4000-8000-${String(k % 1e12).padStart(12, '0')}`;
  }

  grootte = () =>
    Object.fromEntries([...this.pools].filter(([, v]) => v.length).map(([k, v]) => [k, v.length]));
}
