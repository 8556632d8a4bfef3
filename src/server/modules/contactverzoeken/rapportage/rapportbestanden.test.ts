import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { maakPdf } from './pdf';
import type { RapportCijfers } from './rapportcijfers';
import { maakXlsx } from './xlsx';

const figuren = {
  ontvangen: 1234,
  gesloten: 1100,
  binnenNorm: 851,
  buitenNorm: 249,
  aandeelBinnenNorm: 851 / 1100,
  gemiddeldeDoorlooptijdUren: 20.25,
  pogingenPerVerzoek: 1.5,
  openEinde: 40,
  teLaatEinde: 3,
};
const zaakfiguren = {
  afgesloten: 2345,
  binnenServicenorm: 2000,
  binnenTermijn: 2300,
  teLaat: 45,
  gemiddeldeDoorlooptijdDagen: 23.4,
  open: 610,
  openTeLaat: 12,
  opgeschort: 31,
  verlengd: 7,
};
const dienstverlening = {
  contacten: 5120,
  fcr: 0.712,
  naief: 0.804,
  aandeelDigitaal: 0.31,
  kto: { uitgenodigd: 900, beantwoord: 360, respons: 0.4, gemiddeldeScore: 3.87, inEenKeer: 0.66 },
};
const cijfers: RapportCijfers = {
  soort: 'week',
  van: '2026-11-23',
  tot: '2026-11-29',
  teamId: null,
  teamNaam: null,
  ...figuren,
  resultaten: { beantwoord: 900, 'zaak-aangemaakt': 100, doorverwezen: 60, 'niet-bereikbaar': 40 },
  perDag: [{ datum: '2026-11-23', ontvangen: 1234, gesloten: 1100, binnenNorm: 851 }],
  perTeam: [{ teamId: '00000000-0000-4000-8000-000000000001', teamNaam: 'Belastingen', ...figuren }],
  zaken: {
    totaal: zaakfiguren,
    perTeam: [{ teamId: '00000000-0000-4000-8000-000000000001', teamNaam: 'Belastingen', ...zaakfiguren }],
    perZaaktype: [
      { zaaktype: 'ZT-KWIJT', omschrijving: 'Kwijtschelding gemeentelijke belastingen', ...zaakfiguren },
    ],
  },
  dienstverlening,
};

