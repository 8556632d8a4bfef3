import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are read as they come
type Doc = Record<string, any>;
type Schema = Record<string, unknown>;

/** Refs into the components of the schema registered as `intern`. */
function verwijs(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(verwijs);
  if (typeof s !== 'object' || s === null) return s;
  return Object.fromEntries(
    Object.entries(s).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? v.replace('#/components/', 'intern#/components/') : verwijs(v),
    ]),
  );
}

/**
 * The internal API's own OpenAPI document (3.1) as a contract: ajv says what is wrong with a
 * body as one of its schemas. Used by tests and by the fuzzer (scripts/bench/fuzz.ts).
 */
export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  private readonly validators = new Map<unknown, ValidateFunction>();

  constructor(readonly doc: Doc) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'intern', components: verwijs(doc.components) });
  }

  /** What is wrong with the body as this schema of the document, or undefined when it fits. */
  afwijking(schema: Schema, body: unknown): string | undefined {
    let v = this.validators.get(schema);
    if (!v) {
      v = this.ajv.compile(verwijs(schema) as Schema);
      this.validators.set(schema, v);
    }
    return v(body) ? undefined : this.ajv.errorsText(v.errors, { separator: '\n  ' });
  }

  /** The same for the documented JSON answer of an operation and status. */
  antwoordAfwijking(methode: string, pad: string, status: number, body: unknown): string | undefined {
    const schema =
      this.doc.paths[pad]?.[methode.toLowerCase()]?.responses?.[status]?.content?.['application/json']
        ?.schema;
    if (!schema) return `${methode} ${pad} ${status} heeft geen JSON-antwoord in het document`;
    return this.afwijking(schema, body);
  }
}
