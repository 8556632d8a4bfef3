// Builds the web UI; with --if-stale only when a source file is newer than the last build.
import { execFileSync } from 'node:child_process';
import { verouderd } from './verouderd.mjs';

if (!process.argv.includes('--if-stale') || verouderd('dist/web/index.html', 'src/web')) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
