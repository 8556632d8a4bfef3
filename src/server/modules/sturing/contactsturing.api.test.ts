import type { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';
import { werkSturingBij } from './operations/bijwerken';
import type { sturingContactenUit } from './schemas';

type Sturing = z.infer<typeof sturingContactenUit>;

let env: TestOmgeving;
let teams: Record<string, string>;
let teamleider: TestClient;
let p1: string;
let p2: string;
const partijen: string[] = [];

/** Registers a finished contact that started at `start` (Amsterdam is UTC+1 in March). */
async function contact(
  wie: TestClient,
  start: string,
  kanaal: string,
  partij: number | null,
  vragen: [string, string][],
) {
  env.clock.now = new Date(start);
  const res = await wie.post('/api/v1/klantcontacten', {
    kanaal,
    partijId: partij === null ? null : partijen[partij],
    vragen: vragen.map(([productId, uitkomst]) => ({
      productId,
      vraag: 'Hoe zit het?',
      uitkomst,
      ...(uitkomst === 'doorverwezen' ? { doorverwezenNaar: 'Belastingdienst' } : {}),
    })),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  env = await testOmgeving({ demoKlantcontacten: 0 });
  teamleider = await env.login('teamleider');
  teams = await teamsOpNaam(teamleider);
  const [ids] = await rijen<{ producten: string[]; partijen: string[] }>(
    env.runtime.db,
    sql`select (select array_agg(id order by naam) from (select id, naam from product where actief order by naam limit 2) p) as producten,
      (select array_agg(id order by naam) from (select id, naam from partij order by naam limit 3) q) as partijen`,
  );
  [p1, p2] = ids.producten;
  partijen.push(...ids.partijen);
  const kcc = await env.login('kcc');
  const backoffice = await env.login('backoffice');
  // Week 10 of 2025 (3–9 March): party 0 calls about p1 and writes again two days later.
  await contact(kcc, '2025-03-03T09:00:00Z', 'telefoon', 0, [[p1, 'afgehandeld']]);
  await contact(kcc, '2025-03-03T10:00:00Z', 'balie', 1, [
    [p1, 'afgehandeld'],
    [p2, 'contactverzoek'],
  ]);
  await contact(kcc, '2025-03-05T09:00:00Z', 'e-mail', 0, [[p1, 'afgehandeld']]);
  await contact(kcc, '2025-03-06T09:00:00Z', 'chat', null, [[p2, 'afgehandeld']]);
  // Week 12: party 2 about p1, and 6 days 23 hours later again, at another team.
  await contact(kcc, '2025-03-17T09:00:00Z', 'telefoon', 2, [[p1, 'doorverwezen']]);
  await contact(backoffice, '2025-03-24T08:00:00Z', 'telefoon', 2, [[p1, 'afgehandeld']]);
  env.clock.now = new Date('2025-04-01T08:00:00Z');
  // Registered at moments long before the demo's first build: all days rebuilt, as after a load.
  await werkSturingBij(env.runtime, { opnieuw: true });
});
afterAll(() => env?.stop());

const vraag = (client: TestClient, qs: string) => client.get(`/api/v1/sturing/contacten?${qs}`);

describe('first-contact resolution of a team', () => {
  let s: Sturing;
  beforeAll(async () => {
    const res = await vraag(teamleider, `teamId=${teams.KCC}&van=2025-03-03&tot=2025-03-23`);
    expect(res.status).toBe(200);
    s = await json<Sturing>(res);
  });

  it('counts naive over every contact and FCR over those of a known party, a follow-up at another team included', () => {
    expect(s.fcr.totaal).toEqual({
      contacten: 5,
      beantwoord: 4,
      bekend: 4,
      opgelost: 1,
      naief: 0.8,
      fcr: 0.25,
    });
  });

  it('per ISO week of the period, also a week without contacts', () => {
    expect(s.fcr.perWeek.map((w) => [w.week, w.van, w.tot, w.contacten, w.opgelost])).toEqual([
      ['2025-W10', '2025-03-03', '2025-03-09', 4, 1],
      ['2025-W11', '2025-03-10', '2025-03-16', 0, 0],
      ['2025-W12', '2025-03-17', '2025-03-23', 1, 0],
    ]);
  });

  it('per channel, in the fixed order of channels', () => {
    expect(s.fcr.perKanaal.map((k) => [k.kanaal, k.contacten, k.beantwoord, k.bekend, k.opgelost])).toEqual([
      ['telefoon', 2, 2, 2, 0],
      ['balie', 1, 0, 1, 0],
      ['e-mail', 1, 1, 1, 1],
      ['chat', 1, 1, 0, 0],
    ]);
  });

  it('per product, only the questions on that product and follow-ups on it', () => {
    expect(
      s.fcr.perProduct.map((p) => [p.productId, p.contacten, p.beantwoord, p.bekend, p.opgelost]),
    ).toEqual([
      [p1, 4, 4, 4, 2],
      [p2, 2, 1, 1, 0],
    ]);
  });

  it('per employee who registered the contacts', () => {
    expect(s.fcr.perMedewerker).toMatchObject([{ medewerkerNaam: 'Sanne de Vries', contacten: 5 }]);
  });

  it('shows the channel mix with the digital share, in total and per product', () => {
    const aantallen = (m: Sturing['kanaalmix']['totaal']) =>
      Object.fromEntries(m.kanalen.filter((k) => k.aantal).map((k) => [k.kanaal, k.aantal]));
    expect(aantallen(s.kanaalmix.totaal)).toEqual({ telefoon: 2, balie: 1, 'e-mail': 1, chat: 1 });
    expect(s.kanaalmix.totaal).toMatchObject({ totaal: 5, digitaal: 2, aandeelDigitaal: 0.4 });
    expect(s.kanaalmix.perWeek.map((w) => w.totaal)).toEqual([4, 0, 1]);
    expect(s.kanaalmix.perProduct.map((p) => [p.productId, p.totaal, p.digitaal])).toEqual([
      [p1, 4, 1],
      [p2, 2, 1],
    ]);
  });
});

describe('first-contact resolution of the organisation', () => {
  it('has every team, for the KCC’s teamleider', async () => {
    const s = await json<Sturing>(vraag(teamleider, 'van=2025-03-03&tot=2025-03-24'));
    expect(s.teamId).toBeNull();
    expect(s.fcr.totaal).toMatchObject({ contacten: 6, opgelost: 2 });
    expect(s.fcr.perTeam.map((t) => [t.teamNaam, t.contacten, t.opgelost])).toEqual([
      ['Belastingen', 1, 1],
      ['KCC', 5, 1],
    ]);
  });

  it('without a period covers the last 12 ISO weeks up to today, with the last 7 days provisional', async () => {
    const s = await json<Sturing>(vraag(teamleider, ''));
    expect([s.van, s.tot, s.voorlopigVanaf, s.fcr.perWeek.length]).toEqual([
      '2025-01-13',
      '2025-04-01',
      '2025-03-25',
      12,
    ]);
    expect(s.fcr.totaal.contacten).toBe(6);
  });
});

describe('who may see the figures', () => {
  it('a key user sees the own teams, not another team nor the organisation', async () => {
    const keyuser = await env.login('keyuser');
    expect((await vraag(keyuser, `teamId=${teams.Belastingen}`)).status).toBe(200);
    expect((await vraag(keyuser, `teamId=${teams.KCC}`)).status).toBe(403);
    expect((await vraag(keyuser, '')).status).toBe(403);
  });

  it('an agent has no management figures', async () => {
    expect((await vraag(await env.login('kcc'), `teamId=${teams.KCC}`)).status).toBe(403);
  });
});

describe('a period that is not one', () => {
  it.each([
    ['van=2025-03-10&tot=2025-03-03', 'De laatste dag ligt vóór de eerste.'],
    ['van=2025-03-10', 'Geef de laatste dag van de periode.'],
    ['van=2025-03-10&tot=2025-04-02', 'De laatste dag ligt na vandaag (1 april 2025).'],
    ['van=2024-01-01&tot=2025-03-01', 'Een periode is hoogstens 366 dagen; kies een kortere.'],
  ])('%s: 422 "%s"', async (qs, melding) => {
    const res = await vraag(teamleider, qs);
    expect(res.status).toBe(422);
    expect((await json<{ detail: string }>(res)).detail).toBe(melding);
  });

  it('an unknown team: 404', async () => {
    expect((await vraag(teamleider, `teamId=${crypto.randomUUID()}`)).status).toBe(404);
  });
});
