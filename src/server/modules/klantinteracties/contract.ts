import { createApiToken } from '../../platform/auth/api-tokens/create-api-token';
import { standaardScopes } from '../../platform/auth/api-tokens/waarden';
import { type Scope, systeemActor } from '../../platform/auth/rollen';
import { TestClient, type TestOmgeving } from '../../testing/harness';
import { BASIS } from './routes';
import { afwijking, spec } from './spec';

/**
 * Contract tests: every response a test receives through `StandaardClient` is checked
 * against the published Klantinteracties spec by ajv (see ./spec.ts).
 */

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
  const { template, fout } = afwijking(methode, pad, status, body);
  if (fout) throw new Error(fout);
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
