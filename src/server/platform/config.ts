import path from 'node:path';
import type { LoggerOptions } from 'pino';
import { zonderBsn } from '../policies/partij';
import type { S3Config } from './opslag/s3';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface BrpApiConfig {
  url: string;
  apiKey?: string;
  /** How long a person read from the BRP is served from the cache. */
  cacheMinuten: number;
}

/** `productie` never seeds demo data or demo passwords. */
export type Omgeving = 'demo' | 'productie';

export interface Config {
  omgeving: Omgeving;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  baseUrl: string;
  mailFrom: string;
  smtp?: SmtpConfig;
  oidc?: OidcConfig;
  /** Haal Centraal BRP Personen bevragen; without it the embedded test set is the BRP. */
  brpApi?: BrpApiConfig;
  logLevel: string;
  /** Asked for (SEED_DEMO); in production the start refuses it with a warning. */
  seedDemo: boolean;
  /** A session nobody used for this long ends, within its lifetime of SESSIE_UREN. */
  sessieInactiefMinuten: number;
  /** Run scheduled tasks (monitor, reports) on this instance; tests turn it off to run them by hand. */
  periodiekeTaken: boolean;
  /** How many klantcontacten the demo data spreads over the past year. */
  demoKlantcontacten: number;
  /** Behind a reverse proxy we trust: the client address is the first of X-Forwarded-For. */
  trustProxy: boolean;
  /** On SIGTERM: how long running requests and jobs may take before the process exits anyway. */
  stopDeadlineSeconden: number;
  /** The municipality's RSIN: the bronorganisatie of its zaken and besluiten. */
  rsin: string;
  /**
   * Where the documents of zaken are kept: a folder (DOCUMENTEN_MAP), or an S3-compatible bucket
   * when DOCUMENTEN_S3_BUCKET is set; and how large one may be (DOCUMENT_MAX_MB).
   */
  documenten: { map: string; maxBytes: number; s3?: S3Config };
  /** The KTO: the share of contacts, requests and zaken that get an invitation, and how often finished contacts are looked through. */
  kto: { steekproef: number; cron: string };
  /** How often the Sturing day counts are brought up to date besides after each contact (cron). */
  sturingCron: string;
}

function int(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function smtpFrom(env: NodeJS.ProcessEnv): SmtpConfig | undefined {
  if (!env.SMTP_HOST) return undefined;
  return {
    host: env.SMTP_HOST,
    port: int(env.SMTP_PORT, 587),
    secure: env.SMTP_SECURE === 'true',
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
  };
}

function s3From(env: NodeJS.ProcessEnv): S3Config | undefined {
  if (!env.DOCUMENTEN_S3_BUCKET) return undefined;
  const endpoint = env.DOCUMENTEN_S3_ENDPOINT || undefined;
  return {
    bucket: env.DOCUMENTEN_S3_BUCKET,
    endpoint,
    region: env.DOCUMENTEN_S3_REGION || 'us-east-1',
    accessKeyId: env.DOCUMENTEN_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.DOCUMENTEN_S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: env.DOCUMENTEN_S3_PATH_STYLE
      ? env.DOCUMENTEN_S3_PATH_STYLE === 'true'
      : endpoint !== undefined,
    prefix: env.DOCUMENTEN_S3_PREFIX ?? '',
  };
}

/** A share between 0 and 1; anything else falls back. */
function fractie(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value !== '' && parsed >= 0 && parsed <= 1 ? parsed : fallback;
}

function oidcFrom(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID ?? '',
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 8080);
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const omgeving: Omgeving =
    env.STADSPUNT_OMGEVING === 'productie' || env.NODE_ENV === 'production' ? 'productie' : 'demo';
  return {
    omgeving,
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    baseUrl: (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    mailFrom: env.MAIL_FROM ?? 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.nl>',
    smtp: smtpFrom(env),
    oidc: oidcFrom(env),
    brpApi: env.BRP_API_URL
      ? {
          url: env.BRP_API_URL.replace(/\/$/, ''),
          apiKey: env.BRP_API_KEY || undefined,
          cacheMinuten: int(env.BRP_CACHE_MINUTEN, 15),
        }
      : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO === undefined ? omgeving === 'demo' : env.SEED_DEMO !== 'false',
    sessieInactiefMinuten: int(env.SESSIE_INACTIEF_MINUTEN, 30),
    periodiekeTaken: env.PERIODIEKE_TAKEN !== 'false',
    demoKlantcontacten: int(env.DEMO_KLANTCONTACTEN, 12_000),
    trustProxy: env.TRUST_PROXY === 'true',
    stopDeadlineSeconden: int(env.STOP_DEADLINE_SECONDEN, 20),
    rsin: env.GEMEENTE_RSIN ?? '002220647',
    documenten: {
      map: path.resolve(env.DOCUMENTEN_MAP || path.join(dataDir, 'documenten')),
      maxBytes: int(env.DOCUMENT_MAX_MB, 20) * 1024 * 1024,
      s3: s3From(env),
    },
    kto: { steekproef: fractie(env.KTO_STEEKPROEF, 0.2), cron: env.KTO_CRON ?? '*/5 * * * *' },
    sturingCron: env.STURING_CRON ?? '* * * * *',
  };
}

/**
 * The logger's settings: whatever a line holds (an error with the parameters of a failed
 * query, say), a BSN-like number leaves the process masked.
 */
export const logOpties = (level: string): LoggerOptions => ({
  level,
  hooks: { streamWrite: zonderBsn },
});
