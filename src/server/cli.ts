import pino from 'pino';
import { startRuntime } from './bootstrap';
import { createApiToken } from './platform/auth/api-token';
import { loadConfig } from './platform/config';

const gebruik = `Gebruik:
  npm run --silent cli -- api-token create <naam> [--alleen-lezen]   maakt een API-token en drukt alleen het token af`;

async function main(args: string[]): Promise<number> {
  const [onderwerp, actie, naam, ...opties] = args;
  if (onderwerp !== 'api-token' || actie !== 'create' || !naam) {
    console.error(gebruik);
    return 2;
  }
  // Logs go to stderr so that stdout carries only the token.
  const runtime = await startRuntime(loadConfig(), { logger: pino({ level: 'warn' }, pino.destination(2)) });
  try {
    const token = await createApiToken(runtime, naam, opties.includes('--alleen-lezen'));
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await runtime.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
