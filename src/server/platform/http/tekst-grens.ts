import type { Context, MiddlewareHandler } from 'hono';

/** NUL, which PostgreSQL text cannot hold, and a lone surrogate half, which is no character at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const ONGELDIG = /\u0000|\p{Cs}/u;

export const ONGELDIGE_TEKST =
  'Bevat een teken dat niet is toegestaan (een nulteken of een losse helft van een Unicode-teken).';

/** The path (`a.b[2]`) of the first string in the value with a character no text may hold. */
export function ongeldigeTekst(waarde: unknown, pad = ''): string | undefined {
  if (typeof waarde === 'string') return ONGELDIG.test(waarde) ? pad || 'body' : undefined;
  if (Array.isArray(waarde)) {
    for (const [i, w] of waarde.entries()) {
      const fout = ongeldigeTekst(w, `${pad}[${i}]`);
      if (fout) return fout;
    }
  } else if (waarde && typeof waarde === 'object') {
    for (const [k, w] of Object.entries(waarde)) {
      const fout = ongeldigeTekst(k, pad) ?? ongeldigeTekst(w, pad ? `${pad}.${k}` : k);
      if (fout) return fout;
    }
  }
  return undefined;
}

const ontsleuteld = (tekst: string) => {
  try {
    return decodeURIComponent(tekst);
  } catch {
    return tekst;
  }
};

/** The field of the query or JSON body that holds such a character; a JSON body is parsed only when it escapes one. */
async function veldMetOngeldigeTekst(c: Context): Promise<string | undefined> {
  if (ONGELDIG.test(ontsleuteld(c.req.path))) return 'pad';
  for (const [naam, waarden] of Object.entries(c.req.queries())) {
    if (ongeldigeTekst(naam) || ongeldigeTekst(waarden)) return naam;
  }
  if (!c.req.header('content-type')?.includes('json')) return undefined;
  const tekst = await c.req.text();
  if (!tekst.includes('\\u')) return undefined;
  try {
    return ongeldigeTekst(JSON.parse(tekst));
  } catch {
    return undefined; // the operation answers broken JSON in its own words
  }
}

/**
 * Refuses text the database cannot store before any operation sees it, naming the field:
 * otherwise the first query with it fails and the caller gets a 500 instead of a 400.
 */
export function tekstGrens(onFout: (c: Context, veld: string) => Response): MiddlewareHandler {
  return async (c, next) => {
    const veld = await veldMetOngeldigeTekst(c);
    return veld ? onFout(c, veld) : next();
  };
}
