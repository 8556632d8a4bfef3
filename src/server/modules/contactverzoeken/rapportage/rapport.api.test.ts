import { inflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plusDagen } from '../../../platform/calendar/rules';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import { rijen } from '../../../platform/db/client';
import {
  eventually,
  json,
  outboxAfgehandeld,
  type TestClient,
  type TestOmgeving,
  teamsOpNaam,
  testOmgeving,
} from '../../../testing/harness';
import { zaakcijfers } from '../../zaken/operations/cijfers';
import { genereerContactverzoeken } from '../genereer';
import { vorigePeriode } from './perioden';
import { maakPeriodiekeRapporten } from './planning';
import type { RapportCijfers } from './rapportcijfers';
import type { RapportKop } from './schemas';
import { VERZOEKKOLOMMEN } from './xlsx';

let env: TestOmgeving;
let teamleider: TestClient;
let teams: Record<string, string>;

// Monday 23 November 2026, 07:00 in Amsterdam.
const NU = new Date('2026-11-23T06:00:00Z');

beforeAll(async () => {
  env = await testOmgeving();
  env.clock.now = NU;
  teamleider = await env.login('teamleider');
  teams = await teamsOpNaam(teamleider);
  await genereerContactverzoeken(env.runtime.database, {
    aantal: 3000,
    van: '2026-08-01',
    tot: NU,
    seed: 11,
  });
});
afterAll(() => env?.stop());

interface Rij {
  nummer: string;
  team: string;
  status: string;
  deadline: string;
  ontvangen: number;
  afgehandeld: number | null;
  pogingen: number;
}

/** The report's figures, counted row by row in JavaScript from a plain select. */
async function verwacht(van: string, tot: string, teamId: string | null) {
  const alle = await rijen<Rij>(
    env.runtime.db,
    sql`select nummer, team_id::text as team, status, deadline::text as deadline, pogingen,
      extract(epoch from ontvangen)::float8 * 1000 as ontvangen, extract(epoch from afgehandeld)::float8 * 1000 as afgehandeld
      from contactverzoek`,
  );
  const dag = (ms: number | null) => (ms === null ? null : amsterdamseDatum(new Date(ms)));
  const binnen = (d: string | null) => d !== null && d >= van && d <= tot;
  const rij = alle.filter((r) => teamId === null || r.team === teamId);
  const gesloten = rij.filter((r) => binnen(dag(r.afgehandeld)));
  const inNorm = gesloten.filter((r) => (dag(r.afgehandeld) as string) <= r.deadline);
  const open = rij.filter(
    (r) =>
      (dag(r.ontvangen) as string) <= tot && (r.afgehandeld === null || (dag(r.afgehandeld) as string) > tot),
  );
  const gem = (w: number[]) => w.reduce((a, b) => a + b, 0) / w.length;
  return {
    cijfers: {
      ontvangen: rij.filter((r) => binnen(dag(r.ontvangen))).length,
      gesloten: gesloten.length,
      binnenNorm: inNorm.length,
      buitenNorm: gesloten.length - inNorm.length,
      openEinde: open.length,
      teLaatEinde: open.filter((r) => r.deadline <= tot).length,
    },
    uren: gem(gesloten.map((r) => ((r.afgehandeld as number) - r.ontvangen) / 3_600_000)),
    pogingen: gem(gesloten.map((r) => r.pogingen)),
    nummers: rij.filter((r) => binnen(dag(r.ontvangen)) || binnen(dag(r.afgehandeld))).map((r) => r.nummer),
  };
}

async function opgeslagen(id: string) {
  const [r] = await rijen<{ cijfers: RapportCijfers }>(
    env.runtime.db,
    sql`select cijfers from rapport where id = ${id}`,
  );
  return r.cijfers;
}

/** The mails of a report, once the outbox has delivered what was queued. */
async function mails(sleutel: string) {
  await outboxAfgehandeld(env.runtime.db);
  return rijen<{ aan: string; onderwerp: string; tekst: string }>(
    env.runtime.db,
    sql`select aan, onderwerp, tekst from mail where sleutel = ${sleutel} order by aan`,
  );
}

