import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

const termijn = (query: string) => env.anoniem().get(`/api/v1/kalender/termijn?${query}`);

describe('GET /api/v1/kalender/termijn (public contract)', () => {
  it('counts working days past Koningsdag and the weekend', async () => {
    const res = await termijn('start=2026-04-23T10:00:00%2B02:00&werkdagen=2');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ einde: '2026-04-28', soort: 'werkdagen', aantal: 2 });
  });

  it('moves a calendar-day term that ends on a Sunday to Monday', async () => {
    const res = await termijn('start=2026-11-24T12:00:00Z&kalenderdagen=5');
    expect(await res.json()).toMatchObject({ einde: '2026-11-30' });
  });

  it.each([
    ['', 'start'],
    ['start=gisteren&werkdagen=2', 'start'],
    ['start=2026-02-30T10:00:00%2B01:00&werkdagen=2', 'start'],
    ['start=2026-04-23T10:00:00%2B02:00', 'werkdagen'],
    ['start=2026-04-23T10:00:00%2B02:00&werkdagen=2&kalenderdagen=3', 'werkdagen'],
    ['start=2026-04-23T10:00:00%2B02:00&werkdagen=-1', 'werkdagen'],
    ['start=2026-04-23T10:00:00%2B02:00&werkdagen=1.5', 'werkdagen'],
    ['start=2026-04-23T10:00:00%2B02:00&kalenderdagen=veel', 'kalenderdagen'],
  ])('answers 400 problem+json for %s', async (query, veld) => {
    const res = await termijn(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { errors: { veld: string }[] };
    expect(body.errors.map((e) => e.veld)).toContain(veld);
  });
});

describe('sluitingsdagen', () => {
  it('a closing day moves the deadline, and removing it moves it back', async () => {
    const query = 'start=2026-12-22T10:00:00%2B01:00&werkdagen=1';
    expect(await (await termijn(query)).json()).toMatchObject({ einde: '2026-12-23' });
    const res = await beheerder.post('/api/v1/kalender/sluitingsdagen', {
      datum: '2026-12-23',
      omschrijving: 'Personeelsdag',
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(await (await termijn(query)).json()).toMatchObject({ einde: '2026-12-24' });
    const lijst = (await (await beheerder.get('/api/v1/kalender/sluitingsdagen?jaar=2026')).json()) as {
      items: { datum: string }[];
    };
    expect(lijst.items.map((s) => s.datum)).toEqual(['2026-12-23']);
    expect((await beheerder.delete(`/api/v1/kalender/sluitingsdagen/${id}`)).status).toBe(204);
    expect(await (await termijn(query)).json()).toMatchObject({ einde: '2026-12-23' });
    const audit = (await (await beheerder.get(`/api/v1/audit?objectId=${id}`)).json()) as {
      items: { actie: string }[];
    };
    expect(audit.items.map((a) => a.actie)).toEqual(['sluitingsdag.verwijderd', 'sluitingsdag.toegevoegd']);
  });

  it('refuses the same date twice with 409', async () => {
    await beheerder.post('/api/v1/kalender/sluitingsdagen', { datum: '2027-01-02', omschrijving: 'Brugdag' });
    const res = await beheerder.post('/api/v1/kalender/sluitingsdagen', {
      datum: '2027-01-02',
      omschrijving: 'Nog eens',
    });
    expect(res.status).toBe(409);
  });

  it('lists the legal holidays of a year', async () => {
    const res = await env.anoniem().get('/api/v1/kalender/feestdagen?jaar=2026');
    const { items } = (await res.json()) as { items: { datum: string }[] };
    expect(items.map((f) => f.datum)).toEqual(
      expect.arrayContaining(['2026-04-27', '2026-05-05', '2026-05-14']),
    );
    expect(items).toHaveLength(9);
  });

  it('deleting an unknown closing day → 404, and only the beheerder may change them', async () => {
    expect(
      (await beheerder.delete('/api/v1/kalender/sluitingsdagen/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    const kcc = await env.login('kcc');
    expect(
      (await kcc.post('/api/v1/kalender/sluitingsdagen', { datum: '2027-03-03', omschrijving: 'Mag niet' }))
        .status,
    ).toBe(403);
  });
});
