import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { tijdstipLang } from '../../../../shared/nl';
import { GRAFIEK, type Grafiek, grafiekPerDag, grafiekVerdeling } from './grafieken';
import type { RapportCijfers } from './rapportcijfers';
import {
  dienstverleningsregels,
  kernregels,
  kerntekst,
  periodeNaam,
  wieNaam,
  ZAAKKOLOMMEN,
  zaaktabellen,
} from './teksten';

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

/** A table tagged as one (Table, TR, TH/TD), so a screen reader reads it as a table; the first row heads the columns. */
function tabel(doc: Doc, deel: Element, rijen: string[][], kolommen: number[]) {
  const tabelElement = doc.struct('Table');
  deel.add(tabelElement);
  for (const [i, rij] of rijen.entries()) {
    if (doc.y > doc.page.height - 70) doc.addPage();
    const y = doc.y;
    const tr = doc.struct('TR');
    tabelElement.add(tr);
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica');
    let x = doc.page.margins.left;
    for (const [k, cel] of rij.entries()) {
      const links = x;
      tr.add(
        doc.struct(i === 0 ? 'TH' : 'TD', {}, () => {
          doc.text(cel, links, y, { width: kolommen[k] - 6, lineBreak: false, ellipsis: true });
        }),
      );
      x += kolommen[k];
    }
    tr.end();
    doc.moveDown(0.3);
  }
  tabelElement.end();
  doc.font('Helvetica').x = doc.page.margins.left;
}

/** A chart as a figure with its words as alternative text; the figures themselves are in the tables and the spreadsheet. */
function grafiek(doc: Doc, deel: Element, g: Grafiek) {
  if (doc.y + g.hoogte > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  deel.add(
    doc.struct('Figure', { alt: g.beschrijving }, () => {
      SVGtoPDF(doc, g.svg, doc.page.margins.left, y, { width: GRAFIEK.breedte, height: g.hoogte });
    }),
  );
  doc.y = y + g.hoogte + 10;
}

/** The zaken tables, in a smaller type: ten columns on a portrait page. */
function zakenInPdf(doc: Doc, deel: Element, c: RapportCijfers) {
  for (const t of zaaktabellen(c)) {
    doc.moveDown().font('Helvetica-Bold').fontSize(12);
    alinea(doc, deel, 'H2', t.titel);
    doc.font('Helvetica').fontSize(7);
    tabel(
      doc,
      deel,
      [
        [t.kop, ...ZAAKKOLOMMEN.map((k) => k.kort)],
        ...t.rijen.map((r) => [
          r.naam,
          ...r.waarden.map((waarde, i) => kerntekst({ waarde, eenheid: ZAAKKOLOMMEN[i].eenheid })),
        ]),
      ],
      [117, ...ZAAKKOLOMMEN.map(() => 42)],
    );
    doc.fontSize(10);
  }
}

/** First-contact resolution, channel mix and the KTO of the same period, under their own heading. */
function dienstverleningInPdf(doc: Doc, deel: Element, c: RapportCijfers) {
  const regels = dienstverleningsregels(c);
  if (regels.length === 0) return;
  doc.moveDown().font('Helvetica-Bold').fontSize(12);
  alinea(doc, deel, 'H2', 'Dienstverlening: contacten en klanttevredenheid');
  doc.font('Helvetica').fontSize(10);
  tabel(doc, deel, [['Kengetal', 'Waarde'], ...regels.map((r) => [r.label, kerntekst(r)])], [250, 200]);
}

const alinea = (doc: Doc, deel: Element, type: string, tekst: string) =>
  deel.add(doc.struct(type, {}, () => doc.text(tekst)));

/**
 * The management report: key figures, two charts and (for the organisation) a table per team.
 * A tagged PDF in Dutch with its title shown (PDF/UA asks that of a government document).
 */
export function maakPdf(c: RapportCijfers, aangemaakt: Date): Promise<Buffer> {
  const titel = `Managementrapportage contactverzoeken ${wieNaam(c)}, ${periodeNaam(c)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: titel, Author: 'Stadspunt' },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  const deel = doc.struct('Document');
  doc.addStructure(deel);
  doc.font('Helvetica-Bold').fontSize(16);
  alinea(doc, deel, 'H1', 'Managementrapportage contactverzoeken');
  doc.font('Helvetica').fontSize(11);
  alinea(doc, deel, 'P', `${wieNaam(c)}, ${periodeNaam(c)}`);
  doc.fontSize(8).fillColor('#555');
  alinea(doc, deel, 'P', `Gemaakt op ${tijdstipLang(aangemaakt)}`);
  doc.fillColor('#000').fontSize(10).moveDown();
  tabel(
    doc,
    deel,
    [['Kengetal', 'Waarde'], ...kernregels(c).map((r) => [r.label, kerntekst(r)])],
    [250, 200],
  );
  doc.moveDown();
  grafiek(doc, deel, grafiekPerDag(c));
  grafiek(doc, deel, grafiekVerdeling(c));
  if (c.teamId === null) {
    doc.moveDown();
    const aantal = (n: number) => kerntekst({ waarde: n, eenheid: 'aantal' });
    tabel(
      doc,
      deel,
      [
        ['Team', 'Ontvangen', 'Afgehandeld', 'Binnen norm', 'Open eind', 'Te laat eind'],
        ...c.perTeam.map((t) => [
          t.teamNaam,
          aantal(t.ontvangen),
          aantal(t.gesloten),
          kerntekst({ waarde: t.aandeelBinnenNorm, eenheid: 'aandeel' }),
          aantal(t.openEinde),
          aantal(t.teLaatEinde),
        ]),
      ],
      [150, 65, 70, 70, 70, 70],
    );
  }
  dienstverleningInPdf(doc, deel, c);
  zakenInPdf(doc, deel, c);
  deel.end();
  doc.end();
  return klaar;
}
