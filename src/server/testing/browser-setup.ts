import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { createApp } from '../app';
import { startRuntime } from '../bootstrap';
import { alleTeams } from '../modules/organisatie/operations/team-lezen';
import { loadConfig } from '../platform/config';
import { rijen } from '../platform/db/client';
import { testZaaktype } from './zaaktypen';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A published zaaktype of Belastingen (the test fixture), for the zaken screens. */
    zaaktype: Awaited<ReturnType<typeof testZaaktype>>;
    /** A person of the BRP test set who is no party yet (so never invited to the KTO) and has no geheimhouding. */
    nieuweInwoner: string;
  }
}

/** The real app on a free loopback port with a fresh embedded database and the demo data. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/web/index.html')) {
    throw new Error("The web UI is not built: run 'npm run build' (npm test does this first)");
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-browser-'));
  // Every contact, request and zaak is followed by a KTO invitation: the KTO test needs one for sure.
  const config = loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', KTO_STEEKPROEF: '1' });
  const runtime = await startRuntime(config, { logger: pino({ level: 'warn' }) });
  const app = createApp(runtime);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  const belastingen = (await alleTeams(runtime.db)).find((t) => t.naam === 'Belastingen');
  project.provide('zaaktype', await testZaaktype(runtime.db, belastingen?.id as string));
  const [inwoner] = await rijen<{ bsn: string }>(
    runtime.db,
    sql`select bsn from brp_persoon p where not geheimhouding
      and not exists (select 1 from partij where partij.bsn = p.bsn) order by bsn limit 1`,
  );
  project.provide('nieuweInwoner', inwoner.bsn);
  return async () => {
    server.close();
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
