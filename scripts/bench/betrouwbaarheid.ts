// npm run bench -- betrouwbaarheid [--kills 5] [--fuzz 5000] [--soak-minuten 2]
//
// The crash, fuzz and soak tests at a size CI can run, and the start of the compiled server,
// with their targets; the last line is one JSON object. Exits with 1 when a target is missed.
import { crashtest } from './crash';
import { fuzzDatabase, nieuweSeed } from './fuzz';
import { opties } from './meten';
import { soak } from './soak';
import { startOpPglite } from './startup';

const DATABASES = ['postgres', 'pglite'] as const;

const som = (waarden: number[]) => waarden.reduce((a, b) => a + b, 0);

export async function main(args: string[]): Promise<void> {
  const o = opties(args);
  console.log('== crash (SIGKILL; PostgreSQL met twee instanties)');
  const crash = await crashtest([...DATABASES], Number(o.kills ?? 5), 8, 2);
  const seed = nieuweSeed();
  console.log(`\n== fuzz (seed ${seed})`);
  const fuzz = [];
  for (const soort of DATABASES)
    fuzz.push(
      await fuzzDatabase(soort, { aantal: Number(o.fuzz ?? 5_000), seed, gelijktijdig: 8, maxSeconden: 600 }),
    );
  console.log('\n== soak (PostgreSQL, 32 clients)');
  const s = await soak(Number(o['soak-minuten'] ?? 2), 32);
  console.log('\n== start (gecompileerde server, ingebedde database)');
  const st = await startOpPglite();
  const mails = Object.values(crash).map((r) => r.mails);
  const periodiek = Object.values(crash).map((r) => r.periodiek);
  const uitkomst = {
    bench: 'betrouwbaarheid',
    ...Object.fromEntries(
      Object.entries(crash).map(([soort, r]) => [
        soort,
        { acknowledged: r.acknowledged, lost: r.lost, duplicates: r.duplicates },
      ]),
    ),
    mails: {
      expected: som([...mails, ...periodiek.map((p) => p.mails)].map((m) => m.expected)),
      delivered: som([...mails, ...periodiek.map((p) => p.mails)].map((m) => m.delivered)),
      duplicates: som([...mails, ...periodiek.map((p) => p.mails)].map((m) => m.duplicates)),
    },
    geplandeTaken: {
      herinneringen: som(periodiek.map((p) => p.herinneringen)),
      escalaties: som(periodiek.map((p) => p.escalaties)),
      rapporten: som(periodiek.map((p) => p.rapporten)),
      duplicates: som(periodiek.map((p) => p.dubbel)),
    },
    fuzz: {
      requests: som(fuzz.map((f) => f.requests)),
      status5xx: som(fuzz.map((f) => f.status5xx)),
      schemaMismatches: som(fuzz.map((f) => f.schemaMismatches)),
      problemJsonMismatches: som(fuzz.map((f) => f.problemJsonMismatches)),
      invariantViolations: som(fuzz.map((f) => f.invariantViolations)),
      seed,
    },
    soak: { requests: s.verzoeken, errors: s.fouten, rssGrowthPct: s.rssGrowthPct },
    start: { rssMb: st.rssMb, warmStartMs: st.warmStartMs },
  };
  const doelen: [string, boolean][] = [
    ['niets verloren', Object.values(crash).every((r) => r.lost === 0)],
    ['niets dubbel', Object.values(crash).every((r) => r.duplicates === 0)],
    ['elke mail precies één keer', mails.every((m) => m.missing === 0 && m.duplicates === 0)],
    [
      'geplande taken precies één keer, hun mails ook',
      periodiek.every(
        (p) => p.rapporten > 0 && p.dubbel === 0 && p.mails.missing === 0 && p.mails.duplicates === 0,
      ),
    ],
    ['fuzz: geen 5xx', uitkomst.fuzz.status5xx === 0],
    [
      'fuzz: elk antwoord volgens het document',
      uitkomst.fuzz.schemaMismatches + uitkomst.fuzz.problemJsonMismatches === 0,
    ],
    ['fuzz: invarianten gelden', uitkomst.fuzz.invariantViolations === 0],
    ['soak: geen fouten', s.fouten === 0],
    ['soak: geheugengroei < 10 %', s.rssGrowthPct < 10],
    ['geheugen na start ≤ 300 MB', st.rssMb <= 300],
  ];
  console.log('\n== doelen');
  for (const [doel, gehaald] of doelen) console.log(`  ${gehaald ? '✔' : '✘'} ${doel}`);
  console.log(JSON.stringify(uitkomst));
  if (doelen.some(([, gehaald]) => !gehaald)) process.exitCode = 1;
}
