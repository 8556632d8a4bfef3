import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';
import { loadUplProducten } from './upl';

let env: TestOmgeving;
beforeAll(async () => {
  env = await testOmgeving();
});
afterAll(() => env?.stop());

const naam = async (uplNaam: string) =>
  (
    await rijen<{ naam: string }>(env.runtime.db, sql`select naam from product where upl_naam = ${uplNaam}`)
  )[0]?.naam;

describe('product names from the UPL on a database that already has them', () => {
  it('corrects the names an earlier release wrote ("Woz-beschikking"), and keeps a name the redacteur chose', async () => {
    await env.runtime.db.execute(
      sql`update product set naam = 'Woz-beschikking' where upl_naam = 'woz-beschikking'`,
    );
    await env.runtime.db.execute(
      sql`update product set naam = 'Uittreksel uit de BRP' where upl_naam = 'brp-uittreksel'`,
    );
    await loadUplProducten(env.runtime.db);
    expect(await naam('woz-beschikking')).toBe('WOZ-beschikking');
    expect(await naam('brp-uittreksel')).toBe('Uittreksel uit de BRP');
  });
});
