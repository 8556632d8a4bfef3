import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { createApiToken } from '../../platform/auth/api-tokens/create-api-token';
import { standaardScopes } from '../../platform/auth/api-tokens/waarden';
import { type Scope, systeemActor } from '../../platform/auth/rollen';
import { TestClient, type TestOmgeving } from '../../testing/harness';
import { BASIS } from './routes';

/**
 * Contract tests: every response a test receives through `StandaardClient` is checked
 * against the published Klantinteracties spec (kept unchanged in ./spec, see BRON.md),
 * by ajv, with the spec's own schemas. The spec defines no error bodies; Open Klant answers
 * errors in the Common Ground format that the ZGW specs define (Fout, ValidatieFout), so
 * errors are checked against those, taken from the Zaken spec.
 */
const SPECS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'spec');

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  schema: { type?: string; format?: string; enum?: string[]; items?: { enum?: string[] } };
}
interface Operatie {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operatie>>;
  components: { schemas: Record<string, Schema> };
}

const lees = (bestand: string) => parse(readFileSync(path.join(SPECS, bestand), 'utf8')) as Spec;
const spec = lees('klantinteracties-0.9.0.openapi.yaml');
const zaken = lees('zgw-fouten-1.5.1.yaml');

const REF = '#/components/schemas/';

/**
 * OpenAPI 3.0 schema → JSON Schema for ajv: `nullable` becomes a null alternative, a
 * `discriminator` with a mapping picks its branch by the property (ajv cannot read mappings),
 * and refs point into one schema holding every definition.
 */
function omzetten(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(omzetten);
  if (typeof s !== 'object' || s === null) return s;
  const { nullable, discriminator, ...rest } = s as Schema & {
    nullable?: boolean;
    discriminator?: { propertyName: string; mapping: Record<string, string> };
  };
  let uit: Schema = Object.fromEntries(
    Object.entries(rest).map(([k, v]) =>
      k === '$ref' && typeof v === 'string' ? [k, v.replace(REF, 'spec#/definitions/')] : [k, omzetten(v)],
    ),
  );
  if (discriminator?.mapping) {
    const p = discriminator.propertyName;
    const { oneOf: _, ...zonder } = uit;
    uit = {
      ...zonder,
      required: [p],
      properties: { [p]: { enum: Object.keys(discriminator.mapping) } },
      allOf: Object.entries(discriminator.mapping).map(([waarde, ref]) => ({
        if: { properties: { [p]: { const: waarde } }, required: [p] },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        then: { $ref: ref.replace(REF, 'spec#/definitions/') },
      })),
    };
  }
  if (nullable) {
    if (typeof uit.type === 'string' && !uit.allOf && !uit.enum) return { ...uit, type: [uit.type, 'null'] };
    return { anyOf: [{ type: 'null' }, uit] };
  }
  return uit;
}

const definities = Object.fromEntries(
  Object.entries({
    ...spec.components.schemas,
    Fout: zaken.components.schemas.Fout,
    ValidatieFout: zaken.components.schemas.ValidatieFout,
    FieldValidationError: zaken.components.schemas.FieldValidationError,
  }).map(([naam, s]) => [naam, omzetten(s)]),
);

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'spec', definitions: definities });
const gecompileerd = new Map<string, ValidateFunction>();
function validator(naam: string): ValidateFunction {
  let v = gecompileerd.get(naam);
  if (!v) {
    v = ajv.compile({ $ref: `spec#/definitions/${naam}` });
    gecompileerd.set(naam, v);
  }
  return v;
}

