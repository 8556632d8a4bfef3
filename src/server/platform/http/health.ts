import type { Hono } from 'hono';
import { appliedMigrationCount, expectedMigrationCount } from '../db/migrate';
import type { AppEnv } from './env';
import { problemResponse } from './errors';
import { ProblemError } from './problem';

const stopt = new ProblemError(
  503,
  'Stadspunt stopt',
  'Deze server stopt: hij maakt het lopende werk af en neemt geen nieuw werk aan.',
);

export function healthRoutes(app: Hono<AppEnv>): void {
  app.get('/health/live', (c) => c.json({ status: 'ok' }));
  app.get('/health/ready', async (c) => {
    if (c.get('ctx').stopt()) return problemResponse(c, stopt.toProblem());
    const verwacht = expectedMigrationCount();
    try {
      const toegepast = await appliedMigrationCount(c.get('ctx').database);
      const klaar = toegepast === verwacht;
      return c.json(
        {
          status: klaar ? 'ok' : 'migraties-niet-actueel',
          database: 'ok',
          migraties: { toegepast, verwacht },
        },
        klaar ? 200 : 503,
      );
    } catch (error) {
      c.get('logger').warn({ err: error }, 'database niet bereikbaar');
      return c.json({ status: 'database-niet-bereikbaar', database: 'fout' }, 503);
    }
  });
}
