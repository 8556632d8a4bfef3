import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let beheerder: TestClient;

beforeAll(async () => {
  env = await testOmgeving();
  beheerder = await env.login('beheerder');
});
afterAll(() => env?.stop());

describe('audit trail', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const db = env.runtime.db;
    await expect(db.execute(sql`update audit_regel set actie = 'vervalst'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_regel`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_regel`)).rejects.toThrow();
    const res = await beheerder.get('/api/v1/audit?actie=vervalst');
    expect(((await res.json()) as { total: number }).total).toBe(0);
  });

  it('records who, role, action, object and request id, searchable by text and date', async () => {
    const team = await beheerder.post('/api/v1/teams', { naam: 'Archief' });
    const requestId = team.headers.get('x-request-id');
    const { id } = (await team.json()) as { id: string };
    const vandaag = new Date().toISOString().slice(0, 10);
    const res = await beheerder.get(`/api/v1/audit?q=team.aangemaakt&van=${vandaag}&tot=${vandaag}`);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    expect(items.find((r) => r.objectId === id)).toMatchObject({
      medewerkerNaam: 'Fatima el Amrani',
      rol: 'functioneel-beheerder',
      actie: 'team.aangemaakt',
      objectType: 'team',
      persoonsgegevens: false,
      requestId,
    });
    const gisteren = await beheerder.get('/api/v1/audit?q=team.aangemaakt&tot=2020-01-01');
    expect(((await gisteren.json()) as { total: number }).total).toBe(0);
  });

  it('rejects an impossible date in the search', async () => {
    expect((await beheerder.get('/api/v1/audit?van=2026-13-01')).status).toBe(400);
  });

  it('is only for the functioneel beheerder', async () => {
    const kcc = await env.login('kcc');
    expect((await kcc.get('/api/v1/audit')).status).toBe(403);
  });
});
