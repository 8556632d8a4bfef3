import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { startRuntime } from './bootstrap';
import { DEMO_WACHTWOORD, demoMedewerkers } from './modules/organisatie/demo';
import { loadConfig } from './platform/config';
import { verdraagDatabaseStoringen } from './platform/db/fouten';
import { stopBijSignaal } from './stoppen';

const t0 = performance.now();
const config = loadConfig();
const runtime = await startRuntime(config);
verdraagDatabaseStoringen(runtime.logger);
const app = createApp(runtime);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
  const ms = Math.round(performance.now() - t0);
  const db = runtime.database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
  runtime.logger.info({ ms, db }, `Stadspunt luistert op ${config.baseUrl}`);
  if (runtime.demoGeladen) {
    const accounts = demoMedewerkers
      .map((m) => `  ${m.gebruikersnaam.padEnd(16)} ${m.rollen.join(', ')}`)
      .join('\n');
    console.log(`\nDemo-accounts (wachtwoord ${DEMO_WACHTWOORD}):\n${accounts}\n`);
  }
});
stopBijSignaal(server as Server, runtime, config.stopDeadlineSeconden);
