import pino, { type Logger } from 'pino';
import { modules } from './modules';
import { organisatieLeeg } from './modules/organisatie/operations/medewerker-lezen';
import { systeemActor } from './platform/auth/rollen';
import { registerAuthOpruimen } from './platform/auth/sessies';
import { type Config, logOpties } from './platform/config';
import type { AppContext } from './platform/context';
import { type Database, openDatabase } from './platform/db/client';
import { migrate } from './platform/db/migrate';
import { neemDatamap } from './platform/db/slot';
import { Jobs } from './platform/jobs/jobs';
import { Mailer } from './platform/mail/mail';
import { lokaleOpslag } from './platform/opslag/opslag';
import { logSms, type SmsProvider } from './platform/sms/sms';

/** The AWS SDK is loaded only when a bucket is configured: importing it costs every start ~150 ms. */
async function opslagVoor(documenten: Config['documenten']) {
  if (!documenten.s3) return lokaleOpslag(documenten.map);
  const { s3Opslag } = await import('./platform/opslag/s3');
  return s3Opslag(documenten.s3);
}

export interface Runtime extends AppContext {
  /** True when this start seeded an empty database with the demo municipality. */
  demoGeladen: boolean;
  /** From now on /health/ready answers 503, so a load balancer takes this instance out. */
  beginStoppen(): void;
  stop(): Promise<void>;
}

/** Reference data into an empty database, and in the demo the demo municipality after it. */
async function vulLeeg(ctx: AppContext, demo: boolean): Promise<void> {
  const actor = systeemActor(demo ? 'Demo-installatie' : 'Installatie', 'seed');
  for (const module of modules) await module.referentie?.(ctx, actor);
  if (demo) for (const module of modules) await module.demo?.(ctx, actor);
}

/** Production never gets demo data or demo passwords, whatever SEED_DEMO says. */
function demoGevraagd(config: Config, logger: Logger): boolean {
  if (config.omgeving !== 'productie') return config.seedDemo;
  if (config.seedDemo)
    logger.warn(
      'SEED_DEMO wordt genegeerd: in productie laadt Stadspunt geen demogegevens of demowachtwoorden.',
    );
  return false;
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
  const logger = opts.logger ?? pino(logOpties(config.logLevel));
  const slot = opts.database || config.databaseUrl ? undefined : neemDatamap(config.dataDir);
  const database = opts.database ?? (await openDatabase(config));
  await migrate(database);
  const jobs = new Jobs(database, { periodiek: config.periodiekeTaken });
  const mailer = new Mailer(database.db, config);
  let stopt = false;
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    jobs,
    mailer,
    opslag: await opslagVoor(config.documenten),
    sms: opts.sms ?? logSms(logger),
    logger,
    now: opts.now ?? (() => new Date()),
    stopt: () => stopt,
  };
  for (const module of modules) module.setup?.(ctx);
  registerAuthOpruimen(ctx);
  await jobs.start((error) => logger.error({ err: error }, 'taak mislukt'));
  const demo = demoGevraagd(config, logger);
  const leeg = await organisatieLeeg(database.db);
  if (leeg) await vulLeeg(ctx, demo);
  return {
    ...ctx,
    demoGeladen: leeg && demo,
    beginStoppen() {
      stopt = true;
    },
    async stop() {
      await jobs.stop();
      mailer.close();
      if (opts.database) return;
      await database.close();
      slot?.geefVrij();
    },
  };
}
