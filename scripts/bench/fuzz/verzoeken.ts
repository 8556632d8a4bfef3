/**
 * One request as fast-check generates it from an operation's documented parameters and body:
 * its kind (valid, boundary, invalid, wrong content type, broken JSON, too large, foreign or
 * broken credentials, a method the path does not have), and then the concrete request, with
 * real ids and credentials filled in when it is sent.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { type Operatie, naam as opNaam, type Param } from './operaties';
import type { Pools } from './pools';
import type { Sleutel, Sleutels } from './toegang';
import {
  type Bron,
  langeTekst,
  PoolKeuze,
  vijandig,
  vreemdeTekst,
  type Soort as Waardesoort,
  waarden,
} from './waarden';

export const soorten = [
  'geldig',
  'grens',
  'ongeldig',
  'content-type',
  'kapotte-json',
  'te-groot',
  'credentials',
  'methode',
] as const;
export type Soort = (typeof soorten)[number];

const GEWICHT: Record<Soort, number> = {
  geldig: 30,
  grens: 14,
  ongeldig: 26,
  'content-type': 5,
  'kapotte-json': 6,
  'te-groot': 2,
  credentials: 14,
  methode: 3,
};

/** A piece of a path put in as it is, not percent-encoded: malformed escapes, dot segments. */
export class Rauw {
  constructor(readonly tekst: string) {}
}

export type SleutelKeuze =
  | { soort: 'passend' | 'vreemd'; k: number; csrf?: 'geen' | 'fout' }
  | { soort: 'geen' | 'ingetrokken' | 'uitgelogd' }
  | { soort: 'onzin'; header: 'authorization' | 'cookie'; waarde: string };

export type Body =
  | { soort: 'json'; waarde: unknown }
  | { soort: 'tekst'; tekst: string }
  | { soort: 'bytes'; bytes: number[] }
  /** Valid JSON broken when it is sent, after the real ids are in. */
  | { soort: 'kapot'; waarde: unknown; breek: (tekst: string) => Body }
  | { soort: 'groot'; n: number; chunked: boolean };

export interface Plan {
  soort: Soort;
  op: number;
  methode: string;
  pad: Record<string, unknown>;
  query: [string, unknown][];
  body?: Body;
  /** null: no Content-Type header. */
  contentType: string | null;
  sleutel: SleutelKeuze;
  /** The caller's own X-Request-Id. */
  requestId?: string;
}

const headerTekst = (maxLength: number) =>
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength,
  });

const rauw = fc
  .tuple(
    fc.constantFrom(
      '%',
      '%zz',
      '%C3%28',
      '%00',
      '%2e%2e',
      '..',
      '.',
      '%ED%A0%80',
      '%FF',
      '%F0%9F%98',
      '%2F',
      '~',
      '%25',
    ),
    headerTekst(6).map((t) => encodeURIComponent(t)),
  )
  .map(([a, b]) => new Rauw(a + b));

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=grens',
  'application/xml',
  'application/json; charset=utf-16',
  'application/jsonx',
  'application/merge-patch+json',
  '*/*',
  '',
];

/** How the operations' requests are generated; one arbitrary per operation, made once. */
export class Generator {
  private readonly perOp = new Map<number, fc.Arbitrary<Plan>>();

  constructor(
    private readonly operaties: Operatie[],
    private readonly bron: (op: Operatie) => Bron,
  ) {}

  /**
   * The plan of request `index` of a run with this seed: the same on every run. The operation
   * is picked evenly by a hash of both; fast-check's bias towards small and edge values is
   * kept for one request in three.
   */
  plan(seed: number, index: number): Plan {
    const h = Math.imul(seed ^ Math.imul(index + 1, 0x9e3779b1), 0x85ebca6b) ^ (index >>> 3);
    const arb = this.voor((h >>> 0) % this.operaties.length);
    return fc.sample(index % 3 ? fc.noBias(arb) : arb, { seed: h | 0, numRuns: 1 })[0];
  }

  voor(i: number): fc.Arbitrary<Plan> {
    let arb = this.perOp.get(i);
    if (!arb) {
      arb = this.maak(i);
      this.perOp.set(i, arb);
    }
    return arb;
  }

