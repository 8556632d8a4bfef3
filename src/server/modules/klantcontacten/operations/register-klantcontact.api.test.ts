import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorVanMedewerker } from '../../../platform/auth/authenticate';
import type { Actor } from '../../../platform/auth/rollen';
import { rijen } from '../../../platform/db/client';
import type { ProblemError } from '../../../platform/http/problem';
import { type TestOmgeving, testOmgeving } from '../../../testing/harness';
import { klantcontactInvoer } from '../schemas';
import { registerKlantcontact } from './register-klantcontact';

let env: TestOmgeving;
let actor: Actor;
let partijId: string;
let productId: string;

beforeAll(async () => {
  env = await testOmgeving({ demoKlantcontacten: 0 });
  const [ids] = await rijen<{ medewerker: string; partij: string; product: string }>(
    env.runtime.db,
    sql`select (select id from medewerker where gebruikersnaam = 'kcc') as medewerker,
      (select id from partij limit 1) as partij, (select id from product where actief limit 1) as product`,
  );
  ({ partij: partijId, product: productId } = ids);
  actor = (await actorVanMedewerker(env.runtime.db, ids.medewerker, { requestId: 'test' })) as Actor;
});
afterAll(() => env?.stop());

const contact = (vraag: string, extra: Record<string, unknown> = {}) =>
  klantcontactInvoer.parse({
    kanaal: 'telefoon',
    partijId,
    vragen: [{ productId, vraag, antwoord: 'Vijf werkdagen.', uitkomst: 'afgehandeld' }],
    ...extra,
  });

/** Rows written in one statement share their transaction id (xmin). */
const geschreven = (vragen: string[]) =>
  rijen<{ vraag: string; transactie: string; audit: number }>(
    env.runtime.db,
    sql`select v.vraag, k.xmin::text as transactie,
        (select count(*)::int from audit_regel a where a.object_id = k.id::text) as audit
      from klantcontact k join vraag v on v.klantcontact_id = k.id
      where v.vraag in ${vragen} order by v.vraag`,
  );

const status = (uitkomst: PromiseSettledResult<unknown>) =>
  uitkomst.status === 'fulfilled' ? 201 : (uitkomst.reason as ProblemError).status;

describe('contacts registered at the same moment', () => {
  it('are written by one statement, and each invalid one gets its own answer', async () => {
    const uitkomsten = await Promise.allSettled([
      registerKlantcontact(env.runtime, actor, contact('samen 1')),
      registerKlantcontact(
        env.runtime,
        actor,
        contact('onbekend product', {
          vragen: [{ productId: crypto.randomUUID(), vraag: 'x', uitkomst: 'afgehandeld' }],
        }),
      ),
      registerKlantcontact(
        env.runtime,
        actor,
        contact('onbekende partij', { partijId: crypto.randomUUID() }),
      ),
      registerKlantcontact(env.runtime, actor, contact('samen 2', { kanaal: 'balie' })),
    ]);
    expect(uitkomsten.map(status)).toEqual([201, 422, 404, 201]);
    const [eerste, , , vierde] = uitkomsten.map((u) => (u.status === 'fulfilled' ? u.value : null));
    expect(eerste?.vragen.map((v) => v.vraag)).toEqual(['samen 1']);
    expect(vierde).toMatchObject({ kanaal: 'balie', vragen: [{ vraag: 'samen 2' }] });
    expect((uitkomsten[1] as PromiseRejectedResult).reason.errors).toEqual([
      { veld: 'vragen.0.productId', melding: 'Dit product bestaat niet.' },
    ]);

    const rijen = await geschreven(['samen 1', 'samen 2', 'onbekend product', 'x', 'onbekende partij']);
    expect(rijen.map((r) => r.vraag)).toEqual(['samen 1', 'samen 2']);
    expect(rijen.every((r) => r.audit === 1)).toBe(true);
    expect(rijen[0].transactie).toBe(rijen[1].transactie);
  });

  it('when one contact breaks the statement, the others are written one by one', async () => {
    const db = env.runtime.db;
    await db.execute(sql`create function breek() returns trigger language plpgsql as $$
      begin raise exception 'kapot'; end $$`);
    await db.execute(sql`create trigger breek before insert on vraag for each row
      when (new.vraag = 'breekt') execute function breek()`);
    try {
      const uitkomsten = await Promise.allSettled(
        ['los 1', 'breekt', 'los 2'].map((v) => registerKlantcontact(env.runtime, actor, contact(v))),
      );
      expect(uitkomsten.map((u) => u.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const rijen = await geschreven(['los 1', 'los 2', 'breekt']);
      expect(rijen.map((r) => r.vraag)).toEqual(['los 1', 'los 2']);
      expect(rijen[0].transactie).not.toBe(rijen[1].transactie);
    } finally {
      await db.execute(sql`drop trigger breek on vraag`);
      await db.execute(sql`drop function breek()`);
    }
  });
});
