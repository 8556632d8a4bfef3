import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { type TestOmgeving, testOmgeving } from '../../testing/harness';

let env: TestOmgeving;

beforeAll(async () => {
  env = await testOmgeving({ kto: { steekproef: 0.5, cron: '*/5 * * * *' } });
});
afterAll(() => env?.stop());

const een = async <T>(query: ReturnType<typeof sql>) => (await rijen<T>(env.runtime.db, query))[0];

describe('the demo KTO', () => {
  it('follows about the sampled share of the demo contacts of known parties, with answers from about four in ten', async () => {
    const d = await een<{ n: number; beantwoord: number; laag: number; opmerking: number }>(
      sql`select count(*)::int as n, count(beantwoord)::int as beantwoord,
        count(*) filter (where score <= 2)::int as laag, count(opmerking)::int as opmerking from kto_uitnodiging`,
    );
    expect(d.n).toBeGreaterThan(20);
    expect(d.beantwoord / d.n).toBeGreaterThan(0.25);
    expect(d.beantwoord / d.n).toBeLessThan(0.55);
    expect(d.laag).toBeGreaterThan(0);
    expect(d.opmerking).toBeGreaterThan(0);
  });

  it('keeps the rules: at most one per party per 30 days, none with geheimhouding, none unanswerable', async () => {
    const te = await een<{ n: number }>(
      sql`select count(*)::int as n from kto_uitnodiging a join kto_uitnodiging b
        on a.partij_id = b.partij_id and a.id <> b.id and b.verstuurd > a.verstuurd
          and b.verstuurd < a.verstuurd + interval '30 days'`,
    );
    expect(te.n).toBe(0);
    const geheim = await een<{ n: number }>(
      sql`select count(*)::int as n from kto_uitnodiging u join partij p on p.id = u.partij_id
        join brp_persoon b on b.bsn = p.bsn where b.geheimhouding`,
    );
    expect(geheim.n).toBe(0);
    const later = await een<{ n: number }>(
      sql`select count(*)::int as n from kto_uitnodiging
        where beantwoord < verstuurd or beantwoord > verloopt_op or beantwoord > now()`,
    );
    expect(later.n).toBe(0);
  });

  it('shows on the organisation view of the KCC teamleider', async () => {
    const teamleider = await env.login('teamleider');
    const res = await teamleider.get('/api/v1/sturing/kto');
    expect(res.status).toBe(200);
    const kto = (await res.json()) as { totaal: { beantwoord: number }; perSoort: { soort: string }[] };
    expect(kto.totaal.beantwoord).toBeGreaterThan(0);
    expect(kto.perSoort.length).toBeGreaterThan(1);
  });
});
