import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let kcc: TestClient;
let backoffice: TestClient;
let partijId: string;

interface Lopend {
  id: string;
  partijId: string | null;
  start: string;
  inhoud: { kanaal: string; vragen: { vraag: string; verzoek: Record<string, unknown> }[] };
}

const vraag = (tekst: string, extra: Record<string, unknown> = {}) => ({
  productId: null,
  onderwerp: 'Parkeervergunning',
  vraag: tekst,
  antwoord: '',
  uitkomst: 'contactverzoek',
  doorverwezenNaar: '',
  verzoek: { teamId: '', voorkeurstijd: 'middag', urgent: true, toelichting: 'Na 14 uur' },
  ...extra,
});
const inhoud = (tekst: string) => ({ kanaal: 'telefoon', concept: null, vragen: [vraag(tekst)] });

async function begin(client: TestClient, body: unknown = { partijId, inhoud: inhoud('') }) {
  const res = await client.post('/api/v1/lopende-contacten', body);
  expect(res.status).toBe(201);
  return json<Lopend>(res);
}

beforeAll(async () => {
  env = await testOmgeving();
  kcc = await env.login('kcc');
  backoffice = await env.login('backoffice');
  partijId = (await json<{ id: string }>(await kcc.post('/api/v1/partijen/personen', { bsn: '999993653' })))
    .id;
});
afterAll(() => env?.stop());

describe('the running contact at the desk is kept on the server', () => {
  it('gives back everything typed, requests and zaken included, after a reload', async () => {
    const lopend = await begin(kcc, { partijId, start: '2026-12-02T09:15:00+01:00', inhoud: inhoud('') });
    const zaak = { zaaktypeId: crypto.randomUUID(), omschrijving: 'Vergunning voor de buurman' };
    const vragen = [
      vraag('Mag mijn buurman op mijn vergunning parkeren?'),
      vraag('Kan hij er een aanvragen?', { uitkomst: 'zaak', zaak }),
    ];
    const bewaard = await kcc.put(`/api/v1/lopende-contacten/${lopend.id}`, {
      inhoud: { ...inhoud(''), vragen },
    });
    expect(bewaard.status).toBe(200);
    const terug = await json<Lopend>(await kcc.get(`/api/v1/lopende-contacten/${lopend.id}`));
    expect(terug).toMatchObject({
      partijId,
      start: '2026-12-02T08:15:00.000Z',
      inhoud: {
        vragen: [
          { vraag: 'Mag mijn buurman op mijn vergunning parkeren?', verzoek: { urgent: true } },
          { vraag: 'Kan hij er een aanvragen?', uitkomst: 'zaak', zaak },
        ],
      },
    });
  });

  it("is only the own employee's: another sees, changes nor removes it", async () => {
    const lopend = await begin(kcc);
    const url = `/api/v1/lopende-contacten/${lopend.id}`;
    expect((await backoffice.get(url)).status).toBe(404);
    expect((await backoffice.put(url, { inhoud: inhoud('overschreven') })).status).toBe(404);
    expect((await backoffice.delete(url)).status).toBe(404);
    expect((await kcc.get(url)).status).toBe(200);
  });

  it('is one per employee: starting the next contact replaces it', async () => {
    const eerste = await begin(kcc);
    const tweede = await begin(kcc, { partijId: null, inhoud: inhoud('anoniem') });
    expect(tweede.id).not.toBe(eerste.id);
    expect((await kcc.get(`/api/v1/lopende-contacten/${eerste.id}`)).status).toBe(404);
    expect(await json<Lopend>(await kcc.get(`/api/v1/lopende-contacten/${tweede.id}`))).toMatchObject({
      partijId: null,
    });
  });

  it('is gone once the contact is registered or discarded', async () => {
    const lopend = await begin(kcc);
    expect((await kcc.delete(`/api/v1/lopende-contacten/${lopend.id}`)).status).toBe(204);
    expect((await kcc.get(`/api/v1/lopende-contacten/${lopend.id}`)).status).toBe(404);
  });

  it('refuses an unknown party and too long a text in Dutch', async () => {
    const onbekend = await kcc.post('/api/v1/lopende-contacten', {
      partijId: '00000000-0000-4000-8000-000000000000',
      inhoud: inhoud(''),
    });
    expect(onbekend.status).toBe(404);
    const lang = await kcc.post('/api/v1/lopende-contacten', { partijId, inhoud: inhoud('x'.repeat(4001)) });
    expect(lang.status).toBe(400);
    expect(await lang.json()).toMatchObject({
      errors: [{ veld: 'inhoud.vragen.0.vraag', melding: 'Maximaal 4000 tekens.' }],
    });
  });
});