const templates = Object.keys(spec.paths).map((pad) => ({
  pad,
  patroon: new RegExp(`^${pad.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** The spec's operation for a concrete request path, e.g. `/partijen/{uuid}` for `/partijen/1f…`. */
export function operatie(methode: string, pad: string): { pad: string; op: Operatie } {
  const zonder = pad.replace(BASIS, '').split('?')[0];
  const gevonden = templates.find((t) => t.patroon.test(zonder));
  const op = gevonden && spec.paths[gevonden.pad][methode.toLowerCase()];
  if (!gevonden || !op) throw new Error(`${methode} ${zonder} staat niet in de Klantinteracties-spec`);
  return { pad: gevonden.pad, op };
}

/** Every operation of the spec, as `METHOD /path`, for the coverage check. */
export const alleOperaties = Object.entries(spec.paths).flatMap(([pad, ops]) =>
  Object.keys(ops).map((m) => `${m.toUpperCase()} ${pad}`),
);
export const gedekt = new Set<string>();

/** The query parameters of every list operation (GET on a path without `{uuid}`). */
export const lijstParameters = Object.entries(spec.paths).flatMap(([pad, ops]) =>
  ops.get && !pad.includes('{')
    ? [{ pad, parameters: (ops.get.parameters ?? []).filter((p) => p.in === 'query') }]
    : [],
);

/** Throws with ajv's findings when a response does not match the spec for this method, path and status. */
export function valideerAntwoord(methode: string, pad: string, status: number, body: unknown): void {
  const { pad: template, op } = operatie(methode, pad);
  let naam: string;
  if (status >= 400) naam = status === 400 ? 'ValidatieFout' : 'Fout';
  else {
    const antwoord = op.responses[String(status)];
    if (!antwoord) throw new Error(`${methode} ${template}: status ${status} staat niet in de spec`);
    const schema = antwoord.content?.['application/json']?.schema;
    if (!schema) {
      if (body !== undefined)
        throw new Error(`${methode} ${template} ${status}: de spec kent hier geen body`);
      gedekt.add(`${methode.toUpperCase()} ${template}`);
      return;
    }
    naam = String(schema.$ref).replace(REF, '');
  }
  const v = validator(naam);
  if (!v(body)) {
    const fouten = ajv.errorsText(v.errors, { separator: '\n  ' });
    throw new Error(
      `${methode} ${template} ${status} is geen geldige ${naam}:\n  ${fouten}\n${JSON.stringify(body)}`,
    );
  }
  if (status < 400) gedekt.add(`${methode.toUpperCase()} ${template}`);
}

export interface Antwoord<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A Klantinteracties client as KISS is one: `Authorization: Token …`, every answer checked against the spec. */
export class StandaardClient {
  private readonly client: TestClient;

  constructor(env: TestOmgeving, token: string) {
    this.client = new TestClient(env.app);
    this.client.headers.authorization = `Token ${token}`;
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read the standard's JSON freely
  async request<T = any>(methode: string, pad: string, body?: unknown): Promise<Antwoord<T>> {
    const res = await this.client.request(methode, `${BASIS}${pad}`, body);
    const tekst = await res.text();
    const json = tekst ? JSON.parse(tekst) : undefined;
    if (res.status >= 400 && !res.headers.get('content-type')?.includes('application/problem+json'))
      throw new Error(`${methode} ${pad} ${res.status} is geen application/problem+json`);
    valideerAntwoord(methode, `${BASIS}${pad}`, res.status, json);
    return { status: res.status, body: json as T, headers: res.headers };
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read the standard's JSON freely
  get = <T = any>(pad: string) => this.request<T>('GET', pad);
  // biome-ignore lint/suspicious/noExplicitAny: tests read the standard's JSON freely
  post = <T = any>(pad: string, body: unknown) => this.request<T>('POST', pad, body);
  // biome-ignore lint/suspicious/noExplicitAny: tests read the standard's JSON freely
  put = <T = any>(pad: string, body: unknown) => this.request<T>('PUT', pad, body);
  // biome-ignore lint/suspicious/noExplicitAny: tests read the standard's JSON freely
  patch = <T = any>(pad: string, body: unknown) => this.request<T>('PATCH', pad, body);
  delete = (pad: string) => this.request('DELETE', pad);
}

/** A new API token with these scopes, made as the CLI makes it. */
export async function apiTokenVoor(env: TestOmgeving, naam: string, scopes: readonly Scope[]) {
  const actor = systeemActor('Beheer-CLI', 'test');
  return (await createApiToken(env.runtime, actor, { naam, scopes: [...scopes] })).token;
}

/** A client with a token of the scopes the CLI gives: `lezen` alone when only reading. */
export async function standaardClient(env: TestOmgeving, naam = 'kiss', alleenLezen = false) {
  return new StandaardClient(env, await apiTokenVoor(env, naam, alleenLezen ? ['lezen'] : standaardScopes));
}

/** The invalidParams names of a 400 answer. */
export const velden = (a: Antwoord) =>
  ((a.body as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name);
