import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_WACHTWOORD } from '../../modules/organisatie/demo';
import { medewerker } from '../../modules/organisatie/schema';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { MAX_POGINGEN_PER_ADRES } from './inlogpogingen';
import { login, MAX_POGINGEN } from './login';

/*
 * "Takes the same time" is proved by counting, not by a stopwatch: a timed assertion on a shared
 * two-core machine would be flaky or so loose that it proves nothing. What makes a refusal slow
 * is the argon2 verification (tens of milliseconds); every path below must run it exactly once,
 * against the account's hash or a dummy made with the same parameters. What remains different
 * is a row or two written for a failure (the count and, for a real account, its audit line):
 * well under a millisecond, lost in the network's own jitter.
 */
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const echt = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...echt, verify: vi.fn(echt.verify) };
});

let env: TestOmgeving;

beforeAll(async () => {
  env = await testOmgeving();
});
beforeEach(() => {
  env.clock.now = new Date();
});
afterAll(() => env?.stop());

const inloggen = (gebruikersnaam: string, wachtwoord: string) =>
  env.anoniem().post('/api/v1/sessie', { gebruikersnaam, wachtwoord });

/** Status and body, everything the caller can compare. */
const antwoord = async (res: Response | Promise<Response>) => {
  const r = await res;
  return { status: r.status, type: r.headers.get('content-type'), body: await r.json() };
};

describe('login answers tell nothing about the account', () => {
  it('answers a wrong password and an unknown user identically', async () => {
    const fout = await antwoord(inloggen('kcc', 'fout-wachtwoord'));
    const onbekend = await antwoord(inloggen('bestaat-niet', 'fout-wachtwoord'));
    expect(fout).toEqual(onbekend);
    expect(fout).toMatchObject({ status: 401, body: { detail: 'Gebruikersnaam of wachtwoord klopt niet.' } });
  });

  it('answers an unknown account and a locked real account identically after the same history', async () => {
    for (let i = 0; i < MAX_POGINGEN; i++) {
      const echt = await antwoord(inloggen('redacteur', `fout-${i}`));
      const onbekend = await antwoord(inloggen('onbekende-redacteur', `fout-${i}`));
      expect(echt).toEqual(onbekend);
    }
    const echt = await antwoord(inloggen('redacteur', DEMO_WACHTWOORD));
    const onbekend = await antwoord(inloggen('onbekende-redacteur', DEMO_WACHTWOORD));
    expect(echt).toEqual(onbekend);
    expect(echt).toMatchObject({ status: 429, body: { detail: expect.stringMatching(/Probeer het over/) } });
  });

  it('refuses the correct password while the account is throttled, without a session', async () => {
    for (let i = 0; i < MAX_POGINGEN; i++) await inloggen('keyuser', `fout-${i}`);
    const res = await inloggen('keyuser', DEMO_WACHTWOORD);
    expect(res.status).toBe(429);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it(`throttles an address after ${MAX_POGINGEN_PER_ADRES} failures on any accounts, and only that address`, async () => {
    // Through login() itself: the address comes from herkomstVan, which this slice does not own.
    const vanAdres = (adres: string) => ({ requestId: 'test', adres });
    for (let i = 0; i < MAX_POGINGEN_PER_ADRES; i++) {
      await expect(login(env.runtime, `raden-${i}`, 'fout', vanAdres('192.0.2.7'))).rejects.toMatchObject({
        status: 401,
      });
    }
    await expect(login(env.runtime, 'kcc', DEMO_WACHTWOORD, vanAdres('192.0.2.7'))).rejects.toMatchObject({
      status: 429,
    });
    const elders = await login(env.runtime, 'kcc', DEMO_WACHTWOORD, vanAdres('192.0.2.8'));
    expect(elders.actor.naam).toBe('Sanne de Vries');
  });

  it('verifies a password exactly once on every path: unknown, wrong, inactive, locked and correct', async () => {
    await env.runtime.db
      .update(medewerker)
      .set({ actief: false })
      .where(eq(medewerker.gebruikersnaam, 'verbetermanager'));
    for (let i = 0; i < MAX_POGINGEN; i++) await inloggen('backoffice', `fout-${i}`);
    const paden: [string, string, string, number][] = [
      ['onbekend', 'niemand-bekend', 'wat-dan-ook', 401],
      ['verkeerd wachtwoord', 'teamleider', 'fout-wachtwoord', 401],
      ['niet actief', 'verbetermanager', DEMO_WACHTWOORD, 401],
      ['geblokkeerd', 'backoffice', DEMO_WACHTWOORD, 429],
      ['goed', 'beheerder', DEMO_WACHTWOORD, 200],
    ];
    for (const [pad, gebruikersnaam, wachtwoord, status] of paden) {
      vi.mocked(verify).mockClear();
      const res = await inloggen(gebruikersnaam, wachtwoord);
      expect({ pad, status: res.status, verificaties: vi.mocked(verify).mock.calls.length }).toEqual({
        pad,
        status,
        verificaties: 1,
      });
    }
  });
});
