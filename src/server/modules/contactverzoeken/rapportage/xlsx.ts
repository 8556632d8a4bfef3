import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { label } from '../../../../shared/labels';
import { xlsxFormaat } from '../../../../shared/nl';
import type { Verzoekregel } from './cijfers';
import type { RapportCijfers } from './rapportcijfers';
import {
  dienstverleningsregels,
  type Eenheid,
  kernregels,
  periodeNaam,
  wieNaam,
  ZAAKKOLOMMEN,
  zaaktabellen,
} from './teksten';

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

/** Figures stay numbers a reader can add up; the format only decides how they look. */
const formaat: Record<Eenheid, string> = {
  aantal: xlsxFormaat.aantal,
  decimaal: xlsxFormaat.decimaal,
  uren: `${xlsxFormaat.decimaal} "uur"`,
  aandeel: xlsxFormaat.procent,
};

type Blad = ExcelJS.Worksheet;

function kop(blad: Blad, koppen: string[]) {
  blad.addRow(koppen).font = { bold: true };
}

/** A row of a label and counts, each count formatted as a whole number. */
function aantallen(blad: Blad, waarden: (string | number)[], procentKolom?: number) {
  const rij = blad.addRow(waarden);
  rij.eachCell((cel, kolom) => {
    if (typeof cel.value === 'number') cel.numFmt = kolom === procentKolom ? formaat.aandeel : formaat.aantal;
  });
}

function cijferblad(boek: ExcelJS.stream.xlsx.WorkbookWriter, c: RapportCijfers) {
  const blad = boek.addWorksheet('Cijfers');
  blad.columns = [{ width: 34 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }];
  blad.addRow([`Managementrapportage contactverzoeken, ${wieNaam(c)}, ${periodeNaam(c)}`]).font = {
    bold: true,
  };
  blad.addRow([]);
  for (const r of [...kernregels(c), ...dienstverleningsregels(c)]) {
    const rij = blad.addRow([r.label, r.waarde]);
    rij.getCell(2).numFmt = formaat[r.eenheid];
  }
  blad.addRow([]);
  kop(blad, ['Resultaat', 'Aantal']);
  for (const [resultaat, n] of Object.entries(c.resultaten))
    aantallen(blad, [label('resultaat', resultaat as keyof typeof c.resultaten), n]);
  blad.addRow([]);
  kop(blad, ['Datum', 'Ontvangen', 'Afgehandeld', 'Binnen norm']);
  for (const d of c.perDag) {
    const rij = blad.addRow([new Date(`${d.datum}T00:00:00Z`), d.ontvangen, d.gesloten, d.binnenNorm]);
    rij.getCell(1).numFmt = 'dd-mm-yyyy';
    for (const k of [2, 3, 4]) rij.getCell(k).numFmt = formaat.aantal;
  }
  blad.addRow([]);
  kop(blad, [
    'Team',
    'Ontvangen',
    'Afgehandeld',
    'Binnen norm',
    'Aandeel binnen norm',
    'Open eind',
    'Te laat eind',
  ]);
  for (const t of c.perTeam)
    aantallen(
      blad,
      [
        t.teamNaam,
        t.ontvangen,
        t.gesloten,
        t.binnenNorm,
        t.aandeelBinnenNorm ?? '',
        t.openEinde,
        t.teLaatEinde,
      ],
      5,
    );
}

/** The zaken of the period, when the report has them: per zaaktype and per team, numbers as numbers. */
function zakenblad(boek: ExcelJS.stream.xlsx.WorkbookWriter, c: RapportCijfers) {
  const tabellen = zaaktabellen(c);
  if (tabellen.length === 0) return;
  const blad = boek.addWorksheet('Zaken');
  blad.columns = [{ width: 40 }, ...ZAAKKOLOMMEN.map(() => ({ width: 16 }))];
  blad.addRow([`Zaken, ${wieNaam(c)}, ${periodeNaam(c)}`]).font = { bold: true };
  for (const t of tabellen) {
    blad.addRow([]);
    kop(blad, [t.kop, ...ZAAKKOLOMMEN.map((k) => k.label)]);
    for (const r of t.rijen) {
      const rij = blad.addRow([r.naam, ...r.waarden.map((w) => w ?? '')]);
      ZAAKKOLOMMEN.forEach((k, i) => {
        rij.getCell(i + 2).numFmt = formaat[k.eenheid];
      });
    }
  }
}

function verzoekenblad(boek: ExcelJS.stream.xlsx.WorkbookWriter, regels: Verzoekregel[]) {
  const blad = boek.addWorksheet('Verzoeken', { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = VERZOEKKOLOMMEN.map((header, i) => ({
    header,
    width: [16, 20, 40, 18, 12, 18, 18, 10, 12][i],
    style: [3, 5].includes(i)
      ? { numFmt: xlsxFormaat.tijdstip }
      : i === 7
        ? { numFmt: xlsxFormaat.aantal }
        : {},
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
      r.resultaat ? label('resultaat', r.resultaat) : '',
      r.pogingen,
      jaNee(r.binnenNorm),
    ]);
  blad.autoFilter = { from: 'A1', to: 'I1' };
}

/** The spreadsheet: one sheet with the figures, one with the zaken, one with every request of the period (no BSN); streamed, row by row. */
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
  zakenblad(boek, c);
  verzoekenblad(boek, regels);
  await boek.commit();
  return Buffer.concat(delen);
}
