/**
 * Values for a JSON Schema as fast-check arbitraries, of three kinds: valid ones, the edges of
 * what is valid, and values that break it. Reads OpenAPI 3.0 (`nullable`, `discriminator`)
 * and 3.1 (type lists) alike. Nothing here knows an operation: every value comes from a schema.
 */
import fc from 'fast-check';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schemas are read as they come
export type Schema = Record<string, any>;
export type Soort = 'geldig' | 'grens' | 'ongeldig';

/** A real id, picked from the pool of that name when the request is sent (the pools grow during the run). */
export class PoolKeuze {
  constructor(
    readonly pool: string,
    readonly k: number,
  ) {}
}

export interface Bron {
  los(ref: string): Schema;
  /** The pool whose ids fit a field or parameter of this name, if any. */
  poolVoor(naam: string | undefined): string | undefined;
}

const DIEPTE = 4;

// Characters that break naive code: emoji (incl. joiners), right-to-left marks, NUL and other
// controls, zero-width and combining characters, a BOM, lone surrogates (JSON escapes them).
const vreemdTeken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  fc.constantFrom('😀', '👩‍👩‍👧‍👦', '🏳️‍🌈', '\u202e', '\u200f', '\u061c', 'ש', 'م'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u0000', '\u200b', '\u2028', '\ufeff', '\u0301', '\uffff', 'İ', 'ß', 'ﬁ'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("'", '"', '\\', '%', '%s', '${', '<', '>', '&', '../', '*', '_', ';', '--', '\u00a0'),
);

export const vreemdeTekst = (maxLength = 40) => fc.string({ unit: vreemdTeken, maxLength });

/** A long text: up to 200,000 characters of one (odd) character, or of random words. */
export const langeTekst = fc.oneof(
  fc.tuple(vreemdTeken, fc.integer({ min: 1_000, max: 200_000 })).map(([t, n]) => t.repeat(n)),
  fc.integer({ min: 4_001, max: 20_000 }).map((n) => 'woord '.repeat(Math.ceil(n / 6)).slice(0, n)),
);

const getalTekst = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e999',
  '0x1f',
  '1_000',
  '١٢٣',
  '9'.repeat(40),
  '-1',
  '0.5',
  ' 1',
  '+1',
);
const grootGetal = fc.constantFrom(
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 63,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  -1,
  0,
  0.5,
);

/** Any value of any type, hostile where it can be: for fields that get the wrong type. */
export const vijandig: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  waarde: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    grootGetal,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    vreemdeTekst(),
    getalTekst,
    fc.constant(''),
    fc.array(tie('waarde'), { maxLength: 3 }),
    fc.dictionary(vreemdeTekst(8), tie('waarde'), { maxKeys: 3 }),
  ),
})).waarde;

const typen = (s: Schema): string[] | undefined => {
  const t = s.type === undefined ? undefined : Array.isArray(s.type) ? [...s.type] : [s.type];
  if (s.nullable && t && !t.includes('null')) t.push('null');
  return t;
};

/** The schema with its $ref followed and its allOf merged in (the KI spec wraps most fields so). */
export function plat(s: Schema, bron: Bron): Schema {
  let x = s;
  while (x.$ref) {
    const { $ref, ...rest } = x;
    x = { ...bron.los($ref), ...rest };
  }
  if (!x.allOf) return x;
  const { allOf, ...rest } = x;
  const samen: Schema = { properties: {}, required: [] };
  for (const deel of (allOf as Schema[]).map((d) => plat(d, bron))) {
    const { properties, required, ...ander } = deel;
    Object.assign(samen, ander);
    Object.assign(samen.properties, properties);
    samen.required.push(...(required ?? []));
  }
  // The wrapper's own words (nullable, readOnly) win over those of its parts.
  return { ...samen, ...rest };
}

interface Plek {
  bron: Bron;
  naam?: string;
  diepte: number;
}

const cache = new WeakMap<Schema, Map<string, fc.Arbitrary<unknown>>>();