/** All content streams of a PDF, inflated, as latin1 text. */
function pdfInhoud(pdf: Buffer): string {
  const tekst = pdf.toString('latin1');
  const delen: string[] = [];
  for (const m of tekst.matchAll(/stream\r?\n/g)) {
    const start = (m.index as number) + m[0].length;
    const einde = tekst.indexOf('endstream', start);
    try {
      delen.push(inflateSync(pdf.subarray(start, einde)).toString('latin1'));
    } catch {
      // not a deflated stream (fonts, images)
    }
  }
  return delen.join('\n');
}

let weekrapport: RapportKop;

describe('making a report now', () => {
  it('makes the last full week for the organisation, with figures as counted row by row', async () => {
    const res = await teamleider.post('/api/v1/rapporten', { soort: 'week' });
    expect(res.status).toBe(201);
    weekrapport = await json<RapportKop>(res);
    expect(weekrapport).toMatchObject({
      soort: 'week',
      teamId: null,
      teamNaam: null,
      van: '2026-11-16',
      tot: '2026-11-22',
    });
    const c = await opgeslagen(weekrapport.id);
    const v = await verwacht('2026-11-16', '2026-11-22', null);
    expect(v.cijfers.gesloten).toBeGreaterThan(50);
    expect(v.cijfers.buitenNorm).toBeGreaterThan(0);
    expect(v.cijfers.teLaatEinde).toBeGreaterThan(0);
    expect(c).toMatchObject(v.cijfers);
    expect(c.gemiddeldeDoorlooptijdUren).toBeCloseTo(v.uren, 1);
    expect(c.pogingenPerVerzoek).toBeCloseTo(v.pogingen, 2);
    expect(c.perDag.map((d) => d.datum)).toEqual([...Array(7)].map((_, i) => plusDagen('2026-11-16', i)));
    expect(c.perDag.reduce((n, d) => n + d.ontvangen, 0)).toBe(v.cijfers.ontvangen);
    expect(c.perTeam).toHaveLength(Object.keys(teams).length);
    const belastingen = c.perTeam.find((t) => t.teamId === teams.Belastingen);
    expect(belastingen).toMatchObject(
      (await verwacht('2026-11-16', '2026-11-22', teams.Belastingen)).cijfers,
    );
    // The zaken figures are the zaken module's own, proven in its tests; the report carries them.
    expect(c.zaken).toEqual(
      await zaakcijfers(env.runtime.db, { van: '2026-11-16', tot: '2026-11-22' }, null),
    );
  });

  it('gives a PDF with the key figures and both charts', async () => {
    const res = await teamleider.get(`/api/v1/rapporten/${weekrapport.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="contactverzoeken-week-organisatie-2026-11-16.pdf"',
    );
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const inhoud = pdfInhoud(pdf);
    // The bars of the charts are filled in the first chart colour, #01689b.
    const balken = inhoud.match(/0\.0039\d* 0\.4078\d* 0\.6078\d* scn/g) ?? [];
    expect(balken.length).toBeGreaterThan(8);
    // Chart titles and legends, as pdfkit writes text (hex, possibly split for kerning).
    const hex = (t: string) => Buffer.from(t, 'latin1').toString('hex');
    const tekst = [...inhoud.matchAll(/<([0-9a-f]+)>/g)].map((m) => m[1]).join('');
    for (const woord of ['Ontvangen', 'Afgehandeld', 'Binnen norm per team', 'Belastingen'])
      expect(tekst).toContain(hex(woord));
  });

  it('gives a spreadsheet with the figures and every request of the period, without BSN', async () => {
    const res = await teamleider.get(`/api/v1/rapporten/${weekrapport.id}/xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/\.xlsx"$/);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(await res.arrayBuffer());
    expect(boek.worksheets.map((w) => w.name)).toEqual(['Cijfers', 'Zaken', 'Verzoeken']);
    const blad = boek.getWorksheet('Verzoeken') as ExcelJS.Worksheet;
    const regels = blad.getSheetValues().slice(1) as unknown[][];
    expect(regels[0].slice(1)).toEqual([...VERZOEKKOLOMMEN]);
    expect(regels[0].join(' ')).not.toMatch(/bsn/i);
    const v = await verwacht('2026-11-16', '2026-11-22', null);
    expect(
      regels
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([...v.nummers].sort());
    const laat = regels.find((r) => r[9] === 'nee') as unknown[];
    expect(laat[6] as Date).toBeInstanceOf(Date);
    expect((laat[6] as Date).toISOString().slice(0, 10) > String(laat[5])).toBe(true);
    const cijfers = (boek.getWorksheet('Cijfers') as ExcelJS.Worksheet).getSheetValues() as unknown[][];
    expect(cijfers.find((r) => r?.[1] === 'Ontvangen')?.[2]).toBe(v.cijfers.ontvangen);
  });

  it('mails every teamleider a plain text with the figures and the download links', async () => {
    const leiders = await rijen<{ email: string }>(
      env.runtime.db,
      sql`select email from medewerker where actief and 'teamleider' = any(rollen) order by email`,
    );
    const verstuurd = await mails('rapport-week-organisatie-2026-11-16');
    expect(verstuurd.map((m) => m.aan)).toEqual(leiders.map((l) => l.email));
    const v = await verwacht('2026-11-16', '2026-11-22', null);
    expect(verstuurd[0].onderwerp).toBe(
      'Managementrapportage contactverzoeken de hele organisatie, week 2026-W47 (16 november 2026 t/m 22 november 2026)',
    );
    expect(verstuurd[0].tekst).toContain(`Afgehandeld: ${v.cijfers.gesloten.toLocaleString('nl-NL')}`);
    expect(verstuurd[0].tekst).toContain(`http://localhost:8080/api/v1/rapporten/${weekrapport.id}/pdf`);
    expect(verstuurd[0].tekst).toContain(`http://localhost:8080/api/v1/rapporten/${weekrapport.id}/xlsx`);
  });

  it("sends a team's monthly report to its key users and teamleiders", async () => {
    const keyuser = await env.login('keyuser');
    const res = await keyuser.post('/api/v1/rapporten', {
      soort: 'maand',
      teamId: teams.Belastingen,
      van: '2026-10-01',
    });
    expect(res.status).toBe(201);
    const r = await json<RapportKop>(res);
    expect(r).toMatchObject({ teamNaam: 'Belastingen', van: '2026-10-01', tot: '2026-10-31' });
    expect(await opgeslagen(r.id)).toMatchObject(
      (await verwacht('2026-10-01', '2026-10-31', teams.Belastingen)).cijfers,
    );
    const verstuurd = await mails(`rapport-maand-${teams.Belastingen}-2026-10-01`);
    expect(verstuurd.map((m) => m.aan)).toEqual(['keyuser@voorbeeldstad.nl']);
    expect(verstuurd[0].onderwerp).toBe(
      'Managementrapportage contactverzoeken team Belastingen, oktober 2026',
    );
  });

  it('replaces the report of the same period instead of adding one, and mails it once', async () => {
    const opnieuw = await json<RapportKop>(
      teamleider.post('/api/v1/rapporten', { soort: 'week', van: '2026-11-16' }),
    );
    expect(opnieuw.id).toBe(weekrapport.id);
    const lijst = await json<{ items: RapportKop[]; total: number }>(
      teamleider.get('/api/v1/rapporten?soort=week'),
    );
    expect(lijst.total).toBe(1);
    expect((await mails('rapport-week-organisatie-2026-11-16')).length).toBeGreaterThan(0);
    const [{ n }] = await rijen<{ n: number }>(
      env.runtime.db,
      sql`select count(*)::int as n from mail where sleutel = 'rapport-week-organisatie-2026-11-16' and aan = 'teamleider@voorbeeldstad.nl'`,
    );
    expect(n).toBe(1);
  });

  it('lists reports with team names, filtered by kind and team', async () => {
    const alle = await json<{ items: RapportKop[]; total: number }>(teamleider.get('/api/v1/rapporten'));
    expect(alle.total).toBe(2);
    expect(alle.items.map((r) => r.van)).toEqual(['2026-11-16', '2026-10-01']);
    const team = await json<{ items: RapportKop[] }>(
      teamleider.get(`/api/v1/rapporten?teamId=${teams.Belastingen}`),
    );
    expect(team.items.map((r) => [r.soort, r.teamNaam])).toEqual([['maand', 'Belastingen']]);
  });

  it('refuses a period that does not start right or has not begun, an unknown team, and others than managers', async () => {
    const fout = async (invoer: unknown) => {
      const res = await teamleider.post('/api/v1/rapporten', invoer);
      return { status: res.status, ...(await json<{ errors?: { veld: string; melding: string }[] }>(res)) };
    };
    expect(await fout({ soort: 'week', van: '2026-11-17' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'van', melding: 'Een weekrapport begint op een maandag.' }],
    });
    expect(await fout({ soort: 'maand', van: '2026-11-02' })).toMatchObject({
      errors: [{ veld: 'van', melding: 'Een maandrapport begint op de 1e van de maand.' }],
    });
    expect(await fout({ soort: 'maand', van: '2026-12-01' })).toMatchObject({
      errors: [{ veld: 'van', melding: 'Deze periode is nog niet begonnen.' }],
    });
    expect(await fout({ soort: 'week', teamId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'teamId' }],
    });
    expect((await fout({ soort: 'jaar' })).status).toBe(400);
    const backoffice = await env.login('backoffice');
    expect((await backoffice.post('/api/v1/rapporten', { soort: 'week' })).status).toBe(403);
    expect((await backoffice.get(`/api/v1/rapporten/${weekrapport.id}/pdf`)).status).toBe(403);
    const onbekend = await teamleider.get('/api/v1/rapporten/00000000-0000-4000-8000-000000000000/xlsx');
    expect(onbekend.status).toBe(404);
    expect((await json<{ detail: string }>(onbekend)).detail).toBe('Dit rapport bestaat niet.');
  });
});

