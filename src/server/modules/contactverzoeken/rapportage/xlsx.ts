import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Verzoekregel } from './cijfers';
import type { RapportCijfers } from './rapportcijfers';
import { kernregels, periodeNaam, wieNaam } from './teksten';

export const VERZOEKKOLOMMEN = [
  'Nummer',
  'Team',
  'Onderwerp',
  'Ontvangen',
  'Deadline',
  'Afgehandeld',
  'Resultaat',
  'Pogingen',
  'Binnen norm',
] as const;

/** Amsterdam wall-clock time as a spreadsheet date (spreadsheets have no time zones). */
const tijdstip = (lokaal: string | null) => (lokaal ? new Date(`${lokaal}Z`) : null);
const jaNee = (b: boolean | null) => (b === null ? '' : b ? 'ja' : 'nee');

function cijferblad(boek: ExcelJS.stream.xlsx.WorkbookWriter, c: RapportCijfers) {
  const blad = boek.addWorksheet('Cijfers');
  blad.columns = [{ width: 34 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  blad.addRow([`Managementrapportage contactverzoeken, ${wieNaam(c)}, ${periodeNaam(c)}`]).font = {
    bold: true,
  };
  blad.addRow([]);
  for (const regel of kernregels(c)) blad.addRow(regel);
  blad.addRow([]);
  blad.addRow(['Resultaat', 'Aantal']).font = { bold: true };
  for (const [resultaat, n] of Object.entries(c.resultaten)) blad.addRow([resultaat, n]);
  blad.addRow([]);
  blad.addRow(['Datum', 'Ontvangen', 'Afgehandeld', 'Binnen norm']).font = { bold: true };
  for (const d of c.perDag) blad.addRow([d.datum, d.ontvangen, d.gesloten, d.binnenNorm]);
  blad.addRow([]);
  blad.addRow(['Team', 'Ontvangen', 'Afgehandeld', 'Binnen norm', 'Open eind', 'Te laat eind']).font = {
    bold: true,
  };
  for (const t of c.perTeam)
    blad.addRow([t.teamNaam, t.ontvangen, t.gesloten, t.binnenNorm, t.openEinde, t.teLaatEinde]);
}

function verzoekenblad(boek: ExcelJS.stream.xlsx.WorkbookWriter, regels: Verzoekregel[]) {
  const blad = boek.addWorksheet('Verzoeken', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = VERZOEKKOLOMMEN.map((header, i) => ({
    header,
    width: [16, 20, 40, 18, 12, 18, 18, 10, 12][i],
    style: [3, 5].includes(i) ? { numFmt: 'dd-mm-yyyy hh:mm' } : {},
  }));
  blad.getRow(1).font = { bold: true };
  for (const r of regels)
    blad.addRow([
      r.nummer,
      r.team,
      r.onderwerp,
      tijdstip(r.ontvangen),
      r.deadline,
      tijdstip(r.afgehandeld),
      r.resultaat ?? '',
      r.pogingen,
      jaNee(r.binnenNorm),
    ]);
  blad.autoFilter = { from: 'A1', to: 'I1' };
}

/** The spreadsheet: one sheet with the figures, one with every request of the period (no BSN); streamed, row by row. */
export async function maakXlsx(c: RapportCijfers, regels: Verzoekregel[]): Promise<Buffer> {
  const uit = new PassThrough();
  const delen: Buffer[] = [];
  uit.on('data', (d: Buffer) => delen.push(d));
  const boek = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: uit,
    useStyles: true,
    useSharedStrings: false,
  });
  boek.creator = 'Stadspunt';
  cijferblad(boek, c);
  verzoekenblad(boek, regels);
  await boek.commit();
  return Buffer.concat(delen);
}