/** Values of the given kind for a schema; `naam` is the field or parameter it is for (real ids by name). */
export function waarden(
  soort: Soort,
  s: Schema,
  bron: Bron,
  naam?: string,
  diepte = 0,
): fc.Arbitrary<unknown> {
  const sleutel = `${soort}|${naam ?? ''}|${diepte}`;
  const perSchema = cache.get(s) ?? new Map<string, fc.Arbitrary<unknown>>();
  cache.set(s, perSchema);
  let arb = perSchema.get(sleutel);
  if (!arb) {
    const plek = { bron, naam, diepte };
    const x = plat(s, bron);
    arb = soort === 'geldig' ? geldig(x, plek) : soort === 'grens' ? grens(x, plek) : ongeldig(x, plek);
    perSchema.set(sleutel, arb);
  }
  return arb;
}

const vrij = (x: Schema) => !x.type && !x.enum && !x.const && !x.oneOf && !x.anyOf && !x.properties;

function geldig(x: Schema, p: Plek): fc.Arbitrary<unknown> {
  if (x.const !== undefined) return fc.constant(x.const);
  if (x.enum) return fc.constantFrom(...x.enum);
  if (x.discriminator?.mapping) return discriminator(x, p, 'geldig');
  if (x.oneOf || x.anyOf)
    return fc.oneof(
      ...(x.oneOf ?? x.anyOf).map((d: Schema) => waarden('geldig', d, p.bron, p.naam, p.diepte)),
    );
  if (vrij(x)) return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
  const t = typen(x) ?? ['object'];
  const zonderNull = t.filter((y) => y !== 'null');
  const soorten = zonderNull.map((y) => geldigVan(y, x, p));
  if (t.includes('null')) soorten.push(fc.constant(null));
  return soorten.length === 1 ? soorten[0] : fc.oneof(...soorten);
}

function geldigVan(type: string, x: Schema, p: Plek): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return tekst(x, p);
    case 'integer':
      return fc.integer({ min: ondergrens(x, true) ?? -1000, max: bovengrens(x, true) ?? 100_000 });
    case 'number':
      return fc.double({
        min: ondergrens(x, false) ?? -1e6,
        max: bovengrens(x, false) ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return lijst(x, p, 'geldig', x.minItems ?? 0, Math.min(x.maxItems ?? 4, (x.minItems ?? 0) + 4));
    default:
      return object(x, p, 'geldig');
  }
}

const ondergrens = (x: Schema, geheel: boolean): number | undefined => {
  if (typeof x.exclusiveMinimum === 'number') return x.exclusiveMinimum + (geheel ? 1 : 1e-6);
  return x.minimum;
};
const bovengrens = (x: Schema, geheel: boolean): number | undefined => {
  if (typeof x.exclusiveMaximum === 'number') return x.exclusiveMaximum - (geheel ? 1 : 1e-6);
  return x.maximum;
};

const datum = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

function poolId(p: Plek): fc.Arbitrary<unknown> | undefined {
  const pool = p.bron.poolVoor(p.naam);
  return pool ? fc.nat().map((k) => new PoolKeuze(pool, k)) : undefined;
}

function tekst(x: Schema, p: Plek): fc.Arbitrary<unknown> {
  const min = x.minLength ?? 0;
  const max = x.maxLength ?? Math.max(min, 60);
  switch (x.format) {
    case 'uuid': {
      const echt = poolId(p);
      const willekeurig = fc.uuid({ version: 4 });
      return echt ? fc.oneof({ weight: 3, arbitrary: echt }, willekeurig) : willekeurig;
    }
    case 'date':
      return datum.map((d) => d.slice(0, 10));
    case 'date-time':
      return datum;
    case 'email':
      return fc.emailAddress().map((e) => (e.length <= max ? e : 'a@b.nl'));
    case 'uri':
      return fc.webUrl().map((u) => u.slice(0, max));
  }
  if (x.pattern) return fc.stringMatching(new RegExp(x.pattern));
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, min + 40) }) },
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, min + 20) }),
  );
}

