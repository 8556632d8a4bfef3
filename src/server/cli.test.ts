import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { startRuntime } from './bootstrap';
import { loadConfig } from './platform/config';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-cli-'));
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
const productieDir = mkdtempSync(path.join(tmpdir(), 'stadspunt-cli-productie-'));
const productie = { DATA_DIR: productieDir, DATABASE_URL: '', STADSPUNT_OMGEVING: 'productie' };

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(productieDir, { recursive: true, force: true });
});

/** Status codes of a GET and a write with this token, on the data folder the CLI used. */
async function probeer(token: string) {
  const runtime = await startRuntime(loadConfig({ DATA_DIR: dataDir }), {
    logger: pino({ level: 'silent' }),
  });
  try {
    const app = createApp(runtime);
    const headers = { authorization: `Token ${token}`, 'content-type': 'application/json' };
    const lezen = await app.request('/api/v1/teams', { headers });
    const schrijven = await app.request('/api/v1/teams', {
      method: 'POST',
      headers,
      body: JSON.stringify({ naam: `Team ${token.slice(0, 6)}` }),
    });
    return [lezen.status, schrijven.status];
  } finally {
    await runtime.stop();
  }
}

describe('cli api-token', () => {
  let kiss: string;

  it('create prints only the token, which then authenticates a system client', async () => {
    const { stdout } = await cli('api-token', 'create', 'kiss');
    expect(stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    kiss = stdout.trim();
    // The default scopes write nothing outside Klantinteracties and contactverzoeken.
    expect(await probeer(kiss)).toEqual([200, 403]);
    expect(await probeer('verkeerd')).toEqual([401, 401]);
  }, 60_000);

  it('create takes scopes and an expiry date; --alleen-lezen gives lezen alone', async () => {
    const beheer = (await cli(
      'api-token',
      'create',
      'beheer-tool',
      '--scopes',
      'beheer',
      '--verloopt',
      '2099-01-01',
    ).catch((e) => e)) as { stderr: string };
    expect(beheer.stderr).toContain('verloopt: Een API-token is hooguit 2 jaar geldig');
    const { stdout } = await cli('api-token', 'create', 'beheer-tool', '--scopes', 'lezen,beheer');
    expect(await probeer(stdout.trim())).toEqual([200, 201]);
    await cli('api-token', 'create', 'lezer', '--alleen-lezen');
  }, 90_000);

  it('refuses invalid scopes in Dutch, with exit code 1', async () => {
    await expect(cli('api-token', 'create', 'bsn', '--scopes', 'persoonsgegevens')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'scopes: Persoonsgegevens kan alleen naast lezen, klantinteracties of beheer.',
      ),
      stdout: '',
    });
  }, 30_000);

  it('list shows a table of name, scopes, expiry, last use and status, without any token', async () => {
    const { stdout } = await cli('api-token', 'list');
    const regels = stdout.trimEnd().split('\n');
    expect(regels[0]).toMatch(/^naam\s+scopes\s+verloopt\s+laatst gebruikt\s+status$/);
    expect(regels.slice(1).map((r) => r.split(/\s{2,}/)[0])).toEqual(['beheer-tool', 'kiss', 'lezer']);
    const kissRegel = regels.find((r) => r.startsWith('kiss')) ?? '';
    expect(kissRegel).toMatch(
      /^kiss\s+lezen,klantinteracties,persoonsgegevens\s+\d{4}-\d{2}-\d{2}\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+actief$/,
    );
    expect(regels.find((r) => r.startsWith('lezer'))).toMatch(/^lezer\s+lezen\s+\S+\s+nooit\s+actief$/);
    expect(stdout).not.toContain(kiss);
  }, 30_000);

  it('revoke ends the token at once; a second revoke says it already was', async () => {
    expect((await cli('api-token', 'revoke', 'kiss')).stdout).toBe('API-token kiss is ingetrokken.\n');
    expect(await probeer(kiss)).toEqual([401, 401]);
    await expect(cli('api-token', 'revoke', 'kiss')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/API-token kiss is al ingetrokken, op .* door Beheer-CLI\./),
    });
    const { stdout } = await cli('api-token', 'list');
    expect(stdout).toMatch(/\nkiss\s.*\singetrokken\n/);
  }, 90_000);

  it('explains its use in Dutch and exits with 2 on unknown commands, options or missing arguments', async () => {
    for (const args of [
      ['iets'],
      ['api-token', 'create'],
      ['api-token', 'create', 'x', '--onbekend'],
      ['api-token', 'revoke'],
    ])
      await expect(cli(...args)).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('api-token list'),
      });
  }, 30_000);
});

describe('cli beheerder create', () => {
  const beheerderCli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'beheerder', 'create', ...args], {
      env: { ...process.env, ...productie },
    });

  it('prints only a one-time password, which logs the new beheerder in to choose an own one', async () => {
    const { stdout } = await beheerderCli(
      'fbeheer',
      '--email',
      'f.beheer@gemeente.nl',
      '--naam',
      'Fleur Beheer',
    );
    expect(stdout).toMatch(/^[A-Za-z0-9_-]{16}\n$/);
    const runtime = await startRuntime(loadConfig(productie), { logger: pino({ level: 'silent' }) });
    try {
      const res = await createApp(runtime).request('/api/v1/sessie', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ gebruikersnaam: 'fbeheer', wachtwoord: stdout.trim() }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        medewerker: { naam: 'Fleur Beheer' },
        wachtwoordWijzigen: true,
      });
    } finally {
      await runtime.stop();
    }
  }, 60_000);

  it('needs an e-mail address', async () => {
    await expect(beheerderCli('zonder-adres')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--email'),
    });
  }, 30_000);
});