  private andereMethoden(op: Operatie): string[] {
    const bekend = new Set(this.operaties.filter((o) => o.template === op.template).map((o) => o.methode));
    return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !bekend.has(m));
  }

  private maak(i: number): fc.Arbitrary<Plan> {
    const op = this.operaties[i];
    const bron = this.bron(op);
    const andere = this.andereMethoden(op);
    const mogelijk = soorten.filter(
      (s) =>
        (op.body || !['content-type', 'kapotte-json', 'te-groot'].includes(s)) &&
        (s !== 'methode' || andere.length),
    );
    const delen = new Delen(op, bron);
    return fc
      .oneof(...mogelijk.map((s) => ({ weight: GEWICHT[s], arbitrary: fc.constant(s) })))
      .chain((soort) => delen.plan(soort, andere))
      .chain((plan) =>
        fc.option(headerTekst(120), { freq: 4 }).map((requestId) => ({
          ...plan,
          op: i,
          requestId: requestId ?? undefined,
        })),
      );
  }
}

type Deel = Omit<Plan, 'op' | 'requestId'>;

/** The parts of one operation's request: path, query, body, credentials. */
class Delen {
  constructor(
    private readonly op: Operatie,
    private readonly bron: Bron,
  ) {}

  private segment(p: Param): string {
    const delen = this.op.template.split('/');
    return delen[delen.indexOf(`{${p.naam}}`) - 1] ?? p.naam;
  }

  pad(soort: Waardesoort): fc.Arbitrary<Record<string, unknown>> {
    const params = this.op.params.filter((p) => p.plek === 'path');
    return fc.record(
      Object.fromEntries(
        params.map((p) => {
          const geldig = waarden('geldig', p.schema, this.bron, this.segment(p));
          if (soort !== 'ongeldig') return [p.naam, geldig];
          return [p.naam, fc.oneof(waarden('ongeldig', p.schema, this.bron, this.segment(p)), rauw, geldig)];
        }),
      ),
    );
  }

