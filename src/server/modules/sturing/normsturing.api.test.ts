import type { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamseDatum } from '../../platform/calendar/tijd';
import { rijen } from '../../platform/db/client';
import { json, type TestClient, type TestOmgeving, teamsOpNaam, testOmgeving } from '../../testing/harness';
import { testZaaktype } from '../../testing/zaaktypen';
import { genereerContactverzoeken } from '../contactverzoeken/genereer';
import { werkSturingBij } from './operations/bijwerken';
import type { sturingNormenUit } from './schemas';

type Normen = z.infer<typeof sturingNormenUit>;

let env: TestOmgeving;
let teams: Record<string, string>;
let keyuser: TestClient;
let teamleider: TestClient;

// Wednesday 2 December 2026: last week is 23–29 November, last month November, last quarter Q3.
const NU = new Date('2026-12-02T09:00:00Z');
const WEEK = { van: '2026-11-23', tot: '2026-11-29' };

async function sluitZaak(
  wie: TestClient,
  zaaktype: { id: string; verleend: string },
  startdatum: string,
  dicht: string,
  teamId?: string,
) {
  env.clock.now = new Date(`${startdatum}T09:00:00Z`);
  const zaak = await json<{ id: string }>(
    wie.post('/api/v1/zaken', { zaaktypeId: zaaktype.id, omschrijving: 'Normzaak', startdatum, teamId }),
  );
  env.clock.now = new Date(`${dicht}T09:00:00Z`);
  const res = await wie.post(`/api/v1/zaken/${zaak.id}/afsluiting`, { resultaattypeId: zaaktype.verleend });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  env = await testOmgeving();
  env.clock.now = NU;
  keyuser = await env.login('keyuser');
  teamleider = await env.login('teamleider');
  teams = await teamsOpNaam(keyuser);
  await genereerContactverzoeken(env.runtime.database, {
    aantal: 1500,
    van: '2026-06-01',
    tot: NU,
    seed: 11,
  });
  // Servicenorm 14 days, legal limit 8 weeks.
  const a = await testZaaktype(env.runtime.db, teams.Belastingen);
  const b = await testZaaktype(env.runtime.db, teams.Vergunningen);
  await sluitZaak(keyuser, a, '2026-11-16', '2026-11-24'); // within both
  await sluitZaak(keyuser, a, '2026-11-01', '2026-11-25'); // servicenorm missed, within the legal limit
  await sluitZaak(keyuser, a, '2026-09-01', '2026-11-26'); // both missed
  await sluitZaak(keyuser, a, '2026-11-10', '2026-11-18'); // the week before: within both
  await sluitZaak(keyuser, b, '2026-11-20', '2026-11-24', teams.Vergunningen); // another team
  env.clock.now = NU;
  // Closed at moments before the demo's first build: all days rebuilt, as after a load.
  await werkSturingBij(env.runtime, { opnieuw: true });
  keyuser = await env.login('keyuser');
  teamleider = await env.login('teamleider');
}, 180_000);
afterAll(() => env?.stop());

const normen = (wie: TestClient, teamId?: string) =>
  json<Normen>(wie.get(`/api/v1/sturing/servicenormen${teamId ? `?teamId=${teamId}` : ''}`));
const norm = (n: Normen, code: string) => n.normen.find((r) => r.code === code);
const periode = (n: Normen, code: string, soort: string) =>
  norm(n, code)?.perioden.find((p) => p.soort === soort);

/** The total of the list a figure clicks through to, as the employee's own work queue gives it. */
async function totaalVan(wie: TestClient, lijst: { pad: string }, zoek: string) {
  const pad = lijst.pad === '/zaken' ? '/api/v1/zaken' : '/api/v1/contactverzoeken';
  return (await json<{ total: number }>(wie.get(`${pad}?${zoek}&pageSize=1`))).total;
}