function lijst(
  x: Schema,
  p: Plek,
  soort: Soort,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<unknown[]> {
  if (p.diepte >= DIEPTE || !x.items) return fc.constant([]);
  const item = waarden(soort, x.items, p.bron, p.naam, p.diepte + 1);
  return fc.array(item, { minLength, maxLength });
}

/** Properties a request may carry: readOnly ones are the server's to fill. */
const schrijfbaar = (x: Schema, bron: Bron): [string, Schema][] =>
  Object.entries((x.properties ?? {}) as Record<string, Schema>).filter(([, s]) => !plat(s, bron).readOnly);

function object(x: Schema, p: Plek, soort: Soort, alles = false): fc.Arbitrary<Record<string, unknown>> {
  const velden = schrijfbaar(x, p.bron);
  if (p.diepte >= DIEPTE) return fc.constant({});
  const verplicht = new Set<string>(x.required ?? []);
  const record = Object.fromEntries(
    velden.map(([naam, s]) => [naam, waarden(soort, s, p.bron, naam, p.diepte + 1)]),
  );
  const requiredKeys = velden.map(([n]) => n).filter((n) => alles || verplicht.has(n));
  return fc.record(record, { requiredKeys });
}

function discriminator(x: Schema, p: Plek, soort: Soort): fc.Arbitrary<unknown> {
  const { propertyName, mapping } = x.discriminator as {
    propertyName: string;
    mapping: Record<string, string>;
  };
  return fc.oneof(
    ...Object.entries(mapping).map(([waarde, ref]) =>
      waarden(soort, { $ref: ref }, p.bron, p.naam, p.diepte).map((v) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, [propertyName]: waarde } : v,
      ),
    ),
  );
}

/** The edges of what is valid: shortest and longest strings, smallest and largest numbers, fullest objects. */
function grens(x: Schema, p: Plek): fc.Arbitrary<unknown> {
  if (x.const !== undefined || x.enum) return geldig(x, p);
  if (x.discriminator?.mapping) return discriminator(x, p, 'grens');
  if (x.oneOf || x.anyOf)
    return fc.oneof(
      ...(x.oneOf ?? x.anyOf).map((d: Schema) => waarden('grens', d, p.bron, p.naam, p.diepte)),
    );
  if (vrij(x)) return fc.constantFrom('', 0, false, null);
  const t = typen(x) ?? ['object'];
  const soorten = t.filter((y) => y !== 'null').map((y) => grensVan(y, x, p));
  if (t.includes('null')) soorten.push(fc.constant(null));
  return soorten.length === 1 ? soorten[0] : fc.oneof(...soorten);
}

function grensVan(type: string, x: Schema, p: Plek): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string': {
      if (x.format || x.pattern) return tekst(x, p);
      const lengtes = [x.minLength ?? 0, x.maxLength ?? 10_000];
      return fc
        .tuple(fc.constantFrom(...lengtes), vreemdTeken)
        .map(([n, t]) => [...t.repeat(n)].join('').slice(0, n).padEnd(n, 'a'));
    }
    case 'integer':
    case 'number': {
      const geheel = type === 'integer';
      const randen = [ondergrens(x, geheel), bovengrens(x, geheel)].filter((n) => n !== undefined);
      const zonder = geheel
        ? [0, -1, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]
        : [0, -0, 1e308];
      return fc.constantFrom(...(randen.length === 2 ? randen : [...randen, ...zonder]));
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const min = x.minItems ?? 0;
      return fc.oneof(
        lijst(x, p, 'grens', min, min),
        lijst(x, p, 'geldig', x.maxItems ?? 50, x.maxItems ?? 50),
      );
    }
    default:
      return fc.oneof(object(x, p, 'grens'), object(x, p, 'grens', true));
  }
}

/** Values that break the schema: the wrong type, null, outside the bounds, not the format, a field missing or extra. */
function ongeldig(x: Schema, p: Plek): fc.Arbitrary<unknown> {
  const t = typen(x);
  // Not a filter: a schema without a type (or with all of them) would make it loop for ever.
  const anders = vijandig.map((v) =>
    past(v, t) ? [null, [], {}, 0.5, true, 'x'].find((w) => !past(w, t)) : v,
  );
  const eigen: fc.Arbitrary<unknown>[] = [];
  if (x.enum)
    eigen.push(
      fc.oneof(vreemdeTekst(), fc.constantFrom(...x.enum.map((e: unknown) => ` ${String(e).toUpperCase()}`))),
    );
  else if (x.oneOf || x.anyOf || x.discriminator)
    eigen.push(
      object(x, p, 'geldig').map((o) => ({ ...o, [x.discriminator?.propertyName ?? 'soort']: 'onbekend' })),
    );
  else if (t?.includes('string')) eigen.push(...tekstBuiten(x, p));
  else if (t?.includes('integer') || t?.includes('number'))
    eigen.push(...getalBuiten(x, t.includes('integer')));
  else if (t?.includes('array')) eigen.push(...lijstBuiten(x, p));
  else if (t?.includes('object') || x.properties) eigen.push(...objectBuiten(x, p));
  return eigen.length
    ? fc.oneof({ weight: 1, arbitrary: anders }, ...eigen.map((a) => ({ weight: 2, arbitrary: a })))
    : anders;
}

