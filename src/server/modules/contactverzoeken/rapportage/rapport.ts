import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { dagenInPeriode } from '../../../../shared/dagen';
import { datumLang } from '../../../../shared/nl';
import { audit } from '../../../platform/audit/audit';
import type { Actor } from '../../../platform/auth/rollen';
import { amsterdamseDatum } from '../../../platform/calendar/tijd';
import type { AppContext } from '../../../platform/context';
import { type Queryable, rijen } from '../../../platform/db/client';
import { bevat } from '../../../platform/db/zoek';
import { offset, sortering } from '../../../platform/http/lijst';
import { nietGevonden, nietVerwerkbaar } from '../../../platform/http/problem';
import { rapportageTeams, vereisRapportage } from '../../../policies';
import { findTeam, teamNaamSql } from '../../organisatie/operations/team-lezen';
import { rapport } from '../schema';
import { verzoekenVan } from './cijfers';
import { isBegin, type Periode, periodeVanaf, type Rapportsoort, vorigePeriode } from './perioden';
import { type RapportCijfers, rapportCijfers } from './rapportcijfers';
import { RAPPORT_GEMAAKT } from './rapportmail';
import type { RapportInvoer, RapportKop } from './schemas';

type Veldfout = { veld: 'van' | 'tot'; melding: string };

function weiger(fouten: (Veldfout | false | undefined)[]) {
  const echt = fouten.filter((f): f is Veldfout => Boolean(f));
  if (echt.length) throw nietVerwerkbaar(echt[0].melding, echt);
}

/** A report covers at most a year: longer is not a management report but an export. */
export const MAX_DAGEN = 366;

/** A period of the reader's choice: both days given, in order, at most a year, not beyond today. */
export function gekozenPeriode(van: string | undefined, tot: string | undefined, vandaag: string): Periode {
  weiger([
    !van && { veld: 'van', melding: 'Geef de eerste dag van de periode.' },
    !tot && { veld: 'tot', melding: 'Geef de laatste dag van de periode.' },
    !!van && van > vandaag && { veld: 'van', melding: 'Deze periode is nog niet begonnen.' },
    !!tot &&
      tot > vandaag && { veld: 'tot', melding: `De laatste dag ligt na vandaag (${datumLang(vandaag)}).` },
  ]);
  const p = { van: van as string, tot: tot as string };
  weiger([
    p.tot < p.van && { veld: 'tot', melding: 'De laatste dag ligt vóór de eerste.' },
    dagenInPeriode(p.van, p.tot) > MAX_DAGEN && {
      veld: 'tot',
      melding: `Een periode is hoogstens ${MAX_DAGEN} dagen; kies een kortere.`,
    },
  ]);
  return p;
}

/**
 * The period asked for: a chosen one, or a week or month that starts where such a period
 * starts and has begun (a running one counts up to today), or else the last full one.
 */
function periodeVoor(o: Rapportopdracht, vandaag: string): Periode {
  if (o.soort === 'periode') return gekozenPeriode(o.van, o.tot, vandaag);
  weiger([!!o.tot && { veld: 'tot', melding: 'Alleen een gekozen periode heeft een laatste dag.' }]);
  if (!o.van) return vorigePeriode(o.soort, vandaag);
  weiger([
    !isBegin(o.soort, o.van) && {
      veld: 'van',
      melding:
        o.soort === 'week'
          ? 'Een weekrapport begint op een maandag.'
          : 'Een maandrapport begint op de 1e van de maand.',
    },
    o.van > vandaag && { veld: 'van', melding: 'Deze periode is nog niet begonnen.' },
  ]);
  const p = periodeVanaf(o.soort, o.van);
  return { van: p.van, tot: p.tot < vandaag ? p.tot : vandaag };
}

async function controleerTeam(db: Queryable, teamId: string | null) {
  if (!teamId) return;
  if (!(await findTeam(db, teamId)))
    throw nietVerwerkbaar('Dit team bestaat niet.', [{ veld: 'teamId', melding: 'Dit team bestaat niet.' }]);
}

const zelfdePeriode = (soort: Rapportsoort, teamId: string | null, van: string) =>
  and(
    eq(rapport.soort, soort),
    teamId ? eq(rapport.teamId, teamId) : isNull(rapport.teamId),
    eq(rapport.van, van),
  );

/**
 * Stores the report and, in the same transaction, the outbox event that mails it; an existing
 * one for the same kind, team and start is replaced, or kept when `vervang` is false.
 */
async function bewaar(
  ctx: AppContext,
  actor: Actor,
  c: RapportCijfers,
  bestanden: { pdf: Buffer; xlsx: Buffer },
  vervang: boolean,
): Promise<string | undefined> {
  const botsing = vervang
    ? sql`do update set tot = excluded.tot, aangemaakt = excluded.aangemaakt, cijfers = excluded.cijfers, pdf = excluded.pdf, xlsx = excluded.xlsx`
    : sql`do nothing`;
  return ctx.db.transaction(async (tx) => {
    const [rij] = await rijen<{ id: string }>(
      tx,
      sql`insert into rapport (soort, team_id, van, tot, aangemaakt, cijfers, pdf, xlsx)
        values (${c.soort}, ${c.teamId}, ${c.van}, ${c.tot}, ${ctx.now()}, ${JSON.stringify(c)}::jsonb, ${bestanden.pdf}, ${bestanden.xlsx})
        on conflict (soort, coalesce(team_id::text, ''), van) ${botsing}
        returning id::text as id`,
    );
    if (!rij) return undefined;
    const periode = { soort: c.soort, teamId: c.teamId, van: c.van };
    await audit(tx, actor, {
      actie: 'rapport.gemaakt',
      objectType: 'rapport',
      objectId: rij.id,
      details: periode,
    });
    await ctx.jobs.emit(tx, actor, {
      type: RAPPORT_GEMAAKT,
      objectType: 'rapport',
      objectId: rij.id,
      data: periode,
    });
    return rij.id;
  });
}

