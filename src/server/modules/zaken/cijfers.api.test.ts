import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';
import { testZaaktype } from '../../testing/zaaktypen';
import { type Zaakcijfers, zaakcijfers } from './operations/cijfers';

let env: TestOmgeving;
let teams: Record<string, string>;
let a: Awaited<ReturnType<typeof testZaaktype>>;
let a2: Awaited<ReturnType<typeof testZaaktype>>;
let b: Awaited<ReturnType<typeof testZaaktype>>;

const NOVEMBER = { van: '2026-11-01', tot: '2026-11-30' };

let keyuser: TestClient | undefined;

/** Acts at a moment as a member of both teams; logs in again when the jump in time ended the session. */
async function op(iso: string, fn: (c: TestClient) => Promise<Response>) {
  env.clock.now = new Date(iso);
  keyuser ??= await env.login('keyuser');
  const res = await fn(keyuser);
  if (res.status !== 401) return res;
  keyuser = await env.login('keyuser');
  return fn(keyuser);
}

async function maak(iso: string, zaaktypeId: string, extra: Record<string, unknown> = {}) {
  return json<{ id: string }>(
    op(iso, (c) => c.post('/api/v1/zaken', { zaaktypeId, omschrijving: 'Cijferzaak', ...extra })),
  );
}

async function doe(iso: string, id: string, pad: string, body: Record<string, unknown> = {}) {
  const res = await op(iso, (c) => c.post(`/api/v1/zaken/${id}/${pad}`, body));
  expect(res.status, `${pad} op ${iso}`).toBe(200);
}

const sluit = (iso: string, id: string, resultaattypeId: string) =>
  doe(iso, id, 'afsluiting', { resultaattypeId });

const nul: Zaakcijfers = {
  afgesloten: 0,
  binnenServicenorm: 0,
  binnenTermijn: 0,
  teLaat: 0,
  gemiddeldeDoorlooptijdDagen: null,
  open: 0,
  openTeLaat: 0,
  opgeschort: 0,
  verlengd: 0,
};

beforeAll(async () => {
  env = await testOmgeving();
  teams = await teamsOpNaam(await env.login('beheerder'));
  // Servicenorm 14 days, doorlooptijd 8 weeks; a second version of the same zaaktype; one without a servicenorm.
  a = await testZaaktype(env.runtime.db, teams.Belastingen, { identificatie: 'cijfers-a' });
  a2 = await testZaaktype(env.runtime.db, teams.Belastingen, {
    identificatie: 'cijfers-a',
    beginGeldigheid: '2026-11-01',
  });
  await env.runtime.db.execute(sql`update zaaktype set omschrijving = 'Kwijtschelding' where id = ${a2.id}`);
  b = await testZaaktype(env.runtime.db, teams.Vergunningen, {
    identificatie: 'cijfers-b',
    servicenorm: null,
  });
  await env.runtime.db.execute(sql`update zaaktype set omschrijving = 'Aanlegvergunning' where id = ${b.id}`);

  // Monday 2 November 2026, 10:00 in Amsterdam: started today, servicenorm 16 November, legal limit 28 December.
  const ma = '2026-11-02T09:00:00Z';
  const z1 = await maak(ma, a.id);
  await sluit('2026-11-10T09:00:00Z', z1.id, a.verleend); // within the servicenorm, 8 days
  const z2 = await maak(ma, a.id);
  await sluit('2026-11-20T09:00:00Z', z2.id, a.geweigerd); // after the servicenorm, within the limit, 18 days
  // Started 1 September: servicenorm 15 September, legal limit 27 October.
  const z3 = await maak(ma, a.id, { startdatum: '2026-09-01' });
  await sluit('2026-11-05T09:00:00Z', z3.id, a.verleend); // late, 65 days
  await maak(ma, a.id, { startdatum: '2026-09-01' }); // open and overdue at the end of November
  // Suspended at 00:30 on 1 November in Amsterdam (still 31 October in UTC): suspended in November,
  // and while suspended not overdue.
  const z5 = await maak('2026-10-30T09:00:00Z', a.id, { startdatum: '2026-09-01' });
  await doe('2026-10-31T23:30:00Z', z5.id, 'opschorting', { reden: 'Wacht op stukken' });
  const z6 = await maak(ma, a.id);
  await doe('2026-11-04T09:00:00Z', z6.id, 'verlenging', { duur: 'P2W', reden: 'Advies nodig' });
  // Suspended, resumed and closed in October: in none of November's figures.
  const z7 = await maak('2026-10-01T09:00:00Z', a.id);
  await doe('2026-10-05T09:00:00Z', z7.id, 'opschorting', { reden: 'Wacht op stukken' });
  await doe('2026-10-06T09:00:00Z', z7.id, 'hervatting');
  await sluit('2026-10-20T09:00:00Z', z7.id, a.verleend);
  // Closed on 2 December: open at the end of November, not overdue. z8 extended at 23:30 on
  // 30 November in Amsterdam (November); z12 suspended at 00:30 on 1 December (December).
  const z8 = await maak(ma, a.id);
  await doe('2026-11-30T22:30:00Z', z8.id, 'verlenging', { duur: 'P1W', reden: 'Advies nodig' });
  const z12 = await maak(ma, a.id);
  await doe('2026-11-30T23:30:00Z', z12.id, 'opschorting', { reden: 'Wacht op stukken' });
  await doe('2026-12-01T09:00:00Z', z12.id, 'hervatting');
  await sluit('2026-12-02T09:00:00Z', z8.id, a.verleend);
  await sluit('2026-12-02T09:00:00Z', z12.id, a.verleend);
  // The second version, and a zaak of zaaktype A handled by Vergunningen.
  const z11 = await maak(ma, a2.id);
  await sluit('2026-11-12T09:00:00Z', z11.id, a2.verleend); // within the servicenorm, 10 days
  const z10 = await maak(ma, a.id, { teamId: teams.Vergunningen });
  await sluit('2026-11-06T09:00:00Z', z10.id, a.verleend); // within the servicenorm, 4 days
  // Without a servicenorm its legal limit counts: 23 days, in time.
  const z9 = await maak(ma, b.id);
  await sluit('2026-11-25T09:00:00Z', z9.id, b.verleend);
  env.clock.now = new Date('2026-12-03T09:00:00Z');
}, 180_000);
afterAll(() => env?.stop());