describe('the schedule', () => {
  it('makes each report of the last week exactly once, run twice on two instances at the same time', async () => {
    // Monday 30 November, 07:00: a week later, so log in again.
    env.clock.now = new Date('2026-11-30T06:00:00Z');
    const tweede = await env.tweedeInstantie();
    try {
      const instanties = [env.runtime, { ...tweede, now: () => env.clock.now }];
      const runs = await Promise.all(instanties.map((ctx) => maakPeriodiekeRapporten(ctx, 'week')));
      const nogmaals = await Promise.all(instanties.map((ctx) => maakPeriodiekeRapporten(ctx, 'week')));
      const aantal = Object.keys(teams).length + 1;
      expect([...runs, ...nogmaals].reduce((a, b) => a + b, 0)).toBe(aantal);
      expect(nogmaals).toEqual([0, 0]);
      const [{ rapporten, audit }] = await rijen<{ rapporten: number; audit: number }>(
        env.runtime.db,
        sql`select (select count(*)::int from rapport where soort = 'week' and van = '2026-11-23') as rapporten,
          (select count(*)::int from audit_regel where actie = 'rapport.gemaakt' and details->>'van' = '2026-11-23') as audit`,
      );
      expect({ rapporten, audit }).toEqual({ rapporten: aantal, audit: aantal });
      const verstuurd = await mails('rapport-week-organisatie-2026-11-23');
      expect(verstuurd.map((m) => m.aan)).toContain('teamleider@voorbeeldstad.nl');
      expect(new Set(verstuurd.map((m) => m.aan)).size).toBe(verstuurd.length);
      const leider = await env.login('teamleider');
      const lijst = await json<{ total: number }>(leider.get('/api/v1/rapporten?soort=week'));
      expect(lijst.total).toBe(aantal + 1);
    } finally {
      await tweede.stop();
      env.clock.now = NU;
    }
  });

  it('is scheduled on an instance that runs periodic tasks, and its job makes the reports of the last week', async () => {
    const planner = await env.tweedeInstantie({ periodiekeTaken: true });
    try {
      const planning = await rijen<{ name: string; cron: string; timezone: string }>(
        env.runtime.db,
        sql`select name, cron, timezone from pgboss.schedule where name like 'rapport-%' order by name`,
      );
      expect(planning).toEqual([
        { name: 'rapport-maand', cron: '0 7 1 * *', timezone: 'Europe/Amsterdam' },
        { name: 'rapport-week', cron: '0 7 * * 1', timezone: 'Europe/Amsterdam' },
      ]);
      // What the cron does on Monday at 07:00, now; this instance's clock is the real one.
      await planner.jobs.boss.send('rapport-week', {});
      const { van } = vorigePeriode('week', amsterdamseDatum(new Date()));
      await eventually(
        async () =>
          (
            await rijen<{ n: number }>(
              env.runtime.db,
              sql`select count(*)::int as n from rapport where soort = 'week' and van = ${van}`,
            )
          )[0].n,
        (n) => n === Object.keys(teams).length + 1,
        25_000,
      );
    } finally {
      await planner.stop();
    }
  });
});