function past(v: unknown, t: string[] | undefined): boolean {
  if (!t) return false;
  if (v === null) return t.includes('null');
  if (Array.isArray(v)) return t.includes('array');
  if (typeof v === 'number') return t.includes('number') || (t.includes('integer') && Number.isInteger(v));
  return t.includes(typeof v);
}

function tekstBuiten(x: Schema, p: Plek): fc.Arbitrary<unknown>[] {
  const uit: fc.Arbitrary<unknown>[] = [langeTekst, vreemdeTekst()];
  if (x.maxLength !== undefined) uit.push(vreemdTeken.map((t) => 'a'.repeat(x.maxLength) + t));
  if (x.minLength) uit.push(fc.constant('a'.repeat(x.minLength - 1)));
  if (x.format || x.pattern)
    uit.push(
      tekst(x, p).chain((v) =>
        fc.oneof(
          vreemdTeken.map((t) => `${String(v)}${t}`),
          fc.constant(String(v).slice(1)),
          fc.constant(String(v).toUpperCase().replace(/-/g, '')),
        ),
      ),
    );
  return uit;
}

function getalBuiten(x: Schema, geheel: boolean): fc.Arbitrary<unknown>[] {
  const uit: fc.Arbitrary<unknown>[] = [grootGetal, getalTekst];
  const min = ondergrens(x, geheel);
  const max = bovengrens(x, geheel);
  if (min !== undefined) uit.push(fc.constantFrom(min - 1, min - 0.5, -1e308));
  if (max !== undefined) uit.push(fc.constantFrom(max + 1, max + 0.5, 1e308));
  if (geheel)
    uit.push(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)));
  return uit;
}

function lijstBuiten(x: Schema, p: Plek): fc.Arbitrary<unknown>[] {
  const uit: fc.Arbitrary<unknown>[] = [];
  if (x.items && p.diepte < DIEPTE) {
    const slecht = waarden('ongeldig', x.items, p.bron, p.naam, p.diepte + 1);
    uit.push(fc.array(slecht, { minLength: 1, maxLength: 3 }));
  }
  if (x.maxItems !== undefined) uit.push(lijst(x, p, 'geldig', x.maxItems + 1, x.maxItems + 1));
  if (x.minItems) uit.push(lijst(x, p, 'geldig', x.minItems - 1, x.minItems - 1));
  uit.push(fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, () => null)));
  return uit;
}

function objectBuiten(x: Schema, p: Plek): fc.Arbitrary<unknown>[] {
  const velden = schrijfbaar(x, p.bron);
  const basis = object(x, p, 'geldig');
  const uit: fc.Arbitrary<unknown>[] = [
    // a field the schema does not know
    fc
      .tuple(
        basis,
        fc.oneof(vreemdeTekst(12), fc.constantFrom('__proto__', 'constructor', 'id', 'versie')),
        vijandig,
      )
      .map(([o, k, v]) => ({ ...o, [k || 'x']: v })),
  ];
  if (velden.length && p.diepte < DIEPTE) {
    // one field broken
    uit.push(
      fc
        .tuple(basis, fc.constantFrom(...velden))
        .chain(([o, [naam, s]]) =>
          waarden('ongeldig', s, p.bron, naam, p.diepte + 1).map((v) => ({ ...o, [naam]: v })),
        ),
    );
  }
  const verplicht = ((x.required ?? []) as string[]).filter((n) => velden.some(([v]) => v === n));
  if (verplicht.length) {
    // a required field missing
    uit.push(
      fc
        .tuple(basis, fc.constantFrom(...verplicht))
        .map(([o, weg]) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== weg))),
    );
  }
  return uit;
}