  query(soort: Waardesoort): fc.Arbitrary<[string, unknown][]> {
    const params = this.op.params.filter((p) => p.plek === 'query');
    const stukken = params.map((p) => {
      const waarde = waarden(soort, p.schema, this.bron, p.naam).map((v) => [p.naam, v] as [string, unknown]);
      const lijst = waarde.map((e) => [e]);
      return p.verplicht || soort === 'ongeldig'
        ? fc.oneof(lijst, fc.constant([]))
        : fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, lijst);
    });
    const extra =
      soort === 'ongeldig'
        ? fc.array(
            fc.tuple(
              fc.oneof(
                vreemdeTekst(12),
                fc.constantFrom(...params.map((p) => p.naam), 'page', 'expand', 'sort'),
              ),
              vijandig,
            ),
            { maxLength: 3 },
          )
        : fc.constant([]);
    return fc.tuple(fc.tuple(...stukken), extra).map(([delen, meer]) => [...delen.flat(), ...meer]);
  }

  body(soort: Waardesoort): fc.Arbitrary<Body | undefined> {
    if (!this.op.body) return fc.constant(undefined);
    const json = waarden(soort, this.op.body.schema, this.bron).map(
      (waarde): Body => ({ soort: 'json', waarde }),
    );
    return soort === 'ongeldig' ? fc.oneof({ weight: 6, arbitrary: json }, fc.constant(undefined)) : json;
  }

  private passend = fc.nat().map((k): SleutelKeuze => ({ soort: 'passend', k }));

  private basis(pad: Waardesoort, query: Waardesoort, body: Waardesoort) {
    return fc.record({ pad: this.pad(pad), query: this.query(query), body: this.body(body) });
  }

  plan(soort: Soort, andere: string[]): fc.Arbitrary<Deel> {
    const op = this.op;
    const gewoon = (d: { pad: Record<string, unknown>; query: [string, unknown][]; body?: Body }): Deel => ({
      soort,
      methode: op.methode,
      ...d,
      contentType: d.body ? 'application/json' : null,
      sleutel: { soort: 'passend', k: 0 },
    });
    const metSleutel = (a: fc.Arbitrary<Deel>, sleutel: fc.Arbitrary<SleutelKeuze> = this.passend) =>
      fc.tuple(a, sleutel).map(([d, s]) => ({ ...d, sleutel: s }));
    switch (soort) {
      case 'geldig':
      case 'grens':
        return metSleutel(this.basis('geldig', soort, soort).map(gewoon));
      case 'ongeldig': {
        const delen = [
          ...(op.params.some((p) => p.plek === 'path') ? ['pad'] : []),
          'query',
          ...(op.body ? ['body'] : []),
        ];
        return metSleutel(
          fc
            .constantFrom(...delen)
            .chain((deel) =>
              this.basis(
                deel === 'pad' ? 'ongeldig' : 'geldig',
                deel === 'query' ? 'ongeldig' : 'geldig',
                deel === 'body' ? 'ongeldig' : 'geldig',
              ),
            )
            .map(gewoon),
        );
      }
      case 'content-type':
        return metSleutel(
          fc
            .tuple(
              this.basis('geldig', 'geldig', 'geldig'),
              fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.constant(null), headerTekst(40)),
            )
            .map(([d, ct]) => ({ ...gewoon(d), contentType: ct })),
        );
      case 'kapotte-json':
        return metSleutel(
          fc.tuple(this.basis('geldig', 'geldig', 'geldig'), kapot).map(([d, breek]) => ({
            ...gewoon(d),
            contentType: 'application/json',
            body: { soort: 'kapot', waarde: (d.body as { waarde: unknown }).waarde, breek },
          })),
        );
      case 'te-groot':
        return metSleutel(
          fc
            .tuple(
              this.basis('geldig', 'geldig', 'geldig'),
              fc.integer({ min: 1, max: 200_000 }),
              fc.boolean(),
            )
            .map(([d, extra, chunked]) => ({
              ...gewoon(d),
              contentType: 'application/json',
              body: { soort: 'groot', n: 1024 * 1024 + extra, chunked },
            })),
        );
      case 'credentials':
        return metSleutel(this.basis('geldig', 'geldig', 'geldig').map(gewoon), aanval(op.methode !== 'GET'));
      case 'methode':
        return metSleutel(
          fc
            .tuple(this.basis('geldig', 'geldig', 'geldig'), fc.constantFrom(...andere))
            .map(([d, methode]) => ({
              ...gewoon(d),
              methode,
              body: ['POST', 'PUT', 'PATCH'].includes(methode) ? d.body : undefined,
              contentType: ['POST', 'PUT', 'PATCH'].includes(methode) && d.body ? 'application/json' : null,
            })),
        );
    }
  }
}

/** Ways to break a JSON text, at a generated place. */
const kapot: fc.Arbitrary<(tekst: string) => Body> = fc.oneof(
  fc.nat().map(
    (k) =>
      (t: string): Body => ({ soort: 'tekst', tekst: t.slice(0, k % Math.max(1, t.length)) }),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('}', ']', ',', ':', '"', '\\', "'", '{', 'NaN', 'undefined', '//', '\u0000'),
    )
    .map(([k, teken]) => (t: string): Body => {
      const plek = k % (t.length + 1);
      return { soort: 'tekst', tekst: t.slice(0, plek) + teken + t.slice(plek) };
    }),
  fc
    .constantFrom('', ' ', 'null', 'true', '1e999', '"tekst"', '[]', '{}', '-', '{"a":}', '\ufeff{}')
    .map((x) => () => ({ soort: 'tekst', tekst: x }) as Body),
  fc
    .integer({ min: 1_000, max: 200_000 })
    .map((n) => (): Body => ({ soort: 'tekst', tekst: '['.repeat(n) + ']'.repeat(n) })),
  fc
    .integer({ min: 1_000, max: 100_000 })
    .map((n) => (): Body => ({ soort: 'tekst', tekst: `{"a":${'9'.repeat(n)}}` })),
  fc.constant((t: string): Body => ({ soort: 'tekst', tekst: `\ufeff${t}` })),
  fc
    .tuple(fc.nat(), fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0x00]))
    .map(([k, bytes]) => (t: string): Body => {
      const b = Buffer.from(t);
      const plek = k % (b.length + 1);
      return { soort: 'bytes', bytes: [...b.subarray(0, plek), ...bytes, ...b.subarray(plek)] };
    }),
  fc.constant((t: string): Body => {
    // the same key twice: valid JSON that a careless reader takes the first of
    const o = JSON.parse(t || 'null');
    if (typeof o !== 'object' || o === null || Array.isArray(o) || !Object.keys(o).length)
      return { soort: 'tekst', tekst: `${t},` };
    const [k] = Object.keys(o);
    return { soort: 'tekst', tekst: `{${JSON.stringify(k)}:{"dubbel":true},${t.slice(1)}` };
  }),
);

