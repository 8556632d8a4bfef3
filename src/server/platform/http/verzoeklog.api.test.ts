import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { DEMO_WACHTWOORD } from '../../modules/organisatie/demo';
import { TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
const regels: string[] = [];
let kcc: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  // The same runtime, with a logger whose output the test reads.
  const logger = pino({ level: 'info' }, { write: (regel: string) => regels.push(regel) });
  kcc = new TestClient(createApp({ ...env.runtime, logger }));
  await kcc.post('/api/v1/sessie', { gebruikersnaam: 'kcc', wachtwoord: DEMO_WACHTWOORD });
});
afterAll(() => env?.stop());

const verzoekRegel = (method: string, pad: string) =>
  regels
    .map((r) => JSON.parse(r))
    .find((r) => r.msg === 'verzoek' && r.method === method && r.path.startsWith(pad));

describe('request log', () => {
  it('masks a BSN in the path and logs no query string', async () => {
    const res = await kcc.get('/api/v1/basisregistratie/personen/999993653?reden=brief%20over%20999990639');
    expect(res.status).toBe(200);
    expect(verzoekRegel('GET', '/api/v1/basisregistratie/personen/')).toMatchObject({
      path: '/api/v1/basisregistratie/personen/*****3653',
      status: 200,
    });
    expect(regels.join('')).not.toMatch(/999993653|999990639/);
  });

  it('carries our request id and the correlation id the caller sent', async () => {
    const res = await kcc.get('/api/v1/sessie', { 'x-request-id': 'kiss-4711' });
    expect(verzoekRegel('GET', '/api/v1/sessie')).toMatchObject({
      requestId: res.headers.get('x-request-id'),
      correlatieId: 'kiss-4711',
    });
  });
});
