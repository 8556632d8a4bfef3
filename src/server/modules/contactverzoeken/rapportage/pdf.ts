import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { GRAFIEK, type Grafiek, grafiekPerDag, grafiekVerdeling } from './grafieken';
import type { RapportCijfers } from './rapportcijfers';
import { getal, kernregels, periodeNaam, procent, wieNaam } from './teksten';

function tabel(doc: PDFKit.PDFDocument, rijen: string[][], kolommen: number[]) {
  for (const [i, rij] of rijen.entries()) {
    if (doc.y > doc.page.height - 70) doc.addPage();
    const y = doc.y;
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica');
    let x = doc.page.margins.left;
    for (const [k, cel] of rij.entries()) {
      doc.text(cel, x, y, { width: kolommen[k] - 6, lineBreak: false, ellipsis: true });
      x += kolommen[k];
    }
    doc.moveDown(0.3);
  }
  doc.font('Helvetica').x = doc.page.margins.left;
}

function grafiek(doc: PDFKit.PDFDocument, g: Grafiek) {
  if (doc.y + g.hoogte > doc.page.height - doc.page.margins.bottom) doc.addPage();
  SVGtoPDF(doc, g.svg, doc.page.margins.left, doc.y, { width: GRAFIEK.breedte, height: g.hoogte });
  doc.y += g.hoogte + 10;
}

/** The management report: key figures, two charts and (for the organisation) a table per team. */
export function maakPdf(c: RapportCijfers, aangemaakt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Managementrapportage contactverzoeken ${periodeNaam(c)}`, Author: 'Stadspunt' },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text('Managementrapportage contactverzoeken');
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${wieNaam(c)}, ${periodeNaam(c)}`);
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(`Gemaakt op ${aangemaakt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  doc.fillColor('#000').fontSize(10).moveDown();
  tabel(doc, [['Kengetal', 'Waarde'], ...kernregels(c)], [250, 200]);
  doc.moveDown();
  grafiek(doc, grafiekPerDag(c));
  grafiek(doc, grafiekVerdeling(c));
  if (c.teamId === null) {
    doc.moveDown();
    tabel(
      doc,
      [
        ['Team', 'Ontvangen', 'Afgehandeld', 'Binnen norm', 'Open eind', 'Te laat eind'],
        ...c.perTeam.map((t) => [
          t.teamNaam,
          getal(t.ontvangen),
          getal(t.gesloten),
          procent(t.aandeelBinnenNorm),
          getal(t.openEinde),
          getal(t.teLaatEinde),
        ]),
      ],
      [150, 65, 70, 70, 70, 70],
    );
  }
  doc.end();
  return klaar;
}
