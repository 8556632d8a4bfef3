import type { components, paths } from './api-typen';

/** A type of the API by its name in the OpenAPI document: `Schema<'Contactverzoek'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

export type VeldFout = NonNullable<Schema<'Problem'>['errors']>[number];

export class ApiFout extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly velden: VeldFout[] = [],
    readonly huidig?: unknown,
  ) {
    super(message);
  }

  veld(naam: string): string | undefined {
    return this.velden.find((v) => v.veld === naam || v.veld.startsWith(`${naam}.`))?.melding;
  }
}

/** The shape of every paged list of the API, for the list table whatever its items. */
export interface Lijst<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type Methode = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type ZonderVoorvoegsel<K> = K extends `/api/v1${infer P}` ? P : never;
/** A path as the OpenAPI document writes it, without /api/v1: `/teams/{id}`. */
type Pad = ZonderVoorvoegsel<keyof paths>;
type Operatie<P extends Pad, M extends Methode> = paths[`/api/v1${P}`][Lowercase<M>];
type PadMet<M extends Methode> = {
  [P in Pad]: Operatie<P, M> extends { responses: unknown } ? P : never;
}[Pad];

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type Geslaagd<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 204>] : never;
/** What the operation answers when it succeeds (undefined for 204). */
export type Antwoord<P extends PadMet<M>, M extends Methode = 'GET'> = Json<Geslaagd<Operatie<P, M>>>;

type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
/** The JSON body an operation takes. */
export type Invoer<P extends PadMet<M>, M extends Methode> = Body<Operatie<P, M>>;
type Padparameters<O> = O extends { parameters: { path: infer X } } ? X : never;
type Zoekparameters<O> = O extends { parameters: { query?: infer Q } } ? Exclude<Q, undefined> : never;
/** The query parameters of a GET, e.g. to type a screen's filters with. */
export type Zoekvraag<P extends PadMet<'GET'>> = Zoekparameters<Operatie<P, 'GET'>>;

interface Opties {
  /** Asked by the screen itself (a poll), not by the employee: it does not keep the session from idling out. */
  achtergrond?: boolean;
  /** Sent even while the page unloads (saving what was typed when the agent reloads). */
  keepalive?: boolean;
}

type Als<T, V> = [T] extends [never] ? unknown : V;
type Verzoek<O> = Opties &
  Als<Padparameters<O>, { path: Padparameters<O> }> &
  Als<Body<O>, { body: Body<O> }> &
  Als<Zoekparameters<O>, { query?: Zoekparameters<O> }>;
// The request may be left out only when the operation has no path parameters and no body.
type Rest<O> = [Padparameters<O> | Body<O>] extends [never] ? [verzoek?: Verzoek<O>] : [verzoek: Verzoek<O>];

type Waarde = string | number | boolean | undefined | null;
interface LosVerzoek extends Opties {
  path?: Record<string, string>;
  query?: Record<string, Waarde>;
  body?: unknown;
}

let csrfToken = '';
export const zetCsrfToken = (token: string) => {
  csrfToken = token;
};

async function fout(res: Response): Promise<ApiFout> {
  const body = (await res.json().catch(() => ({}))) as Partial<Schema<'Problem'>> & { huidig?: unknown };
  return new ApiFout(
    res.status,
    body.detail ?? body.title ?? `Fout ${res.status}`,
    body.errors ?? [],
    body.huidig,
  );
}

function zoekstring(params: Record<string, Waarde>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const invullen = (pad: string, path: Record<string, string> = {}) =>
  pad.replace(/\{(\w+)\}/g, (_, naam: string) => encodeURIComponent(path[naam]));

/**
 * The one way the screens talk to the server: JSON, session cookie, CSRF header on writes,
 * problem+json errors. Typed by the OpenAPI document: `api('PATCH', '/teams/{id}', { path, body })`.
 */
export async function api<M extends Methode, P extends PadMet<M>>(
  method: M,
  pad: P,
  ...[verzoek]: Rest<Operatie<P, M>>
): Promise<Antwoord<P, M>> {
  const { path, query: zoek = {}, body, achtergrond, keepalive } = (verzoek ?? {}) as LosVerzoek;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (achtergrond) headers['x-stadspunt-achtergrond'] = '1';
  const res = await fetch(`/api/v1${invullen(pad, path)}${zoekstring(zoek)}`, {
    method,
    headers,
    credentials: 'same-origin',
    keepalive,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await fout(res);
  return (res.status === 204 ? undefined : await res.json()) as Antwoord<P, M>;
}

export const get = <P extends PadMet<'GET'>>(pad: P, ...verzoek: Rest<Operatie<P, 'GET'>>) =>
  api('GET', pad, ...verzoek);

/** The current version the server sent with a 409 (optimistic locking), to reload the form with. */
export const huidigeVersie = <T>(fout: unknown): T | undefined =>
  fout instanceof ApiFout && fout.status === 409 ? (fout.huidig as T | undefined) : undefined;

/**
 * A multipart form (a file upload) to an operation that takes one, with the share of it sent
 * so far for a progress bar; errors as api() gives them.
 */
export function stuurFormulier<T>(
  pad: string,
  formulier: FormData,
  voortgang?: (deel: number) => void,
): Promise<T> {
  return new Promise((klaar, mislukt) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${pad}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) voortgang?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const res = new Response(xhr.responseText || null, { status: xhr.status });
      if (res.ok) res.json().then(klaar, mislukt);
      else fout(res).then(mislukt, mislukt);
    };
    xhr.onerror = () =>
      mislukt(new ApiFout(0, 'De verbinding met de server is verbroken. Probeer het opnieuw.'));
    xhr.send(formulier);
  });
}