export interface Rapportopdracht {
  soort: Rapportsoort;
  teamId: string | null;
  van?: string;
  /** Only for a chosen period. */
  tot?: string;
}

/**
 * Builds a weekly or monthly report (figures, PDF with charts, spreadsheet), stores it, and
 * its readers are mailed from the outbox. With `vervang` false an existing report is kept and nothing is sent:
 * that makes a scheduled run idempotent, also when two instances run it at the same time.
 */
export async function maakRapport(
  ctx: AppContext,
  actor: Actor,
  opdracht: Rapportopdracht,
  vervang: boolean,
): Promise<string | undefined> {
  const periode = periodeVoor(opdracht, amsterdamseDatum(ctx.now()));
  await controleerTeam(ctx.db, opdracht.teamId);
  const waar = zelfdePeriode(opdracht.soort, opdracht.teamId, periode.van);
  if (!vervang && (await ctx.db.select({ id: rapport.id }).from(rapport).where(waar)).length > 0) return;
  // Outside a transaction: on PostgreSQL the figures and the rows run side by side on two connections.
  const [cijfers, regels] = await Promise.all([
    rapportCijfers(ctx.db, opdracht.soort, periode, opdracht.teamId),
    verzoekenVan(ctx.db, periode, opdracht.teamId),
  ]);
  // The writers (ECharts, pdfkit, exceljs) load with the first report, not with every start: 0.7 s.
  const [{ maakPdf }, { maakXlsx }] = await Promise.all([import('./pdf'), import('./xlsx')]);
  const bestanden = { pdf: await maakPdf(cijfers, ctx.now()), xlsx: await maakXlsx(cijfers, regels) };
  return bewaar(ctx, actor, cijfers, bestanden, vervang);
}

/** Null for the organisation's report. */
const teamNaam = teamNaamSql(rapport.teamId);

const kop = {
  id: rapport.id,
  soort: rapport.soort,
  teamId: rapport.teamId,
  teamNaam,
  van: rapport.van,
  tot: rapport.tot,
  aangemaakt: rapport.aangemaakt,
};
const alsKop = (r: Omit<RapportKop, 'aangemaakt'> & { aangemaakt: Date }): RapportKop => ({
  ...r,
  aangemaakt: r.aangemaakt.toISOString(),
});

/** Generates now (from the API) and answers with the stored report's heading. */
export async function maakRapportNu(
  ctx: AppContext,
  actor: Actor,
  invoer: RapportInvoer,
): Promise<RapportKop> {
  vereisRapportage(actor, invoer.teamId ?? null);
  const id = await maakRapport(
    ctx,
    actor,
    { soort: invoer.soort, teamId: invoer.teamId ?? null, van: invoer.van, tot: invoer.tot },
    true,
  );
  const [r] = await ctx.db
    .select(kop)
    .from(rapport)
    .where(eq(rapport.id, id as string));
  return alsKop(r);
}

/** The reports this actor may see: of its own teams, or all of them with the organisation's. */
export async function listRapporten(
  db: Queryable,
  actor: Actor,
  f: { soort?: Rapportsoort; teamId?: string; q?: string; page: number; pageSize: number; sort?: string },
) {
  if (f.teamId) vereisRapportage(actor, f.teamId);
  const zicht = rapportageTeams(actor);
  const waar = and(
    zicht.alles ? undefined : zicht.teamIds.length ? inArray(rapport.teamId, [...zicht.teamIds]) : sql`false`,
    f.soort ? eq(rapport.soort, f.soort) : undefined,
    f.teamId ? eq(rapport.teamId, f.teamId) : undefined,
    f.q ? bevat(sql`coalesce(${teamNaam}, 'organisatie')`, f.q) : undefined,
  );
  const volgorde = sortering(f.sort, { van: rapport.van, aangemaakt: rapport.aangemaakt }, '-van');
  const items = await db
    .select(kop)
    .from(rapport)
    .where(waar)
    .orderBy(...volgorde, rapport.soort, sql`${teamNaam} nulls first`)
    .limit(f.pageSize)
    .offset(offset(f));
  const [{ total }] = await db.select({ total: count() }).from(rapport).where(waar);
  return { items: items.map(alsKop), total, page: f.page, pageSize: f.pageSize };
}

export const BESTANDEN = {
  pdf: { type: 'application/pdf' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
export type Bestandsoort = keyof typeof BESTANDEN;

/** A stored report file with its content type and a readable file name. */
export async function leesBestand(db: Queryable, actor: Actor, id: string, soort: Bestandsoort) {
  const [r] = await db
    .select({
      soort: rapport.soort,
      van: rapport.van,
      tot: rapport.tot,
      teamId: rapport.teamId,
      teamNaam,
      inhoud: rapport[soort],
    })
    .from(rapport)
    .where(eq(rapport.id, id));
  if (!r) throw nietGevonden('Dit rapport');
  vereisRapportage(actor, r.teamId);
  const wie = (r.teamNaam ?? 'organisatie').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    inhoud: Buffer.from(r.inhoud),
    type: BESTANDEN[soort].type,
    bestandsnaam: `contactverzoeken-${r.soort}-${wie}-${r.van}${r.soort === 'periode' ? `-${r.tot}` : ''}.${soort}`,
  };
}
