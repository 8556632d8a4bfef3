import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import type { Jobs } from './jobs/jobs';
import type { Mailer } from './mail/mail';
import type { Opslag } from './opslag/opslag';
import type { SmsProvider } from './sms/sms';

/** Everything an operation may use; built once at start, replaced piecewise in tests. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  jobs: Jobs;
  mailer: Mailer;
  /** The content of documents. */
  opslag: Opslag;
  sms: SmsProvider;
  logger: Logger;
  now: () => Date;
  /** True once this instance has begun to stop (SIGTERM): it finishes its work and takes no new. */
  stopt: () => boolean;
}
