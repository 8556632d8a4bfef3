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

describe('cli api-token create', () => {
  it('prints only the token, which then authenticates a system client', async () => {
    const { stdout } = await cli('api-token', 'create', 'kiss');
    expect(stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    const runtime = await startRuntime(loadConfig({ DATA_DIR: dataDir }), {
      logger: pino({ level: 'silent' }),
    });
    try {
      const app = createApp(runtime);
      const metToken = await app.request('/api/v1/teams', {
        headers: { authorization: `Token ${stdout.trim()}` },
      });
      expect(metToken.status).toBe(200);
      const zonder = await app.request('/api/v1/teams', { headers: { authorization: 'Token verkeerd' } });
      expect(zonder.status).toBe(401);
    } finally {
      await runtime.stop();
    }
  }, 60_000);

  it('explains its use in Dutch and exits with 2 on unknown arguments', async () => {
    await expect(cli('iets')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Gebruik:') });
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
