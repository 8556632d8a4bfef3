/**
 * Every operation of the two APIs, read from their documents into one shape: the internal
 * API from its /api/v1/openapi.json (OpenAPI 3.1), the Klantinteracties API from the spec it
 * serves (OpenAPI 3.0). And for each, what the documents promise about its answers.
 */
import { BASIS } from '../../../src/server/modules/klantinteracties/routes';
import { foutSchema, schemaFout, spec } from '../../../src/server/modules/klantinteracties/spec';
import { type BeleidSleutel, regelVan } from '../../../src/server/policies/regels';
import { Contract } from '../../../src/server/testing/openapi-contract';
import type { Bron, Schema } from './waarden';

export type Api = 'intern' | 'ki';

export interface Param {
  naam: string;
  plek: 'path' | 'query';
  verplicht: boolean;
  schema: Schema;
  /** Lists in the query: repeated (explode) or comma-separated. */
  explode: boolean;
}

export interface Operatie {
  api: Api;
  methode: string;
  /** The full path with `{param}` placeholders, e.g. /klantinteracties/api/v1/partijen/{uuid}. */
  template: string;
  params: Param[];
  body?: { schema: Schema; verplicht: boolean };
  /** The policy rule that guards it, to pick credentials that get in (and those that do not). */
  beleid: BeleidSleutel;
  /** Documented answers: status → content types → schema (undefined: none). */
  antwoorden: Record<string, Record<string, Schema | undefined> | undefined>;
}

export const naam = (op: Operatie) => `${op.methode} ${op.template}`;

const METHODEN = ['get', 'post', 'put', 'patch', 'delete'];

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are read as they come
type Doc = Record<string, any>;

function operatiesVan(api: Api, doc: Doc, basis: string, beleid: (o: Doc, m: string) => BeleidSleutel) {
  return Object.entries(doc.paths as Record<string, Doc>).flatMap(([pad, ops]) =>
    Object.entries(ops)
      .filter(([m]) => METHODEN.includes(m))
      .map(([m, o]): Operatie => {
        const params = [...(ops.parameters ?? []), ...(o.parameters ?? [])]
          .filter((p: Doc) => p.in === 'path' || p.in === 'query')
          .map((p: Doc) => ({
            naam: p.name,
            plek: p.in,
            verplicht: p.in === 'path' || p.required === true,
            schema: p.schema ?? {},
            explode: p.explode ?? true,
          }));
        const json = o.requestBody?.content?.['application/json']?.schema;
        return {
          api,
          methode: m.toUpperCase(),
          template: `${basis}${pad}`,
          params,
          body: json ? { schema: json, verplicht: o.requestBody.required === true } : undefined,
          beleid: beleid(o, m),
          antwoorden: Object.fromEntries(
            Object.entries(o.responses as Record<string, Doc>).map(([status, r]) => [
              status,
              r.content
                ? Object.fromEntries(
                    Object.entries(r.content as Record<string, Doc>).map(([t, c]) => [t, c.schema]),
                  )
                : undefined,
            ]),
          ),
        };
      }),
  );
}

const REF = '#/components/schemas/';

/** The documents, their operations, and how their schemas' refs are resolved. */
export class Documenten {
  readonly operaties: Operatie[];
  readonly bron: Record<Api, (poolVoor: Bron['poolVoor']) => Bron>;
  private readonly contract: Contract;

  constructor(intern: Doc) {
    this.contract = new Contract(intern);
    const ki = spec as unknown as Doc;
    this.operaties = [
      ...operatiesVan('intern', intern, '', (o) => o['x-beleid']),
      ...operatiesVan('ki', ki, BASIS, (_o, m) =>
        m === 'get' ? 'klantinteracties.lezen' : 'klantinteracties.schrijven',
      ),
    ];
    const los = (d: Doc) => (ref: string) => d.components.schemas[ref.replace(REF, '')];
    this.bron = {
      intern: (poolVoor) => ({ los: los(intern), poolVoor }),
      ki: (poolVoor) => ({ los: los(ki), poolVoor }),
    };
  }

  static async van(base: string): Promise<Documenten> {
    const res = await fetch(`${base}/api/v1/openapi.json`);
    if (!res.ok) throw new Error(`openapi.json: ${res.status}`);
    return new Documenten((await res.json()) as Doc);
  }

  /** A problem+json body against the document's Problem (internal) or Fout/ValidatieFout (KI). */
  foutAfwijking(op: Operatie, status: number, body: unknown): string | undefined {
    const vorm =
      op.api === 'ki'
        ? schemaFout(foutSchema(status), body)
        : this.contract.afwijking({ $ref: `${REF}Problem` }, body);
    if (vorm) return vorm;
    if ((body as { status?: unknown }).status !== status)
      return `status in de body (${(body as { status?: unknown }).status}) is niet ${status}`;
    return undefined;
  }

  /** A 2xx JSON body against the documented schema of that status. */
  antwoordAfwijking(op: Operatie, schema: Schema, body: unknown): string | undefined {
    if (op.api === 'intern') return this.contract.afwijking(schema, body);
    return schemaFout(String(schema.$ref).replace(REF, ''), body);
  }
}

/** The rule of an operation, for choosing credentials. */
export const regelVanOp = (op: Operatie) => regelVan(op.beleid);
