export interface VeldFout {
  veld: string;
  melding: string;
}

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

export interface Lijst<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

let csrfToken = '';
export const zetCsrfToken = (token: string) => {
  csrfToken = token;
};

async function fout(res: Response): Promise<ApiFout> {
  const body = (await res.json().catch(() => ({}))) as {
    detail?: string;
    title?: string;
    errors?: VeldFout[];
    huidig?: unknown;
  };
  return new ApiFout(
    res.status,
    body.detail ?? body.title ?? `Fout ${res.status}`,
    body.errors ?? [],
    body.huidig,
  );
}

export interface Opties {
  /** Asked by the screen itself (a poll), not by the employee: it does not keep the session from idling out. */
  achtergrond?: boolean;
}

/** The one way the screens talk to the server: JSON, session cookie, CSRF header on writes, problem+json errors. */
export async function api<T>(method: string, pad: string, body?: unknown, opties: Opties = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (opties.achtergrond) headers['x-stadspunt-achtergrond'] = '1';
  const res = await fetch(`/api/v1${pad}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await fout(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export const get = <T>(pad: string, opties?: Opties) => api<T>('GET', pad, undefined, opties);

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The current version the server sent with a 409 (optimistic locking), to reload the form with. */
export const huidigeVersie = <T>(fout: unknown): T | undefined =>
  fout instanceof ApiFout && fout.status === 409 ? (fout.huidig as T | undefined) : undefined;
