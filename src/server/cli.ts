import { randomUUID } from 'node:crypto';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import pino from 'pino';
import { type Runtime, startRuntime } from './bootstrap';
import { listApiTokens } from './platform/auth/api-tokens/api-token-lezen';
import { createApiToken } from './platform/auth/api-tokens/create-api-token';
import { revokeApiToken } from './platform/auth/api-tokens/revoke-api-token';
import { type ApiTokenUit, apiTokenInvoer } from './platform/auth/api-tokens/schemas';
import { standaardScopes } from './platform/auth/api-tokens/waarden';
import { createBeheerder } from './platform/auth/beheerder';
import { systeemActor } from './platform/auth/rollen';
import { maakBackup } from './platform/backup/backup';
import { zetTerug } from './platform/backup/terugzetten';
import { lokaleTijd } from './platform/calendar/rules';
import { type Config, loadConfig, logOpties } from './platform/config';
import { veldFouten } from './platform/http/errors';
import { ongeldig, ProblemError } from './platform/http/problem';

type Opties = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Kop {
  /** The line of the usage text, after `npm run --silent cli --`. */
  gebruik: string;
  /** How many positional arguments follow the command. */
  argumenten: number;
  opties?: ParseArgsConfig['options'];
  /** Options without which the command is not understood (the usage is printed). */
  verplicht?: string[];
}

/** `run` returns what goes to stdout (the logs go to stderr); `opDatamap` works on the stopped database's files. */
type Opdracht = Kop &
  (
    | { run(runtime: Runtime, argumenten: string[], opties: Opties): Promise<string> }
    | { opDatamap(config: Config, argumenten: string[], opties: Opties): Promise<string> }
  );

// Whoever runs the CLI sits at the server: the audit trail names the CLI, not a person.
const cliActor = () => systeemActor('Beheer-CLI', randomUUID());

function tokenInvoer(naam: string, opties: Opties) {
  if (opties['alleen-lezen'] && opties.scopes)
    throw new Error('Kies --alleen-lezen of --scopes, niet allebei.');
  const scopes = opties['alleen-lezen']
    ? ['lezen']
    : typeof opties.scopes === 'string'
      ? opties.scopes.split(',').map((s) => s.trim())
      : standaardScopes;
  const invoer = apiTokenInvoer.safeParse({ naam, scopes, verloopt: opties.verloopt });
  if (!invoer.success) throw ongeldig(veldFouten(invoer.error));
  return invoer.data;
}

async function alleTokens(runtime: Runtime): Promise<ApiTokenUit[]> {
  const alle: ApiTokenUit[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listApiTokens(runtime.db, runtime.now(), { page, pageSize: 100 });
    alle.push(...items);
    if (alle.length >= total || items.length === 0) return alle;
  }
}

const moment = (iso: string) => {
  const { datum, tijd } = lokaleTijd(new Date(iso));
  return `${datum} ${tijd}`;
};