/** Credentials that must not get in: none, garbage, revoked, logged out, another's, a write without CSRF. */
function aanval(schrijft: boolean): fc.Arbitrary<SleutelKeuze> {
  const opties: fc.Arbitrary<SleutelKeuze>[] = [
    fc.nat().map((k) => ({ soort: 'vreemd', k })),
    fc.constantFrom<SleutelKeuze>({ soort: 'geen' }, { soort: 'ingetrokken' }, { soort: 'uitgelogd' }),
    fc
      .tuple(
        fc.constantFrom('Token ', 'Bearer ', 'token ', 'Basic ', 'Token  ', ''),
        fc.oneof(
          headerTekst(80),
          langeTekst.map((t) => 'x'.repeat(Math.min(t.length, 8000))),
        ),
      )
      .map(([soort, w]) => ({ soort: 'onzin', header: 'authorization', waarde: soort + w })),
    fc
      .tuple(
        fc.constantFrom('stadspunt_sessie=', 'stadspunt_sessie=; stadspunt_sessie=', 'andere='),
        headerTekst(80),
      )
      .map(([k, w]) => ({ soort: 'onzin', header: 'cookie', waarde: k + w.replace(/;/g, '') })),
  ];
  if (schrijft)
    opties.push(
      fc
        .tuple(fc.nat(), fc.constantFrom<'geen' | 'fout'>('geen', 'fout'))
        .map(([k, csrf]) => ({ soort: 'passend', k, csrf })),
    );
  return fc.oneof(...opties);
}

/** Percent-encodes a text as UTF-8; a lone surrogate as the bytes it would be (invalid UTF-8 on purpose). */
export function procent(s: string): string {
  let uit = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const volgende = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && volgende >= 0xdc00 && volgende <= 0xdfff) {
      uit += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      uit += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else uit += encodeURIComponent(s[i]);
  }
  return uit;
}

/**
 * URLs stay under 8 KB: Node refuses a longer request line itself (431, before any app sees
 * it), as proxies do. Each encoded value is cut at 1,500 characters, on an escape's boundary.
 */
const MAX_URL = 8_000;
const knip = (s: string, max = 1_500) =>
  s.length <= max ? s : s.slice(0, max).replace(/%[0-9A-F]{0,1}$/i, '');

const alsTekst = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : v === null || v === undefined
      ? ''
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

/** The request as it goes on the wire. */
export interface Verzoek {
  methode: string;
  pad: string;
  headers: Record<string, string>;
  body?: string | Buffer | Readable;
  /** The credential used, when it is one of the fuzzer's own (for finding a session the fuzz ended). */
  sleutel?: Sleutel;
  /** For the report: the request with its credentials named, not shown. */
  beschrijving: Record<string, unknown>;
}

