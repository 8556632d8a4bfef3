import { parseArgs } from 'node:util';
import pino from 'pino';
import { type Runtime, startRuntime } from './bootstrap';
import { createApiToken } from './platform/auth/api-token';
import { createBeheerder } from './platform/auth/beheerder';
import { loadConfig } from './platform/config';

const gebruik = `Gebruik:
  npm run --silent cli -- api-token create <naam> [--alleen-lezen]   maakt een API-token en drukt alleen het token af
  npm run --silent cli -- beheerder create <gebruikersnaam> --email <adres> [--naam "<naam>"]
      maakt een functioneel beheerder en drukt alleen het eenmalige wachtwoord af`;

type Opdracht = (runtime: Runtime) => Promise<string>;

function apiToken(args: string[]): Opdracht | undefined {
  const [actie, naam, ...opties] = args;
  if (actie !== 'create' || !naam) return undefined;
  return (runtime) => createApiToken(runtime, naam, opties.includes('--alleen-lezen'));
}

function beheerder(args: string[]): Opdracht | undefined {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { email: { type: 'string' }, naam: { type: 'string' } },
  });
  const [actie, gebruikersnaam, ...meer] = positionals;
  if (actie !== 'create' || !gebruikersnaam || meer.length > 0 || !values.email) return undefined;
  const email = values.email;
  return (runtime) => createBeheerder(runtime, { gebruikersnaam, naam: values.naam, email });
}

const opdrachten: Record<string, (args: string[]) => Opdracht | undefined> = {
  'api-token': apiToken,
  beheerder,
};

function opdrachtVan([onderwerp, ...args]: string[]): Opdracht | undefined {
  try {
    return opdrachten[onderwerp]?.(args);
  } catch {
    return undefined; // an unknown option
  }
}

async function main(args: string[]): Promise<number> {
  const opdracht = opdrachtVan(args);
  if (!opdracht) {
    console.error(gebruik);
    return 2;
  }
  // Logs go to stderr so that stdout carries only the token or password.
  const runtime = await startRuntime(loadConfig(), { logger: pino({ level: 'warn' }, pino.destination(2)) });
  try {
    process.stdout.write(`${await opdracht(runtime)}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await runtime.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
