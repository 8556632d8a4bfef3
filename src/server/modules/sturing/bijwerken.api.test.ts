import type { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen } from '../../../shared/dagen';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import { rijen } from '../../platform/db/client';
import { eventually, json, type TestClient, type TestOmgeving, testOmgeving } from '../../testing/harness';
import { werkSturingBij } from './operations/bijwerken';
import type { sturingContactenUit } from './schemas';

type Sturing = z.infer<typeof sturingContactenUit>;

let env: TestOmgeving;
let kcc: TestClient;
let teamleider: TestClient;
let producten: string[];
let partijen: string[];
const UITKOMSTEN = ['afgehandeld', 'afgehandeld', 'doorverwezen', 'contactverzoek'] as const;

/** A finished phone call of one of the parties about one of the products, registered at the clock's moment. */
async function contact(partij: number, product: number, uitkomst: (typeof UITKOMSTEN)[number]) {
  const res = await kcc.post('/api/v1/klantcontacten', {
    kanaal: 'telefoon',
    partijId: partijen[partij],
    vragen: [
      {
        productId: producten[product],
        vraag: 'Hoe zit het?',
        uitkomst,
        ...(uitkomst === 'doorverwezen' ? { doorverwezenNaar: 'Belastingdienst' } : {}),
      },
    ],
  });
  expect(res.status).toBe(201);
}

/** The clock moves on; after a night the sessions have expired, so both log in again. */
async function verder(uren: number) {
  env.clock.now = new Date(env.clock.now.getTime() + uren * 3_600_000);
  kcc = await env.login('kcc');
  teamleider = await env.login('teamleider');
}

const vandaag = () => amsterdamseDatum(env.clock.now);
const sturing = (van: string, tot = vandaag()) =>
  json<Sturing>(teamleider.get(`/api/v1/sturing/contacten?van=${van}&tot=${tot}`));
const zonderStand = ({ bijgewerktOp: _, opbouwVanaf: __, ...s }: Sturing) => s;

beforeAll(async () => {
  env = await testOmgeving();
  // Tomorrow 08:00 Amsterdam: after the demo's first build, every contact below is new to it.
  env.clock.now = new Date(`${plusDagen(amsterdamseDatum(new Date()), 1)}T07:00:00Z`);
  await verder(0);
  const [ids] = await rijen<{ producten: string[]; partijen: string[] }>(
    env.runtime.db,
    sql`select (select array_agg(id order by naam) from (select id, naam from product where actief order by naam limit 3) p) as producten,
      (select array_agg(id order by naam) from (select id, naam from partij order by naam limit 4) q) as partijen`,
  );
  ({ producten, partijen } = ids);
});
afterAll(() => env?.stop());

describe('the day counts behind the Sturing screen', () => {
  it('a contact counts once a run has brought the day counts up to date, and the screen says when that was', async () => {
    const dag = vandaag();
    const voor = await sturing(dag);
    await contact(0, 0, 'afgehandeld');
    expect((await sturing(dag)).fcr.totaal.contacten).toBe(voor.fcr.totaal.contacten);
    await verder(0.01);
    await werkSturingBij(env.runtime);
    const na = await sturing(dag);
    expect(na.fcr.totaal.contacten).toBe(voor.fcr.totaal.contacten + 1);
    expect(na.bijgewerktOp).toBe(env.clock.now.toISOString());
  });

  it('a follow-up within 7 days makes the first contact unresolved at the next run, though its day has passed', async () => {
    await verder(24);
    const eerste = vandaag();
    await contact(1, 1, 'afgehandeld');
    await werkSturingBij(env.runtime);
    const dagVan = async () => (await sturing(eerste, eerste)).fcr.totaal;
    expect(await dagVan()).toMatchObject({ contacten: 1, opgelost: 1 });
    await verder(3 * 24);
    await contact(1, 1, 'afgehandeld');
    await werkSturingBij(env.runtime);
    expect(await dagVan()).toMatchObject({ contacten: 1, beantwoord: 1, opgelost: 0 });
  });

  it('runs after three weeks of contacts give the figures a rebuild from the base data gives', async () => {
    const van = vandaag();
    for (let dag = 0; dag < 21; dag++) {
      await verder(24);
      for (let i = 0; i < 4; i++) await contact((dag + i) % 4, (dag * i) % 3, UITKOMSTEN[(dag + 2 * i) % 4]);
      await werkSturingBij(env.runtime);
    }
    const bijgewerkt = await sturing(van);
    await werkSturingBij(env.runtime, { opnieuw: true });
    expect(zonderStand(bijgewerkt)).toEqual(zonderStand(await sturing(van)));
    // Not trivially equal: follow-ups made some answered contacts unresolved.
    const { beantwoord, opgelost, contacten } = bijgewerkt.fcr.totaal;
    expect([contacten > 80, opgelost > 0, opgelost < beantwoord]).toEqual([true, true, true]);
  });

  it('a run repeated rewrites the same days and adds nothing', async () => {
    const van = plusDagen(vandaag(), -30);
    const eens = await sturing(van);
    await werkSturingBij(env.runtime);
    await werkSturingBij(env.runtime);
    expect(zonderStand(await sturing(van))).toEqual(zonderStand(eens));
  });

  it('a first build whose time was up goes on at the next run from the oldest day it reached', async () => {
    const van = plusDagen(vandaag(), -90);
    const heel = await sturing(van);
    const bereikt = plusDagen(vandaag(), -30);
    const db = env.runtime.db;
    for (const tabel of ['sturing_contactdag', 'sturing_medewerkerdag', 'sturing_productdag'])
      await db.execute(sql`delete from ${sql.identifier(tabel)} where dag < ${bereikt}`);
    await db.execute(sql`update sturing_stand set opbouw_vanaf = ${bereikt} where soort = 'contacten'`);
    const half = await sturing(van);
    expect(half.opbouwVanaf).toBe(bereikt);
    expect(half.fcr.totaal.contacten).toBeLessThan(heel.fcr.totaal.contacten);
    await werkSturingBij(env.runtime);
    const weer = await sturing(van);
    expect(weer.opbouwVanaf).toBeNull();
    expect(zonderStand(weer)).toEqual(zonderStand(heel));
  });

  it('a run a contact started counts today at once; its effect on the days before waits for the scheduled run', async () => {
    await verder(24);
    const eerste = vandaag();
    await contact(3, 2, 'afgehandeld');
    await werkSturingBij(env.runtime);
    await verder(24);
    await contact(3, 2, 'afgehandeld');
    await werkSturingBij(env.runtime, { alleenVandaag: true });
    expect((await sturing(vandaag(), vandaag())).fcr.totaal.contacten).toBe(1);
    expect((await sturing(eerste, eerste)).fcr.totaal).toMatchObject({ contacten: 1, opgelost: 1 });
    await werkSturingBij(env.runtime);
    expect((await sturing(eerste, eerste)).fcr.totaal).toMatchObject({ contacten: 1, opgelost: 0 });
  });

  it('on an instance with periodic tasks, a registered contact starts that run within seconds', async () => {
    env.clock.now = new Date();
    await verder(0);
    const tweede = await env.tweedeInstantie({ periodiekeTaken: true });
    try {
      const voor = (await sturing(vandaag(), vandaag())).fcr.totaal.contacten;
      await contact(2, 1, 'afgehandeld');
      tweede.jobs.gewijzigd('klantcontact');
      await eventually(
        async () => (await sturing(vandaag(), vandaag())).fcr.totaal.contacten,
        (n) => n === voor + 1,
        15_000,
      );
    } finally {
      await tweede.stop();
    }
  });
});
