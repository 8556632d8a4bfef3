import { and, count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/rollen';
import type { AppContext } from '../../platform/context';
import type { Db, Queryable } from '../../platform/db/client';
import { type AppEnv, actorVan } from '../../platform/http/env';
import { magVolledigBsn } from '../../policies';
import { nietGevondenFout, validatieFout, vanZod } from './fouten';

export type Json = Record<string, unknown>;

/** Where the standard API lives, to make the `url` of every resource. */
export interface Weergave {
  basis: string;
  /** Whether a BSN is shown in full: internally, and to system clients with the personal-data scope. */
  volledigBsn: boolean;
}

export const urlVan = (w: Weergave, pad: string, id: string) => `${w.basis}/${pad}/${id}`;
export const ref = (w: Weergave, pad: string, id: string | null | undefined) =>
  id ? { uuid: id, url: urlVan(w, pad, id) } : null;
export const refs = (w: Weergave, pad: string, ids: string[]) => ids.map((id) => ref(w, pad, id) as Json);

/** A query parameter: how its text is read, and the condition it puts on the list. */
export interface Filter {
  schema: z.ZodType;
  // biome-ignore lint/suspicious/noExplicitAny: each filter knows the type its schema produces
  waar: (waarde: any) => SQL | undefined;
}

/** A field that `expand` may unfold: the resource it points to and the ids in a row. */
export interface Relatie<Rij> {
  // biome-ignore lint/suspicious/noExplicitAny: relations point to resources of any row type
  bron: () => Bron<any>;
  ids: (rij: Rij) => string | string[] | null;
}

/**
 * Writing a resource. PUT and PATCH both leave unmentioned fields as they are (the spec says
 * so for PUT too); PUT requires the mandatory fields in the body. The merged result is
 * validated as a whole, so `wijzig` gets a complete, valid body like `maak`.
 */
export interface Schrijven {
  invoer: z.ZodType;
  // biome-ignore lint/suspicious/noExplicitAny: the body as the schema above parsed it
  maak(ctx: AppContext, actor: Actor, invoer: any): Promise<string>;
  /** Returns the new uuid when the change gives the resource another identity. */
  wijzig(
    ctx: AppContext,
    actor: Actor,
    id: string,
    // biome-ignore lint/suspicious/noExplicitAny: the body as the schema above parsed it
    invoer: any,
    // biome-ignore lint/suspicious/noConfusingVoidType: most changes keep the identity and return nothing
  ): Promise<string | undefined | void>;
  verwijder(
    ctx: AppContext,
    actor: Actor,
    id: string,
    query: Record<string, string>,
  ): Promise<Json | undefined>;
}

/**
 * One resource of the standard API over Stadspunt's data. The generic routes below give it
 * list (filters, pagination, expand), read, create, update and delete.
 */
export interface Bron<Rij extends { id: string }> {
  pad: string;
  naam: string;
  filters: Record<string, Filter>;
  /** The values the spec allows in `expand`, e.g. `betrokkenen.hadKlantcontact`. */
  expandPaden?: string[];
  relaties?: Record<string, Relatie<Rij>>;
  zoek(
    db: Db,
    waar: SQL | undefined,
    limit: number,
    offset: number,
  ): Promise<{ count: number; ids: string[] }>;
  lees(db: Queryable, ids: string[]): Promise<Rij[]>;
  toon(rij: Rij, w: Weergave): Json;
  /** Called after a list or read was shown: the audit of personal data. */
  gelezen?(ctx: AppContext, actor: Actor, rijen: Rij[]): Promise<void>;
  /** The policy layer's say over reading: a condition on lists, and a check on one row (else 404). */
  zichtbaar?(actor: Actor): SQL | undefined;
  magLezen?(actor: Actor, rij: Rij): boolean;
  schrijven?: Schrijven;
}

/** A resource of any row type, for lists of resources. */
// biome-ignore lint/suspicious/noExplicitAny: each resource has its own row type
export type EenBron = Bron<any>;

/** Count and one page of ids from a table or subquery, in a fixed order. */
export async function zoekIn(
  db: Db,
  van: PgTable | { _: unknown },
  id: PgColumn | SQL.Aliased,
  volgorde: (PgColumn | SQL | SQL.Aliased)[],
  waar: SQL | undefined,
  limit: number,
  offset: number,
) {
  // biome-ignore lint/suspicious/noExplicitAny: a table or an aliased subquery
  const bron = van as any;
  const [rijen, [{ n }]] = await Promise.all([
    db
      .select({ id })
      .from(bron)
      .where(waar)
      .orderBy(...volgorde)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(bron).where(waar),
  ]);
  return { count: n, ids: rijen.map((r) => r.id as string) };
}

/** Rows in the order of the ids asked for. */
export function opVolgorde<T extends { id: string }>(ids: string[], rijen: T[]): T[] {
  const perId = new Map(rijen.map((r) => [r.id, r]));
  return ids.flatMap((id) => perId.get(id) ?? []);
}

const boolTekst = z
  .enum(['true', 'false', 'True', 'False', '1', '0'], { message: 'Geef true of false.' })
  .transform((t) => t === 'true' || t === 'True' || t === '1');

/** Common filter schemas. */
export const filterSchema = {
  tekst: z.string().max(1000),
  uuid: z.uuid({ message: 'Geen geldige UUID.' }),
  bool: boolTekst,
  datum: z.iso.date({ message: 'Geef een datum als JJJJ-MM-DD.' }),
  tijdstip: z.iso.datetime({ offset: true, message: 'Geef een tijdstip volgens ISO 8601.' }),
  /** The uuid at the end of a resource URL. */
  url: z
    .url({ message: 'Geen geldige URL.' })
    .transform((u) => u.replace(/\/+$/, '').split('/').at(-1) ?? '')
    .pipe(z.uuid({ message: 'Deze URL wijst niet naar een object in deze API.' })),
};

export const filter = (schema: z.ZodType, waar: Filter['waar']): Filter => ({ schema, waar });

function leesFilters(bron: EenBron, query: Record<string, string>): SQL | undefined {
  const fouten: { name: string; code: string; reason: string }[] = [];
  const voorwaarden: (SQL | undefined)[] = [];
  for (const [naam, f] of Object.entries(bron.filters)) {
    if (query[naam] === undefined) continue;
    const gelezen = f.schema.safeParse(query[naam]);
    if (gelezen.success) voorwaarden.push(f.waar(gelezen.data));
    else fouten.push({ name: naam, code: 'invalid', reason: gelezen.error.issues[0].message });
  }
  if (fouten.length) throw validatieFout(fouten);
  return and(...voorwaarden);
}

function leesExpand(bron: EenBron, c: Context<AppEnv>): string[] {
  const gevraagd = (c.req.queries('expand') ?? []).flatMap((e) => e.split(',')).filter(Boolean);
  const onbekend = gevraagd.filter((p) => !bron.expandPaden?.includes(p));
  if (onbekend.length) {
    const toegestaan = bron.expandPaden?.join(', ') || 'geen';
    throw validatieFout(
      onbekend.map((p) => ({
        name: 'expand',
        code: 'invalid_choice',
        reason: `"${p}" kan niet worden uitgebreid; mogelijk: ${toegestaan}.`,
      })),
    );
  }
  return gevraagd;
}

type Getoond = [EenBron, { id: string }[]];

/**
 * Unfolds `expand` paths into `_expand`, level by level, one query per relation and level.
 * Returns what it showed, so that reads of personal data in expansions are audited too.
 */
async function breidUit(
  db: Queryable,
  actor: Actor,
  w: Weergave,
  bron: EenBron,
  rijen: { id: string }[],
  jsons: Json[],
  paden: string[],
): Promise<Getoond[]> {
  const getoond: Getoond[] = [];
  const perVeld = new Map<string, string[]>();
  for (const pad of paden) {
    const [veld, ...rest] = pad.split('.');
    perVeld.set(veld, [...(perVeld.get(veld) ?? []), ...(rest.length ? [rest.join('.')] : [])]);
  }
  for (const [veld, rest] of perVeld) {
    const relatie = bron.relaties?.[veld];
    if (!relatie) continue;
    const doel = relatie.bron();
    const idsPerRij = rijen.map((r) => relatie.ids(r));
    const alle = [...new Set(idsPerRij.flatMap((v) => v ?? []))];
    const gelezen = alle.length ? await doel.lees(db, alle) : [];
    const doelRijen = doel.magLezen ? gelezen.filter((r) => doel.magLezen?.(actor, r)) : gelezen;
    const doelJsons = doelRijen.map((r) => doel.toon(r, w));
    getoond.push([doel, doelRijen], ...(await breidUit(db, actor, w, doel, doelRijen, doelJsons, rest)));
    const perId = new Map(doelRijen.map((r, i) => [r.id, doelJsons[i]]));
    idsPerRij.forEach((v, i) => {
      jsons[i]._expand ??= {};
      const uit = jsons[i]._expand as Json;
      uit[veld] = Array.isArray(v)
        ? v.flatMap((id) => perId.get(id) ?? [])
        : v
          ? (perId.get(v) ?? null)
          : null;
    });
  }
  return getoond;
}

export const weergaveVan = (ctx: AppContext, volledigBsn = true): Weergave => ({
  basis: `${ctx.config.baseUrl}/klantinteracties/api/v1`,
  volledigBsn,
});
/** How the caller gets to see resources: BSNs as the policy layer allows. */
export const weergave = (c: Context<AppEnv>) => weergaveVan(c.get('ctx'), magVolledigBsn(actorVan(c)));

/** Beyond any real page (and any offset the database takes) is the same 404 as one page too far. */
const pagina = (tekst: string | undefined) => {
  const n = Number(tekst ?? 1);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000_000) throw nietGevondenFout('Ongeldige pagina.');
  return n;
};
const paginagrootte = (tekst: string | undefined) => {
  const n = Number(tekst);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 500) : 100;
};