const A = {
  afgesloten: 5, // z1, z2, z3, z10, z11
  binnenServicenorm: 3, // z1, z10, z11
  binnenTermijn: 4,
  teLaat: 1, // z3
  gemiddeldeDoorlooptijdDagen: 21, // (8 + 18 + 65 + 4 + 10) / 5
  open: 5, // z4, z5, z6, and z8 and z12 (closed in December)
  openTeLaat: 1, // z4; z5 is past its limit too, but suspended
  opgeschort: 1, // z5, at 00:30 on 1 November in Amsterdam
  verlengd: 2, // z6, z8
};
const B = { ...nul, afgesloten: 1, binnenServicenorm: 1, binnenTermijn: 1, gemiddeldeDoorlooptijdDagen: 23 };

describe('the figures of zaken in a period', () => {
  it('per zaaktype over its versions, named after the newest: in time by the servicenorm and by the legal limit, late, doorlooptijd, open and overdue, suspended, extended', async () => {
    const c = await zaakcijfers(env.runtime.db, NOVEMBER, null);
    expect(c.perZaaktype).toEqual([
      { zaaktype: 'cijfers-b', omschrijving: 'Aanlegvergunning', ...B },
      { zaaktype: 'cijfers-a', omschrijving: 'Kwijtschelding', ...A },
    ]);
    expect(c.totaal).toEqual({
      afgesloten: 6,
      binnenServicenorm: 4,
      binnenTermijn: 5,
      teLaat: 1,
      gemiddeldeDoorlooptijdDagen: 21.3, // 128 / 6
      open: 5,
      openTeLaat: 1,
      opgeschort: 1,
      verlengd: 2,
    });
  });

  it('per team by the team that handles the zaak, not by the zaaktype', async () => {
    const c = await zaakcijfers(env.runtime.db, NOVEMBER, null);
    expect(c.perTeam).toEqual([
      {
        teamId: teams.Belastingen,
        teamNaam: 'Belastingen',
        ...A,
        afgesloten: 4,
        binnenServicenorm: 2,
        binnenTermijn: 3,
        gemiddeldeDoorlooptijdDagen: 25.3, // (8 + 18 + 65 + 10) / 4
      },
      {
        teamId: teams.Vergunningen,
        teamNaam: 'Vergunningen',
        ...nul,
        afgesloten: 2,
        binnenServicenorm: 2,
        binnenTermijn: 2,
        gemiddeldeDoorlooptijdDagen: 13.5, // (4 + 23) / 2
      },
    ]);
  });

  it('keeps to the teams asked for', async () => {
    const c = await zaakcijfers(env.runtime.db, NOVEMBER, [teams.Vergunningen]);
    expect(c.perTeam.map((t) => t.teamNaam)).toEqual(['Vergunningen']);
    expect(c.perZaaktype.map((z) => [z.omschrijving, z.afgesloten])).toEqual([
      ['Aanlegvergunning', 1],
      ['Parkeervergunning aanvragen', 1], // z10 is of the first version, named so
    ]);
    expect(c.totaal.afgesloten).toBe(2);
    expect(await zaakcijfers(env.runtime.db, NOVEMBER, [])).toEqual({
      totaal: nul,
      perTeam: [],
      perZaaktype: [],
    });
  });

  it('counts by the Amsterdam day and the end of the period: October is another period', async () => {
    const oktober = await zaakcijfers(env.runtime.db, { van: '2026-10-01', tot: '2026-10-31' }, null);
    // z7 closed and suspended; open at its end only z5 (registered 30 October, suspended on 1 November
    // in Amsterdam, so overdue on 31 October); z3 and z4 were registered in November.
    expect(oktober.totaal).toMatchObject({
      afgesloten: 1,
      opgeschort: 1,
      verlengd: 0,
      open: 1,
      openTeLaat: 1,
    });
  });
});