describe('periods of choice', () => {
  // Wednesday 2 December 2026, 10:00 in Amsterdam; a week later, so log in again.
  const woensdag = new Date('2026-12-02T09:00:00Z');
  let leider: TestClient;
  const maak = async (invoer: Record<string, unknown>) => {
    const res = await leider.post('/api/v1/rapporten', invoer);
    return { status: res.status, ...(await json<RapportKop & { errors?: unknown[] }>(res)) };
  };
  beforeAll(async () => {
    env.clock.now = woensdag;
    leider = await env.login('teamleider');
  });
  afterAll(() => {
    env.clock.now = NU;
  });

  it('makes the running week and month up to and including today', async () => {
    const week = await maak({ soort: 'week', van: '2026-11-30' });
    expect(week).toMatchObject({ status: 201, soort: 'week', van: '2026-11-30', tot: '2026-12-02' });
    expect((await opgeslagen(week.id)).perDag.map((d) => d.datum)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    const maand = await maak({ soort: 'maand', teamId: teams.Belastingen, van: '2026-12-01' });
    expect(maand).toMatchObject({ status: 201, van: '2026-12-01', tot: '2026-12-02' });
  });

  it('makes a report of any range of days, with the figures counted row by row', async () => {
    const r = await maak({ soort: 'periode', van: '2026-11-10', tot: '2026-11-24' });
    expect(r).toMatchObject({
      status: 201,
      soort: 'periode',
      teamId: null,
      van: '2026-11-10',
      tot: '2026-11-24',
    });
    expect(await opgeslagen(r.id)).toMatchObject((await verwacht('2026-11-10', '2026-11-24', null)).cijfers);
    const pdf = await leider.get(`/api/v1/rapporten/${r.id}/pdf`);
    expect(pdf.headers.get('content-disposition')).toBe(
      'attachment; filename="contactverzoeken-periode-organisatie-2026-11-10-2026-11-24.pdf"',
    );
    const [mail] = await mails('rapport-periode-organisatie-2026-11-10-2026-11-24');
    expect(mail.onderwerp).toBe(
      'Managementrapportage contactverzoeken de hele organisatie, 10 november 2026 t/m 24 november 2026',
    );
    const lijst = await json<{ items: RapportKop[] }>(leider.get('/api/v1/rapporten?soort=periode'));
    expect(lijst.items.map((k) => k.id)).toEqual([r.id]);
  });

  it('refuses a range that ends before it starts, is longer than a year or goes beyond today, in Dutch per field', async () => {
    expect(await maak({ soort: 'periode', van: '2026-11-10' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'tot', melding: 'Geef de laatste dag van de periode.' }],
    });
    expect(await maak({ soort: 'periode', van: '2026-11-10', tot: '2026-11-09' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'tot', melding: 'De laatste dag ligt vóór de eerste.' }],
    });
    expect(await maak({ soort: 'periode', van: '2025-11-01', tot: '2026-11-30' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'tot', melding: 'Een periode is hoogstens 366 dagen; kies een kortere.' }],
    });
    expect(await maak({ soort: 'periode', van: '2026-12-01', tot: '2026-12-03' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'tot', melding: 'De laatste dag ligt na vandaag (2 december 2026).' }],
    });
    expect(await maak({ soort: 'periode', van: '2026-12-03', tot: '2026-12-04' })).toMatchObject({
      errors: [
        { veld: 'van', melding: 'Deze periode is nog niet begonnen.' },
        { veld: 'tot', melding: 'De laatste dag ligt na vandaag (2 december 2026).' },
      ],
    });
    expect(await maak({ soort: 'week', van: '2026-11-23', tot: '2026-11-29' })).toMatchObject({
      status: 422,
      errors: [{ veld: 'tot', melding: 'Alleen een gekozen periode heeft een laatste dag.' }],
    });
    expect((await maak({ soort: 'periode', van: '2026-11-10', tot: '10-11-2026' })).status).toBe(400);
  });
});