function tokenTabel(tokens: ApiTokenUit[]): string {
  if (tokens.length === 0) return 'Er zijn nog geen API-tokens.';
  const rijen = [
    ['naam', 'scopes', 'verloopt', 'laatst gebruikt', 'status'],
    ...tokens.map((t) => [
      t.naam,
      t.scopes.join(','),
      lokaleTijd(new Date(t.verloopt)).datum,
      t.laatstGebruikt ? moment(t.laatstGebruikt) : 'nooit',
      t.status,
    ]),
  ];
  const breedte = rijen[0].map((_, i) => Math.max(...rijen.map((r) => r[i].length)));
  return rijen
    .map((r) =>
      r
        .map((cel, i) => cel.padEnd(breedte[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const opdrachten: Record<string, Opdracht> = {
  'api-token create': {
    gebruik:
      'api-token create <naam> [--alleen-lezen] [--scopes lezen,klantinteracties,persoonsgegevens,beheer] [--verloopt JJJJ-MM-DD]\n' +
      '      maakt een API-token en drukt het token af (als laatste regel); zonder opties: lezen,klantinteracties,persoonsgegevens, een jaar geldig',
    argumenten: 1,
    opties: { 'alleen-lezen': { type: 'boolean' }, scopes: { type: 'string' }, verloopt: { type: 'string' } },
    async run(runtime, [naam], opties) {
      return (await createApiToken(runtime, cliActor(), tokenInvoer(naam, opties))).token;
    },
  },
  'api-token list': {
    gebruik:
      'api-token list\n      toont alle API-tokens: naam, scopes, vervaldatum, laatst gebruikt en status',
    argumenten: 0,
    run: async (runtime) => tokenTabel(await alleTokens(runtime)),
  },
  'api-token revoke': {
    gebruik: 'api-token revoke <naam>\n      trekt het API-token in: vanaf nu krijgt het 401',
    argumenten: 1,
    async run(runtime, [naam]) {
      const token = await revokeApiToken(runtime, cliActor(), { naam });
      return `API-token ${token.naam} is ingetrokken.`;
    },
  },
  'beheerder create': {
    gebruik:
      'beheerder create <gebruikersnaam> --email <adres> [--naam "<naam>"]\n' +
      '      maakt een functioneel beheerder en drukt alleen het eenmalige wachtwoord af',
    argumenten: 1,
    opties: { email: { type: 'string' }, naam: { type: 'string' } },
    verplicht: ['email'],
    async run(runtime, [gebruikersnaam], { email, naam }) {
      return createBeheerder(runtime, {
        gebruikersnaam,
        email: String(email),
        naam: typeof naam === 'string' ? naam : undefined,
      });
    },
  },
  backup: {
    gebruik:
      'backup <bestand>\n' +
      '      schrijft een back-up van de ingebouwde database (DATA_DIR) naar <bestand>; stop de server eerst',
    argumenten: 1,
    opDatamap: (config, [bestand]) => maakBackup(config, bestand),
  },
  restore: {
    gebruik:
      'restore <bestand> [--overschrijven]\n' +
      '      zet een back-up terug in DATA_DIR; een datamap met een database alleen met --overschrijven; stop de server eerst',
    argumenten: 1,
    opties: { overschrijven: { type: 'boolean' } },
    opDatamap: (config, [bestand], opties) =>
      zetTerug(config, bestand, { overschrijven: opties.overschrijven === true }),
  },
};

const gebruik = `Gebruik (npm run --silent cli -- …):\n${Object.values(opdrachten)
  .map((o) => `  ${o.gebruik}`)
  .join('\n')}`;

function lees(args: string[]) {
  const lengte = opdrachten[args[0]] ? 1 : 2;
  const opdracht = opdrachten[args.slice(0, lengte).join(' ')];
  if (!opdracht) return undefined;
  try {
    const { positionals, values } = parseArgs({
      args: args.slice(lengte),
      options: opdracht.opties ?? {},
      allowPositionals: true,
    });
    const compleet =
      positionals.length === opdracht.argumenten && (opdracht.verplicht ?? []).every((o) => o in values);
    return compleet ? { opdracht, positionals, values } : undefined;
  } catch {
    return undefined;
  }
}

function melding(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const velden = error instanceof ProblemError ? (error.errors ?? []) : [];
  return [error.message, ...velden.map((v) => `  ${v.veld}: ${v.melding}`)].join('\n');
}

async function voerUit({ opdracht, positionals, values }: NonNullable<ReturnType<typeof lees>>) {
  const config = loadConfig();
  if ('opDatamap' in opdracht) return opdracht.opDatamap(config, positionals, values);
  // Logs go to stderr so that stdout carries only the answer (for create: only the token).
  const runtime = await startRuntime(config, { logger: pino(logOpties('warn'), pino.destination(2)) });
  try {
    return await opdracht.run(runtime, positionals, values);
  } finally {
    await runtime.stop();
  }
}

async function main(args: string[]): Promise<number> {
  const gelezen = lees(args);
  if (!gelezen) {
    console.error(gebruik);
    return 2;
  }
  try {
    process.stdout.write(`${await voerUit(gelezen)}\n`);
    return 0;
  } catch (error) {
    console.error(melding(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
