// npm run bench -- soak [--minuten 10] [--clients 32]
//
// Mixed desk load on PostgreSQL for a while: searches, card opens, registrations, queue pages
// and dashboards from clients in this process against the real server in its own. Each minute
// prints p50/p99 per kind and the server's resident memory; at the end the growth of that
// memory from the end of the first loaded minute (the code and caches are warm then) to the
// end of the run, and every error.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openPostgres, rijen } from '../../src/server/platform/db/client';
import { startPostgresCluster } from '../test/postgres-cluster';
import { inloggen, type Sessie } from './app';
import { percentiel, rond } from './meten';
import { rssMb, startServer } from './serverproces';

type Soort = 'zoeken' | 'kaart' | 'registreren' | 'werkvoorraad' | 'dashboard';
const SOORTEN: Soort[] = [
  'zoeken',
  'kaart',
  'zoeken',
  'registreren',
  'kaart',
  'werkvoorraad',
  'zoeken',
  'dashboard',
];

interface Gegevens {
  zoekvragen: string[];
  bsns: string[];
  teamIds: string[];
}

/** What the clients ask for: searches and persons of the embedded BRP, the teams of the demo. */
async function gegevens(url: string): Promise<Gegevens> {
  const db = await openPostgres(url, 1);
  try {
    const personen = await rijen<{ bsn: string; naam: string; postcode: string; huisnummer: string }>(
      db.db,
      sql`select bsn, geslachtsnaam as naam, postcode, huisnummer::text from brp_persoon
          where postcode is not null order by md5(bsn) limit 200`,
    );
    const teams = await rijen<{ id: string }>(db.db, sql`select id from team order by naam`);
    return {
      zoekvragen: personen.flatMap((p) => [p.bsn, p.naam, `${p.postcode} ${p.huisnummer}`]),
      bsns: personen.map((p) => p.bsn),
      teamIds: teams.map((t) => t.id),
    };
  } finally {
    await db.close();
  }
}

const kies = <T>(lijst: T[], i: number) => lijst[i % lijst.length];

/** One request of this kind; answers its status. */
async function doe(soort: Soort, i: number, kcc: Sessie, leider: Sessie, g: Gegevens): Promise<number> {
  const kop = (s: Sessie) => ({
    cookie: s.cookie,
    'x-csrf-token': s.csrfToken,
    'content-type': 'application/json',
  });
  const vraag = (s: Sessie, pad: string, init: RequestInit = {}) =>
    fetch(`${s.base}${pad}`, { ...init, headers: kop(s), signal: AbortSignal.timeout(30_000) }).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
    );
  switch (soort) {
    case 'zoeken':
      return vraag(kcc, `/api/v1/partijen/zoeken?q=${encodeURIComponent(kies(g.zoekvragen, i * 7))}`);
    case 'kaart': {
      const res = await fetch(`${kcc.base}/api/v1/partijen/personen`, {
        method: 'POST',
        headers: kop(kcc),
        body: JSON.stringify({ bsn: kies(g.bsns, i * 13) }),
      });
      const { id } = (await res.json()) as { id: string };
      const [kaart, tijdlijn] = await Promise.all([
        vraag(kcc, `/api/v1/partijen/${id}`),
        vraag(kcc, `/api/v1/partijen/${id}/tijdlijn`),
      ]);
      return Math.max(kaart, tijdlijn);
    }
    case 'registreren':
      return vraag(kcc, '/api/v1/klantcontacten', {
        method: 'POST',
        body: JSON.stringify({
          kanaal: 'telefoon',
          partijId: null,
          vragen: [{ onderwerp: 'Soak', vraag: `Vraag ${i}`, uitkomst: 'afgehandeld' }],
        }),
      });
    case 'werkvoorraad':
      return vraag(leider, `/api/v1/contactverzoeken?teamId=${kies(g.teamIds, i)}&status=open&sort=deadline`);
    case 'dashboard':
      return vraag(leider, `/api/v1/contactverzoeken/dashboard?teamId=${kies(g.teamIds, i)}`);
  }
}

type Metingen = Record<Soort, number[]>;
const leeg = (): Metingen => ({ zoeken: [], kaart: [], registreren: [], werkvoorraad: [], dashboard: [] });

function figuren(m: Metingen) {
  return Object.fromEntries(
    Object.entries(m).map(([soort, ms]) => [
      soort,
      { aantal: ms.length, p50: rond(percentiel(ms, 50)), p99: rond(percentiel(ms, 99)) },
    ]),
  );
}

export async function soak(minuten: number, clients: number) {
  const cluster = await startPostgresCluster();
  const server = await startServer({
    DATABASE_URL: cluster.url,
    SEED_DEMO: 'true',
    PERIODIEKE_TAKEN: 'true',
  });
  const pid = server.proces.pid as number;
  try {
    const g = await gegevens(cluster.url);
    const [kcc, leider] = [await inloggen(server.base, 'kcc'), await inloggen(server.base, 'teamleider')];
    const rssNaStart = rssMb(pid);
    const einde = performance.now() + minuten * 60_000;
    const totaal = leeg();
    let minuut = leeg();
    const fouten: string[] = [];
    const rssPerMinuut: number[] = [];
    let volgende = 0;
    // Each minute; a short run (CI) reports in quarters of its time.
    const stap = Math.min(60_000, (minuten * 60_000) / 4);
    const klok = setInterval(() => {
      rssPerMinuut.push(rssMb(pid));
      const f = figuren(minuut);
      console.log(
        `  na ${Math.round((rssPerMinuut.length * stap) / 1000)} s: ${Object.entries(f)
          .map(([s, v]) => `${s} ${v.p50}/${v.p99} ms (${v.aantal})`)
          .join(' · ')} · geheugen ${rssPerMinuut.at(-1)} MB`,
      );
      minuut = leeg();
    }, stap);
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < einde) {
          const i = volgende++;
          const soort = SOORTEN[i % SOORTEN.length];
          const t0 = performance.now();
          const status = await doe(soort, i, kcc, leider, g).catch((e: Error) => e.message);
          const ms = performance.now() - t0;
          totaal[soort].push(ms);
          minuut[soort].push(ms);
          if (typeof status !== 'number' || status >= 400) fouten.push(`${soort}: ${status}`);
        }
      }),
    );
    clearInterval(klok);
    const rssEind = rssMb(pid);
    const rssWarm = rssPerMinuut[0] ?? rssNaStart;
    return {
      minuten,
      clients,
      verzoeken: Object.values(totaal).reduce((som, ms) => som + ms.length, 0),
      perSoort: figuren(totaal),
      fouten: fouten.length,
      eersteFouten: fouten.slice(0, 5),
      rssNaStartMb: rssNaStart,
      rssWarmMb: rssWarm,
      rssEindMb: rssEind,
      rssGrowthPct: rond(((rssEind - rssWarm) / rssWarm) * 100),
    };
  } finally {
    await server.stop();
    await cluster.stop();
  }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { minuten: { type: 'string', default: '10' }, clients: { type: 'string', default: '32' } },
  });
  const minuten = Number(values.minuten);
  console.log(`soak: ${minuten} minuten gemengde belasting, ${values.clients} clients, PostgreSQL`);
  const r = await soak(minuten, Number(values.clients));
  console.log(
    `  ${r.verzoeken} verzoeken, ${r.fouten} fouten; geheugen na start ${r.rssNaStartMb} MB, na de eerste meting ${r.rssWarmMb} MB, aan het eind ${r.rssEindMb} MB (${r.rssGrowthPct} %)`,
  );
  console.log(JSON.stringify({ bench: 'soak', ...r }));
}
