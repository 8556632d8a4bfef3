import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import { rijen } from '../../../platform/db/client';
import {
  json,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../../testing/harness';
import { testZaaktype } from '../../../testing/zaaktypen';
import { zaakcijfers } from '../../zaken/operations/cijfers';
import { genereerContactverzoeken } from '../genereer';
import type { Dashboard } from './schemas';

let env: TestOmgeving;
let teamleider: TestClient;
let teams: Record<string, string>;

// Wednesday 18 November 2026, 10:00 in Amsterdam.
const NU = new Date('2026-11-18T09:00:00Z');

beforeAll(async () => {
  env = await testOmgeving();
  env.clock.now = NU;
  teamleider = await env.login('teamleider');
  teams = await teamsOpNaam(teamleider);
  await genereerContactverzoeken(env.runtime.database, {
    aantal: 2500,
    van: '2026-07-01',
    tot: NU,
    seed: 7,
  });
  // Closed half an hour after midnight in Amsterdam, the day after the deadline: still the deadline in UTC, yet late.
  await env.runtime.db.execute(sql`update contactverzoek
    set afgehandeld = ((deadline + 1)::timestamp + interval '30 minutes') at time zone 'Europe/Amsterdam'
    where id in (select id from contactverzoek where status = 'afgehandeld' and deadline between '2026-11-02' and '2026-11-13' order by nummer limit 5)`);
  // Closed at 23:30 in Amsterdam on the deadline: within the norm.
  await env.runtime.db.execute(sql`update contactverzoek
    set afgehandeld = (deadline::timestamp + interval '23 hours 30 minutes') at time zone 'Europe/Amsterdam'
    where id in (select id from contactverzoek where status = 'afgehandeld' and deadline between '2026-11-02' and '2026-11-13' order by nummer desc limit 5)`);
  const kcc = await env.login('kcc');
  const urgent = await kcc.post('/api/v1/contactverzoeken', {
    teamId: teams.Belastingen,
    onderwerp: 'Kwijtschelding',
    vraag: 'Vandaag nog terugbellen graag.',
    telefoon: '06 12345678',
    urgent: true,
  });
  expect(urgent.status).toBe(201);
});
afterAll(() => env?.stop());

interface Rij {
  team: string;
  status: string;
  deadline: string;
  ontvangen: number;
  afgehandeld: number | null;
  pogingen: number;
}

/** The expected figures, counted row by row in JavaScript from a plain select. */
async function verwacht(teamId: string | null) {
  const alle = await rijen<Rij>(
    env.runtime.db,
    sql`select team_id::text as team, status, deadline::text as deadline, pogingen,
      extract(epoch from ontvangen)::float8 * 1000 as ontvangen, extract(epoch from afgehandeld)::float8 * 1000 as afgehandeld
      from contactverzoek`,
  );
  const rij = alle.filter((r) => teamId === null || r.team === teamId);
  const vandaag = amsterdamseDatum(NU);
  const maandag = '2026-11-16';
  const dag = (r: Rij) => amsterdamseDatum(new Date(r.afgehandeld as number));
  const open = rij.filter((r) => r.status === 'open');
  const dicht = rij.filter((r) => r.status === 'afgehandeld' && dag(r) <= vandaag);
  const tussen = (van: string, tot: string) => dicht.filter((r) => dag(r) >= van && dag(r) <= tot);
  const vier = tussen(plusDagen(vandaag, -27), vandaag);
  const binnen = vier.filter((r) => dag(r) <= r.deadline);
  const gem = (w: number[]) => w.reduce((a, b) => a + b, 0) / w.length;
  return {
    open: open.length,
    vandaag: open.filter((r) => r.deadline === vandaag).length,
    teLaat: open.filter((r) => r.deadline < vandaag).length,
    geslotenDezeWeek: tussen(maandag, vandaag).length,
    binnenNorm: { binnen: binnen.length, totaal: vier.length, aandeel: binnen.length / vier.length },
    uren: gem(vier.map((r) => ((r.afgehandeld as number) - r.ontvangen) / 3_600_000)),
    pogingen: gem(vier.map((r) => r.pogingen)),
    trend: Array.from({ length: 12 }, (_, i) => {
      const van = plusDagen(maandag, -7 * (11 - i));
      const week = tussen(van, plusDagen(van, 6));
      return { van, gesloten: week.length, binnenNorm: week.filter((r) => dag(r) <= r.deadline).length };
    }),
  };
}

function vergelijk(d: Dashboard, v: Awaited<ReturnType<typeof verwacht>>) {
  expect(d).toMatchObject({
    peildatum: '2026-11-18',
    open: v.open,
    vandaag: v.vandaag,
    teLaat: v.teLaat,
    geslotenDezeWeek: v.geslotenDezeWeek,
    binnenNorm: { binnen: v.binnenNorm.binnen, totaal: v.binnenNorm.totaal },
  });
  expect(d.binnenNorm.aandeel).toBeCloseTo(v.binnenNorm.aandeel, 10);
  expect(d.gemiddeldeDoorlooptijdUren).toBeCloseTo(v.uren, 1);
  expect(d.pogingenPerVerzoek).toBeCloseTo(v.pogingen, 2);
  expect(d.trend.map((t) => ({ van: t.van, gesloten: t.gesloten, binnenNorm: t.binnenNorm }))).toEqual(
    v.trend,
  );
}

/** Every figure's link opens the work queue with exactly that many requests. */
async function doorklikken(d: Dashboard) {
  const totaal = async (query: string) =>
    (await json<{ total: number }>(teamleider.get(`/api/v1/contactverzoeken?${query}&pageSize=1`))).total;
  expect({
    open: await totaal(d.links.open),
    vandaag: await totaal(d.links.vandaag),
    teLaat: await totaal(d.links.teLaat),
    geslotenDezeWeek: await totaal(d.links.geslotenDezeWeek),
    binnenNorm: await totaal(d.links.binnenNorm),
    buitenNorm: await totaal(d.links.buitenNorm),
  }).toEqual({
    open: d.open,
    vandaag: d.vandaag,
    teLaat: d.teLaat,
    geslotenDezeWeek: d.geslotenDezeWeek,
    binnenNorm: d.binnenNorm.binnen,
    buitenNorm: d.binnenNorm.totaal - d.binnenNorm.binnen,
  });
}

describe('the dashboard', () => {
  it('shows the whole organisation as counted row by row, with every team', async () => {
    const d = await json<Dashboard>(teamleider.get('/api/v1/contactverzoeken/dashboard'));
    const v = await verwacht(null);
    expect(v.open).toBeGreaterThan(0);
    expect(v.teLaat).toBeGreaterThan(0);
    expect(v.geslotenDezeWeek).toBeGreaterThan(0);
    expect(v.binnenNorm.totaal - v.binnenNorm.binnen).toBeGreaterThan(0);
    vergelijk(d, v);
    expect(d).toMatchObject({ teamId: null, teamNaam: null });
    expect(d.trend.map((t) => t.week)).toEqual([...Array(12)].map((_, i) => `2026-W${36 + i}`));
    expect(d.trend[11]).toMatchObject({ van: '2026-11-16', tot: '2026-11-22' });
    expect(d.teams.map((t) => t.teamNaam)).toEqual(Object.keys(teams).sort((a, b) => a.localeCompare(b)));
    for (const t of d.teams) {
      const eigen = await verwacht(t.teamId);
      expect(t).toMatchObject({
        open: eigen.open,
        teLaat: eigen.teLaat,
        geslotenDezeWeek: eigen.geslotenDezeWeek,
      });
      if (eigen.binnenNorm.totaal > 0) expect(t.aandeelBinnenNorm).toBeCloseTo(eigen.binnenNorm.aandeel, 10);
    }
    await doorklikken(d);
  });

  it('shows one team, with links that keep to that team', async () => {
    const keyuser = await env.login('keyuser');
    const d = await json<Dashboard>(
      keyuser.get(`/api/v1/contactverzoeken/dashboard?teamId=${teams.Belastingen}`),
    );
    const v = await verwacht(teams.Belastingen);
    expect(v.vandaag).toBeGreaterThan(0);
    vergelijk(d, v);
    expect(d).toMatchObject({ teamId: teams.Belastingen, teamNaam: 'Belastingen', teams: [] });
    expect(d.links.teLaat).toBe(`teamId=${teams.Belastingen}&status=open&filter=te-laat`);
    await doorklikken(d);
  });

  it('counts a request closed after midnight in Amsterdam as late, whatever the UTC date', async () => {
    const [{ n }] = await rijen<{ n: number }>(
      env.runtime.db,
      sql`select count(*)::int as n from contactverzoek
        where (afgehandeld at time zone 'UTC')::date <= deadline and (afgehandeld at time zone 'Europe/Amsterdam')::date > deadline`,
    );
    expect(n).toBe(5);
    const d = await json<Dashboard>(teamleider.get('/api/v1/contactverzoeken/dashboard'));
    expect(d.binnenNorm.binnen).toBe((await verwacht(null)).binnenNorm.binnen);
  });

  it('carries the zaken of the same scope and the last 4 weeks, as the zaken module counts them', async () => {
    const kcc = await env.login('kcc');
    const zt = await testZaaktype(env.runtime.db, teams.Belastingen);
    expect((await kcc.post('/api/v1/zaken', { zaaktypeId: zt.id, omschrijving: 'Bezwaar' })).status).toBe(
      201,
    );
    const keyuser = await env.login('keyuser');
    const team = await json<Dashboard>(
      keyuser.get(`/api/v1/contactverzoeken/dashboard?teamId=${teams.Belastingen}`),
    );
    const periode = { van: '2026-10-22', tot: '2026-11-18' };
    expect(team.zaken).toEqual(await zaakcijfers(env.runtime.db, periode, [teams.Belastingen]));
    expect(team.zaken.totaal.open).toBe(1);
    const alle = await json<Dashboard>(teamleider.get('/api/v1/contactverzoeken/dashboard'));
    expect(alle.zaken).toEqual(await zaakcijfers(env.runtime.db, periode, null));
  });

  it('refuses an unknown team, a malformed id and employees without oversight', async () => {
    const onbekend = await teamleider.get(
      '/api/v1/contactverzoeken/dashboard?teamId=00000000-0000-4000-8000-000000000000',
    );
    expect(onbekend.status).toBe(404);
    expect((await json<{ detail: string }>(onbekend)).detail).toBe('Dit team bestaat niet.');
    expect((await teamleider.get('/api/v1/contactverzoeken/dashboard?teamId=x')).status).toBe(400);
    expect((await (await env.login('kcc')).get('/api/v1/contactverzoeken/dashboard')).status).toBe(403);
  });
});
