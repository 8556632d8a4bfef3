import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;
let beheerder: TestClient;
let kcc: TestClient;
let teams: Record<string, string>;

interface Product {
  id: string;
  naam: string;
  teamId: string | null;
  teamNaam: string | null;
}

beforeAll(async () => {
  env = await testOmgeving({ demoKlantcontacten: 0 });
  beheerder = await env.login('beheerder');
  kcc = await env.login('kcc');
  teams = await teamsOpNaam(beheerder);
});
afterAll(() => env?.stop());

const product = async (naam: string) =>
  (await json<{ items: Product[] }>(beheerder.get(`/api/v1/catalogus/producten?q=${naam}`))).items.find(
    (p) => p.naam === naam,
  ) as Product;

describe('a product knows its responsible team', () => {
  it('in the demo municipality: Belastingen handles kwijtschelding, not an overlijdensakte', async () => {
    expect(await product('Belastingkwijtschelding')).toMatchObject({
      teamId: teams.Belastingen,
      teamNaam: 'Belastingen',
    });
    expect((await product('Overlijdensakte')).teamNaam).toBe('Burgerzaken');
    expect((await product('Bijstand zelfstandigen')).teamNaam).toBe('Werk & Inkomen');
    const belastingen = await json<{ items: Product[] }>(
      beheerder.get(`/api/v1/catalogus/producten?team=${teams.Belastingen}&pageSize=100`),
    );
    expect(belastingen.items.every((p) => p.teamNaam === 'Belastingen')).toBe(true);
    expect(belastingen.items.map((p) => p.naam)).not.toContain('Overlijdensakte');
  });

  it('is given to the desk with the product it searches', async () => {
    const { items } = await json<{ items: { naam: string; teamId: string | null }[] }>(
      kcc.get('/api/v1/producten?q=belastingkwijtschelding'),
    );
    expect(items.find((p) => p.naam === 'Belastingkwijtschelding')?.teamId).toBe(teams.Belastingen);
  });

  it('is set by the beheerder, audited with the old and the new team', async () => {
    const p = await product('Hondenbelasting');
    const res = await beheerder.patch(`/api/v1/catalogus/producten/${p.id}`, {
      teamId: teams['Openbare Ruimte'],
    });
    expect(res.status).toBe(200);
    expect(await json<Product>(res)).toMatchObject({ teamNaam: 'Openbare Ruimte' });
    expect((await product('Hondenbelasting')).teamId).toBe(teams['Openbare Ruimte']);
    const audit = await json<{ items: { actie: string; objectNaam: string }[] }>(
      beheerder.get(`/api/v1/audit?objectId=${p.id}`),
    );
    expect(audit.items).toEqual([
      expect.objectContaining({ actie: 'product.team-gewijzigd', objectNaam: 'Hondenbelasting' }),
    ]);
    const zonder = await beheerder.patch(`/api/v1/catalogus/producten/${p.id}`, { teamId: null });
    expect((await json<Product>(zonder)).teamId).toBeNull();
  });

  it('refuses a team that does not exist, in Dutch, naming the field', async () => {
    const p = await product('Hondenbelasting');
    const res = await beheerder.patch(`/api/v1/catalogus/producten/${p.id}`, {
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(422);
    expect((await json<{ errors: unknown[] }>(res)).errors).toEqual([
      { veld: 'teamId', melding: 'Kies een team uit de lijst.' },
    ]);
  });

  it('is changed only by the functioneel beheerder', async () => {
    const p = await product('Hondenbelasting');
    expect((await kcc.patch(`/api/v1/catalogus/producten/${p.id}`, { teamId: teams.KCC })).status).toBe(403);
  });
});
