import pino, { type Logger } from 'pino';
import { modules } from './modules';
import { team } from './modules/organisatie/schema';
import { systeemActor } from './platform/auth/rollen';
import { registerAuthOpruimen } from './platform/auth/sessies';
import type { Config } from './platform/config';
import type { AppContext } from './platform/context';
import { type Database, openDatabase } from './platform/db/client';
import { migrate } from './platform/db/migrate';
import { Jobs } from './platform/jobs/jobs';
import { Mailer } from './platform/mail/mail';
import { logSms, type SmsProvider } from './platform/sms/sms';

export interface Runtime extends AppContext {
  /** True when this start seeded an empty database with the demo municipality. */
  demoGeladen: boolean;
  stop(): Promise<void>;
}

async function seedDemo(ctx: AppContext): Promise<void> {
  const actor = systeemActor('Demo-installatie', 'seed');
  for (const module of modules) await module.seed?.(ctx, actor);
}

export interface RuntimeOpties {
  logger?: Logger;
  now?: () => Date;
  /** An already opened database (tests), left open at stop; otherwise it follows the config. */
  database?: Database;
  /** The municipality's SMS gateway adapter; without one messages go to the log. */
  sms?: SmsProvider;
}

export async function startRuntime(config: Config, opts: RuntimeOpties = {}): Promise<Runtime> {
  const logger = opts.logger ?? pino({ level: config.logLevel });
  const database = opts.database ?? (await openDatabase(config));
  await migrate(database);
  const jobs = new Jobs(database, { periodiek: config.periodiekeTaken });
  const mailer = new Mailer(database.db, config);
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    jobs,
    mailer,
    sms: opts.sms ?? logSms(logger),
    logger,
    now: opts.now ?? (() => new Date()),
  };
  for (const module of modules) module.setup?.(ctx);
  registerAuthOpruimen(ctx);
  await jobs.start((error) => logger.error({ err: error }, 'taak mislukt'));
  const leeg =
    config.seedDemo && (await database.db.select({ id: team.id }).from(team).limit(1)).length === 0;
  if (leeg) await seedDemo(ctx);
  return {
    ...ctx,
    demoGeladen: leeg,
    async stop() {
      await jobs.stop();
      mailer.close();
      if (!opts.database) await database.close();
    },
  };
}