function paginaUrl(c: Context<AppEnv>, w: Weergave, pad: string, nummer: number): string {
  const params = new URLSearchParams(new URL(c.req.url).search);
  if (nummer === 1) params.delete('page');
  else params.set('page', String(nummer));
  const query = params.toString();
  return `${w.basis}/${pad}${query ? `?${query}` : ''}`;
}

async function lijst(c: Context<AppEnv>, bron: EenBron) {
  const ctx = c.get('ctx');
  const w = weergave(c);
  const query = c.req.query();
  const waar = and(leesFilters(bron, query), bron.zichtbaar?.(actorVan(c)));
  const paden = leesExpand(bron, c);
  const nummer = pagina(query.page);
  const grootte = paginagrootte(query.pageSize);
  const { count: totaal, ids } = await bron.zoek(ctx.db, waar, grootte, (nummer - 1) * grootte);
  if (ids.length === 0 && nummer > 1) throw nietGevondenFout('Ongeldige pagina.');
  const rijen = opVolgorde(ids, await bron.lees(ctx.db, ids));
  const results = await toonMet(c, bron, rijen, paden);
  return c.json({
    count: totaal,
    next: nummer * grootte < totaal ? paginaUrl(c, w, bron.pad, nummer + 1) : null,
    previous: nummer > 1 ? paginaUrl(c, w, bron.pad, nummer - 1) : null,
    results,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The row behind the path's uuid, or the standard's 404. */
export async function bestaand<Rij extends { id: string }>(db: Queryable, bron: Bron<Rij>, id: string) {
  const [rij] = UUID.test(id) ? await bron.lees(db, [id.toLowerCase()]) : [];
  if (!rij) throw nietGevondenFout(`${bron.naam} bestaat niet.`);
  return rij;
}

/** Rows as JSON with their expansions; what was shown is audited where a resource asks for it. */
async function toonMet(c: Context<AppEnv>, bron: EenBron, rijen: { id: string }[], paden: string[]) {
  const ctx = c.get('ctx');
  const w = weergave(c);
  const jsons = rijen.map((r) => bron.toon(r, w));
  const actor = actorVan(c);
  const getoond: Getoond[] = [
    [bron, rijen],
    ...(await breidUit(ctx.db, actor, w, bron, rijen, jsons, paden)),
  ];
  for (const [b, r] of getoond) if (r.length) await b.gelezen?.(ctx, actor, r);
  return jsons;
}

export async function toonEen(c: Context<AppEnv>, bron: EenBron, id: string, paden: string[] = []) {
  const rij = await bestaand(c.get('ctx').db, bron, id);
  if (bron.magLezen && !bron.magLezen(actorVan(c), rij)) throw nietGevondenFout(`${bron.naam} bestaat niet.`);
  const [json] = await toonMet(c, bron, [rij], paden);
  return json;
}

export async function leesJson(c: Context<AppEnv>): Promise<unknown> {
  return c.req.json().catch(() => {
    throw validatieFout([
      { name: 'nonFieldErrors', code: 'parse_error', reason: 'De body is geen geldige JSON.' },
    ]);
  });
}

export function valideer<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const gelezen = schema.safeParse(body);
  if (!gelezen.success) throw vanZod(gelezen.error);
  return gelezen.data;
}

/** The six routes of a resource: list, create, read, replace, update, delete. */
export function registreerBron(api: Hono<AppEnv>, bron: EenBron): void {
  const pad = `/${bron.pad}`;
  api.get(pad, (c) => lijst(c, bron));
  api.get(`${pad}/:uuid`, async (c) =>
    c.json(await toonEen(c, bron, c.req.param('uuid'), leesExpand(bron, c))),
  );
  const schrijven = bron.schrijven;
  if (!schrijven) return;
  api.post(pad, async (c) => {
    const invoer = valideer(schrijven.invoer, await leesJson(c));
    const id = await schrijven.maak(c.get('ctx'), actorVan(c), invoer);
    return c.json(await toonEen(c, bron, id), 201);
  });
  const wijzig = (gedeeltelijk: boolean) => async (c: Context<AppEnv>) => {
    const ctx = c.get('ctx');
    const rij = await bestaand(ctx.db, bron, c.req.param('uuid') ?? '');
    const body = await leesJson(c);
    if (!gedeeltelijk) valideer(schrijven.invoer, body);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw validatieFout([{ name: 'nonFieldErrors', code: 'invalid', reason: 'Verwacht een object.' }]);
    // Merged with the full resource (weergaveVan), not the caller's masked view of it.
    const invoer = valideer(schrijven.invoer, { ...bron.toon(rij, weergaveVan(ctx)), ...body });
    const nieuw = await schrijven.wijzig(ctx, actorVan(c), rij.id, invoer);
    return c.json(await toonEen(c, bron, nieuw || rij.id));
  };
  api.put(`${pad}/:uuid`, wijzig(false));
  api.patch(`${pad}/:uuid`, wijzig(true));
  api.delete(`${pad}/:uuid`, async (c) => {
    const ctx = c.get('ctx');
    const { id } = await bestaand(ctx.db, bron, c.req.param('uuid'));
    const antwoord = await schrijven.verwijder(ctx, actorVan(c), id, c.req.query());
    return antwoord ? c.json(antwoord, 200) : c.body(null, 204);
  });
}
