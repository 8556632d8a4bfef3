// Builds the server into dist/server, as `npm start` and the container run it: main.js (the
// server) and cli.js, with the code of src/server bundled and the packages imported from
// node_modules as they are. With --if-stale only when a source file is newer than the last build.
import { rmSync } from 'node:fs';
import { verouderd } from './verouderd.mjs';

const uit = 'dist/server';

if (!process.argv.includes('--if-stale') || verouderd(`${uit}/main.js`, 'src/server')) {
  rmSync(uit, { recursive: true, force: true });
  // Imported only to build: a fresh build starts without esbuild (a development dependency).
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: 'src/server/main.ts', cli: 'src/server/cli.ts' },
    outdir: uit,
    bundle: true,
    packages: 'external',
    // Shared code in chunks; the report writers stay behind their import() and load with the first report.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // For readable stack traces run with NODE_OPTIONS=--enable-source-maps.
    sourcemap: true,
    logLevel: 'warning',
  });
}