describe('service norms: the share met in the last full week, month and quarter', () => {
  it('zaken: closed within the servicenorm and within the legal limit, with the trend against the week before', async () => {
    const n = await normen(keyuser, teams.Belastingen);
    expect(periode(n, 'zaak-servicenorm', 'week')).toMatchObject({
      ...WEEK,
      totaal: 3,
      gehaald: 1,
      vorigAandeel: 1,
      trendProcentpunt: -66.7,
    });
    expect(periode(n, 'zaak-termijn', 'week')).toMatchObject({
      totaal: 3,
      gehaald: 2,
      trendProcentpunt: -33.3,
    });
    // November against October, which closed nothing: a share, but no trend.
    expect(periode(n, 'zaak-servicenorm', 'maand')).toMatchObject({
      van: '2026-11-01',
      tot: '2026-11-30',
      totaal: 4,
      gehaald: 2,
      aandeel: 0.5,
      vorigAandeel: null,
      trendProcentpunt: null,
    });
    expect(periode(n, 'zaak-termijn', 'kwartaal')).toMatchObject({
      van: '2026-07-01',
      tot: '2026-09-30',
      totaal: 0,
    });
  });

  it('the organisation counts every team', async () => {
    const n = await normen(teamleider);
    expect(n.teamNaam).toBeNull();
    expect(periode(n, 'zaak-servicenorm', 'week')).toMatchObject({ totaal: 4, gehaald: 2 });
  });

  it('contactverzoeken: closed on or before the deadline, on the day of closing in Amsterdam', async () => {
    const alle = await rijen<{ afgehandeld: Date; deadline: string }>(
      env.runtime.db,
      sql`select afgehandeld, deadline::text as deadline from contactverzoek
        where status = 'afgehandeld' and team_id = ${teams.Belastingen}`,
    );
    const inWeek = alle
      .map((r) => ({ dag: amsterdamseDatum(new Date(r.afgehandeld)), deadline: r.deadline }))
      .filter((r) => r.dag >= WEEK.van && r.dag <= WEEK.tot);
    expect(inWeek.length).toBeGreaterThan(0);
    const n = await normen(keyuser, teams.Belastingen);
    expect(periode(n, 'terugbellen', 'week')).toMatchObject({
      totaal: inWeek.length,
      gehaald: inWeek.filter((r) => r.dag <= r.deadline).length,
    });
  });

  it('every measured figure opens the list behind it: met and missed add up to the figure', async () => {
    const n = await normen(keyuser, teams.Belastingen);
    for (const r of n.normen)
      for (const p of r.perioden) {
        expect(await totaalVan(keyuser, p.lijst, p.lijst.gehaald), `${r.code} ${p.soort} gehaald`).toBe(
          p.gehaald,
        );
        expect(await totaalVan(keyuser, p.lijst, p.lijst.gemist), `${r.code} ${p.soort} gemist`).toBe(
          p.totaal - p.gehaald,
        );
      }
  });

  it('norms whose data does not reach Stadspunt are listed, with the reason instead of a figure', async () => {
    const n = await normen(keyuser, teams.Belastingen);
    expect(n.normen.map((r) => r.kanaal)).toEqual([
      'Telefoon',
      'Telefoon',
      'E-mail',
      'E-mail',
      'Post',
      'Zaak',
      'Zaak',
    ]);
    for (const code of ['telefoon-opgenomen', 'e-mail-ontvangst', 'e-mail-antwoord', 'brief']) {
      expect(norm(n, code)?.perioden).toEqual([]);
      expect(norm(n, code)?.nietGemeten).toMatch(/Stadspunt/);
    }
  });

  it('a key user may not see another team or the organisation (403); an unknown team is 404', async () => {
    expect((await keyuser.get(`/api/v1/sturing/servicenormen?teamId=${teams.KCC}`)).status).toBe(403);
    expect((await keyuser.get('/api/v1/sturing/servicenormen')).status).toBe(403);
    const kcc = await env.login('kcc');
    expect((await kcc.get(`/api/v1/sturing/servicenormen?teamId=${teams.KCC}`)).status).toBe(403);
    expect((await teamleider.get(`/api/v1/sturing/servicenormen?teamId=${crypto.randomUUID()}`)).status).toBe(
      404,
    );
  });
});
