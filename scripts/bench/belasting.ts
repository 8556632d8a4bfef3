import http from 'node:http';
// The load generator, run as its own process so that it does not share the server's event loop.
// Reads one job as JSON on stdin, prints its figures as JSON on stdout. Plain node:http with
// keep-alive: it costs a third of the CPU of fetch, which matters when it shares the cores.
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
const url = new URL(o.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: o.gelijktijdig });
const headers = { cookie: o.cookie, 'x-csrf-token': o.csrfToken, 'content-type': 'application/json' };

function verstuur(v: Opdracht['verzoeken'][number]): Promise<{ status: number; tekst: string }> {
  return new Promise((resolve, reject) => {
    const body = v.body === undefined ? undefined : JSON.stringify(v.body);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: v.pad,
        method: v.method,
        agent,
        headers: body ? { ...headers, 'content-length': Buffer.byteLength(body) } : headers,
      },
      (res) => {
        let tekst = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          tekst += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, tekst }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let fouten = 0;
let eersteFout: string | undefined;
const uitkomst = await belast(o.verzoeken.length, o.gelijktijdig, async (i) => {
  const v = o.verzoeken[i];
  const { status, tekst } = await verstuur(v);
  if (status >= 400) {
    fouten++;
    eersteFout ??= `${status} ${v.method} ${v.pad}: ${tekst.slice(0, 300)}`;
  }
});
agent.destroy();
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
