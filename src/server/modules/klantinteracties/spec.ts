import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { BASIS } from './routes';

/**
 * The published Klantinteracties spec (kept unchanged in ./spec, see BRON.md) and ajv
 * validators of its schemas. The spec defines no error bodies; Open Klant answers errors in
 * the Common Ground format that the ZGW specs define (Fout, ValidatieFout), so errors are
 * checked against those, taken from the Zaken spec. Used by the contract tests and the fuzzer.
 */
const SPECS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'spec');

export type Schema = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  explode?: boolean;
  schema: { type?: string; format?: string; enum?: string[]; items?: { enum?: string[] } };
}
export interface Operatie {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
export interface Spec {
  paths: Record<string, Record<string, Operatie>>;
  components: { schemas: Record<string, Schema> };
}

const lees = (bestand: string) => parse(readFileSync(path.join(SPECS, bestand), 'utf8')) as Spec;
export const spec = lees('klantinteracties-0.9.0.openapi.yaml');
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

/** The standard's error body for a status: ValidatieFout for 400, else Fout. */
export const foutSchema = (status: number) => (status === 400 ? 'ValidatieFout' : 'Fout');

/** What ajv finds wrong with a body as the spec's schema of this name, or undefined when it fits. */
export function schemaFout(naam: string, body: unknown): string | undefined {
  const v = validator(naam);
  if (v(body)) return undefined;
  return `geen geldige ${naam}:\n  ${ajv.errorsText(v.errors, { separator: '\n  ' })}\n${JSON.stringify(body)}`;
}

/**
 * What is wrong with this response for this method, path and status by the spec, or
 * undefined when it is right; errors (4xx, 5xx) are held to Fout and ValidatieFout.
 */
export function afwijking(
  methode: string,
  pad: string,
  status: number,
  body: unknown,
): { template: string; fout?: string } {
  const { pad: template, op } = operatie(methode, pad);
  let naam: string;
  if (status >= 400) naam = foutSchema(status);
  else {
    const antwoord = op.responses[String(status)];
    if (!antwoord)
      return { template, fout: `${methode} ${template}: status ${status} staat niet in de spec` };
    const schema = antwoord.content?.['application/json']?.schema;
    if (!schema)
      return body === undefined
        ? { template }
        : { template, fout: `${methode} ${template} ${status}: de spec kent hier geen body` };
    naam = String(schema.$ref).replace(REF, '');
  }
  const fout = schemaFout(naam, body);
  return fout ? { template, fout: `${methode} ${template} ${status} is ${fout}` } : { template };
}