/** Fills in real ids and credentials, and encodes the request. */
export function bouw(plan: Plan, op: Operatie, pools: Pools, sleutels: Sleutels): Verzoek {
  const vul = (v: unknown): unknown => {
    if (v instanceof PoolKeuze) return pools.kies(v.pool, v.k);
    if (Array.isArray(v)) return v.map(vul);
    if (typeof v === 'object' && v !== null && !(v instanceof Rauw))
      return Object.fromEntries(Object.entries(v).map(([k, w]) => [k, vul(w)]));
    return v;
  };
  const padDeel = (v: unknown) => (v instanceof Rauw ? v.tekst : knip(procent(alsTekst(vul(v)))));
  const pad = op.template.replace(/\{(\w+)\}/g, (_, n) => padDeel(plan.pad[n]));
  const param = op.params.map((p) => [p.naam, p] as const);
  const query = plan.query.flatMap(([naam, waarde]) => {
    const v = vul(waarde);
    const explode = new Map(param).get(naam)?.explode ?? true;
    const waarden = Array.isArray(v) && explode ? v : [Array.isArray(v) ? v.map(alsTekst).join(',') : v];
    return waarden.map((w) => `${knip(procent(naam))}=${knip(procent(alsTekst(w)))}`);
  });
  while (query.length && pad.length + query.join('&').length > MAX_URL) query.pop();
  const headers: Record<string, string> = {};
  if (plan.contentType !== null) headers['content-type'] = plan.contentType;
  if (plan.requestId !== undefined) headers['x-request-id'] = plan.requestId;
  const { sleutel, naam } = vulSleutel(plan.sleutel, op, sleutels, headers);
  const body = maakBody(plan.body, vul);
  return {
    methode: plan.methode,
    pad: query.length ? `${pad}?${query.join('&')}` : pad,
    headers,
    body,
    sleutel,
    beschrijving: {
      operatie: opNaam(op),
      soort: plan.soort,
      methode: plan.methode,
      pad: query.length ? `${pad}?${query.join('&')}` : pad,
      sleutel: naam,
      headers: Object.fromEntries(
        Object.entries(headers).filter(([k]) => !['cookie', 'authorization', 'x-csrf-token'].includes(k)),
      ),
      body: beschrijfBody(plan.body, body),
    },
  };
}

function vulSleutel(
  keuze: SleutelKeuze,
  op: Operatie,
  sleutels: Sleutels,
  headers: Record<string, string>,
): { sleutel?: Sleutel; naam: string } {
  switch (keuze.soort) {
    case 'geen':
      return { naam: 'geen' };
    case 'ingetrokken':
      headers.authorization = `Token ${sleutels.ingetrokkenToken}`;
      return { naam: 'ingetrokken token' };
    case 'uitgelogd':
      headers.cookie = sleutels.uitgelogdeCookie;
      return { naam: 'uitgelogde sessie' };
    case 'onzin':
      headers[keuze.header] = keuze.waarde;
      return { naam: `${keuze.header}: ${JSON.stringify(keuze.waarde.slice(0, 100))}` };
  }
  const { passend, vreemd } = sleutels.verdeel(op);
  // CSRF protects sessions only: a write without it is tried with a session that may write.
  const lijst = keuze.csrf
    ? passend.filter((s) => s.soort === 'sessie')
    : keuze.soort === 'passend'
      ? passend
      : vreemd;
  if (!lijst.length) return { naam: 'geen' };
  const s = lijst[keuze.k % lijst.length];
  if (s.soort === 'token') headers.authorization = `Token ${s.token}`;
  else {
    headers.cookie = s.cookie;
    if (keuze.csrf !== 'geen')
      headers['x-csrf-token'] = keuze.csrf === 'fout' ? `${s.csrf.slice(1)}x` : s.csrf;
  }
  const csrf = keuze.csrf ? ` (CSRF ${keuze.csrf})` : '';
  return { sleutel: keuze.csrf ? undefined : s, naam: `${s.naam}${csrf}` };
}

function maakBody(body: Body | undefined, vul: (v: unknown) => unknown): Verzoek['body'] {
  if (!body) return undefined;
  switch (body.soort) {
    case 'json':
      return JSON.stringify(vul(body.waarde));
    case 'tekst':
      return body.tekst;
    case 'bytes':
      return Buffer.from(body.bytes);
    case 'kapot':
      return maakBody(body.breek(JSON.stringify(vul(body.waarde)) ?? ''), vul);
    case 'groot': {
      const inhoud = Buffer.from(`{"x":"${'a'.repeat(body.n - 8)}"}`);
      return body.chunked ? Readable.from([inhoud.subarray(0, 65_536), inhoud.subarray(65_536)]) : inhoud;
    }
  }
}

function beschrijfBody(plan: Body | undefined, body: Verzoek['body']): unknown {
  if (!plan || body === undefined) return undefined;
  if (plan.soort === 'groot') return `<${plan.n} bytes${plan.chunked ? ', chunked' : ''}>`;
  const tekst = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('latin1') : '';
  return tekst.length > 600 ? `${tekst.slice(0, 600)}… <${tekst.length} tekens>` : tekst;
}