const map = mkdtempSync(path.join(tmpdir(), 'rapport-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Runs a poppler tool; without poppler-utils the test says how to get it, in one line. */
function poppler(tool: 'pdfinfo' | 'pdftotext', ...args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} ontbreekt: apt-get install -y poppler-utils`);
    throw e;
  }
}

describe('the report as a PDF', async () => {
  const bestand = path.join(map, 'rapport.pdf');
  // 19:02 UTC on 1 December is 20:02 in Amsterdam.
  writeFileSync(bestand, await maakPdf(cijfers, new Date('2026-12-01T19:02:00Z')));

  it('is a tagged PDF in Dutch that shows its title', () => {
    const info = poppler('pdfinfo', bestand);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(
      /^Title:\s+Managementrapportage contactverzoeken de hele organisatie, week 2026-W48/m,
    );
    const catalogus = poppler('pdfinfo', '-struct', bestand);
    expect(catalogus).toMatch(/Document/);
    expect(catalogus).toMatch(/Table/);
    expect(catalogus).toMatch(/Figure/);
  });

  it('states when it was made in Amsterdam time, and its figures and codes in Dutch', () => {
    const tekst = poppler('pdftotext', '-layout', bestand, '-').replace(/\u00a0/g, ' ');
    expect(tekst).toContain('Gemaakt op 1 december 2026 20:02');
    expect(tekst).not.toContain('UTC');
    expect(tekst).toMatch(/Aandeel binnen de norm\s+77,4 %/);
    expect(tekst).toMatch(/Ontvangen\s+1\.234/);
    expect(tekst).toMatch(/Gemiddelde doorlooptijd\s+20,3 uur/);
    expect(tekst).toContain('23 november 2026 t/m 29 november 2026');
    expect(tekst).not.toMatch(/zaak-aangemaakt|niet-bereikbaar|\d+\.\d %/);
  });

  it('has first-contact resolution, the digital share and the KTO under their own heading', () => {
    const tekst = poppler('pdftotext', '-layout', bestand, '-').replace(/\u00a0/g, ' ');
    expect(tekst).toContain('Dienstverlening: contacten en klanttevredenheid');
    expect(tekst).toMatch(/First-contact resolution\s+71,2 %/);
    expect(tekst).toMatch(/Digitaal binnengekomen\s+31 %/);
    expect(tekst).toMatch(/KTO: gemiddelde score \(1–5\)\s+3,9/);
    expect(tekst).toMatch(/KTO: respons\s+40 %/);
  });

  it('has the zaken per zaaktype with a total and per team, under their own headings', () => {
    const tekst = poppler('pdftotext', '-layout', bestand, '-').replace(/\u00a0/g, ' ');
    expect(tekst).toContain('Zaken per zaaktype');
    expect(tekst).toContain('Zaken per team');
    expect(tekst).toMatch(/Totaal\s+2\.345\s+2\.000\s+2\.300\s+45\s+23,4\s+610\s+12\s+31\s+7/);
    expect(poppler('pdfinfo', '-struct', bestand)).toMatch(/H2/);
  });
});

describe('the report as a spreadsheet', async () => {
  const boek = new ExcelJS.Workbook();
  const bytes = await maakXlsx(cijfers, []);
  await boek.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const blad = boek.getWorksheet('Cijfers') as ExcelJS.Worksheet;
  const rij = (label: string) => {
    let gevonden: ExcelJS.Row | undefined;
    blad.eachRow((r) => {
      if (!gevonden && r.getCell(1).value === label) gevonden = r;
    });
    return gevonden as ExcelJS.Row;
  };

  it('stores the key figures as numbers with a number format, not as text', () => {
    const ontvangen = rij('Ontvangen').getCell(2);
    expect(ontvangen.type).toBe(ExcelJS.ValueType.Number);
    expect(ontvangen.value).toBe(1234);
    expect(ontvangen.numFmt).toBe('#,##0');
    const aandeel = rij('Aandeel binnen de norm').getCell(2);
    expect(aandeel.type).toBe(ExcelJS.ValueType.Number);
    expect(aandeel.value).toBeCloseTo(0.7736, 4);
    expect(aandeel.numFmt).toBe('0.0%');
    expect(rij('Gemiddelde doorlooptijd').getCell(2).value).toBe(20.25);
    expect(rij('Belastingen').getCell(5).numFmt).toBe('0.0%');
  });

  it('has the service figures as numbers beside the key figures', () => {
    expect(rij('First-contact resolution').getCell(2).value).toBe(0.712);
    expect(rij('First-contact resolution').getCell(2).numFmt).toBe('0.0%');
    expect(rij('KTO: gemiddelde score (1–5)').getCell(2).value).toBe(3.87);
    expect(rij('KTO: ingevuld').getCell(2).numFmt).toBe('#,##0');
  });

  it('has a sheet of the zaken, their figures numbers', () => {
    const zaken = boek.getWorksheet('Zaken') as ExcelJS.Worksheet;
    const rijen = zaken.getSheetValues() as unknown[][];
    const totaal = rijen.find((r) => r?.[1] === 'Totaal') as unknown[];
    expect(totaal.slice(2)).toEqual([2345, 2000, 2300, 45, 23.4, 610, 12, 31, 7]);
    expect(rijen.find((r) => r?.[1] === 'Belastingen')?.[2]).toBe(2345);
    expect(boek.worksheets.map((w) => w.name)).toEqual(['Cijfers', 'Zaken', 'Verzoeken']);
  });

  it('names the results in words', () => {
    expect(rij('Zaak aangemaakt').getCell(2).value).toBe(100);
    expect(rij('Niet bereikbaar').getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(rij('zaak-aangemaakt')).toBeUndefined();
  });
});
