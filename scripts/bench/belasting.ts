// The load generator, run as its own process so that it does not share the server's event loop.
// Reads one job as JSON on stdin, prints its figures as JSON on stdout. undici's Pool with one
// keep-alive connection per client: it costs about half the CPU of node:http, and the load
// generator shares the two cores with the server it measures.
import { Pool } from 'undici';
import { belast, percentiel, rond } from './meten';

interface Opdracht {
  base: string;
  cookie: string;
  csrfToken: string;
  verzoeken: { method: 'GET' | 'POST'; pad: string; body?: unknown }[];
  gelijktijdig: number;
}

const invoer = await new Promise<string>((resolve) => {
  let tekst = '';
  process.stdin.on('data', (d) => {
    tekst += d;
  });
  process.stdin.on('end', () => resolve(tekst));
});
const o = JSON.parse(invoer) as Opdracht;
const pool = new Pool(o.base, { connections: o.gelijktijdig });
const headers = { cookie: o.cookie, 'x-csrf-token': o.csrfToken, 'content-type': 'application/json' };

let fouten = 0;
let eersteFout: string | undefined;
const uitkomst = await belast(o.verzoeken.length, o.gelijktijdig, async (i) => {
  const v = o.verzoeken[i];
  const body = v.body === undefined ? undefined : JSON.stringify(v.body);
  const res = await pool.request({ path: v.pad, method: v.method, headers, body });
  const tekst = await res.body.text();
  if (res.statusCode >= 400) {
    fouten++;
    eersteFout ??= `${res.statusCode} ${v.method} ${v.pad}: ${tekst.slice(0, 300)}`;
  }
});
await pool.close();
process.stdout.write(
  JSON.stringify({
    perSeconde: rond(uitkomst.perSeconde, 0),
    p50: rond(uitkomst.p50, 2),
    p95: rond(percentiel(uitkomst.latenties, 95), 2),
    p99: rond(uitkomst.p99, 2),
    fouten,
    eersteFout,
  }),
);
