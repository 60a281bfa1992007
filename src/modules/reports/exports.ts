import type ExcelJS from 'exceljs';
import { today } from '../../platform/dates.js';
import { type CsvFlavour, csvDocument, csvLine } from '../../platform/files/csv.js';
import { newPdf } from '../../platform/files/pdf.js';
import { lazy } from '../../platform/lazy.js';
import type { Dashboard } from './service.js';
import type { ResultTable } from './tables.js';

const excel = lazy<typeof ExcelJS>('exceljs');

/**
 * One table as CSV (UTF-8 with BOM so spreadsheets read the accents), text cells neutralised by
 * csvLine; `excel` writes «CSV para Excel» (`;`, decimal commas).
 */
export function tableCsv(table: ResultTable, flavour: CsvFlavour = 'standard'): string {
  const lines = [table.columns, ...table.rows].map((row) => csvLine(row, '\n', flavour));
  return `\ufeff${csvDocument(lines)}`;
}

/**
 * A workbook with one sheet per table. ExcelJS stores a JavaScript string as a string cell (a shared
 * string, `t="s"`), never as a formula, so a text that starts with `=` is shown as text and is not
 * run: it is written exactly as it is, without the apostrophe a CSV needs (platform/files/cells.ts).
 */
export async function tablesXlsx(tables: ResultTable[]): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  workbook.creator = 'Minga';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 || table.columns[index] === 'Idea' ? 48 : 16;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ink = '#1f2933';
const accent = '#1d5fa8';
const muted = '#52606d';

/**
 * The PDF report: summary sentence, key figures, and the charts drawn as vector graphics (bars and
 * the Lorenz curve) with their numbers printed beside them. Idea texts are set as plain text.
 */
export function dashboardPdf(
  dashboard: Dashboard,
  tables: ResultTable[],
  scopeTitle: string,
): Promise<Buffer> {
  const { doc, regular, bold, done } = newPdf({ Title: `Resultados — ${scopeTitle}` });
  const width = doc.page.width - 100;

  doc.fillColor(ink).font(bold).fontSize(20).text(`Resultados: ${scopeTitle}`);
  doc.moveDown(0.3).font(regular).fontSize(10).fillColor(muted).text(`Generado por Minga el ${today()}`);
  doc.moveDown().fillColor(ink).fontSize(13).text(`${dashboard.summary}.`, { width });
  doc.moveDown();

  const byName = new Map(tables.map((table) => [table.name, table]));
  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - 60) doc.addPage();
  };
  const heading = (text: string) => {
    ensureSpace(60);
    doc.moveDown(0.5).font(bold).fontSize(13).fillColor(ink).text(text, 50);
    doc.moveDown(0.3).font(regular).fontSize(10);
  };
  const bars = (title: string, rows: Array<[string, number]>) => {
    heading(title);
    const max = Math.max(1, ...rows.map(([, value]) => value));
    const labelWidth = 170;
    const barWidth = width - labelWidth - 50;
    for (const [label, value] of rows) {
      ensureSpace(18);
      const y = doc.y;
      doc
        .fillColor(ink)
        .fontSize(9)
        .text(label, 50, y, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
      const length = (value / max) * barWidth;
      doc.rect(50 + labelWidth, y, Math.max(1, length), 10).fill(accent);
      doc.fillColor(ink).text(String(value), 50 + labelWidth + length + 6, y, { lineBreak: false });
      doc.y = y + 16;
    }
  };
  const fromTable = (name: string) =>
    (byName.get(name)?.rows ?? []).map((row) => [String(row[0]), Number(row[1])] as [string, number]);

  heading('Cifras principales');
  for (const [label, value] of (byName.get('resumen')?.rows ?? []) as Array<[string, number | null]>) {
    ensureSpace(14);
    doc
      .fillColor(ink)
      .fontSize(10)
      .text(`${label}: ${value ?? '—'}`, 50);
  }

  bars('Participación por sector', fromTable('sector'));
  bars('Participación por género', fromTable('genero'));
  bars('Participación por tramo de edad', fromTable('edad'));
  bars('Participación por tipo de organización', fromTable('tipo_organizacion'));
  bars('Ideas por mesa', fromTable('ideas_mesa').slice(0, 20));
  bars('Evaluación del método', fromTable('satisfaccion'));

  // Lorenz curve: share of ideas (fewest votes first) against share of votes held.
  heading('Concentración de los votos (curva de Lorenz)');
  ensureSpace(230);
  const size = 200;
  const left = 90;
  const top = doc.y + 5;
  doc.lineWidth(1).strokeColor(muted).rect(left, top, size, size).stroke();
  doc
    .strokeColor('#9aa5b1')
    .dash(3, { space: 3 })
    .moveTo(left, top + size)
    .lineTo(left + size, top)
    .stroke()
    .undash();
  const curve = dashboard.lorenz;
  doc.strokeColor(accent).lineWidth(2);
  curve.forEach(([x, y], index) => {
    const px = left + x * size;
    const py = top + size - y * size;
    if (index === 0) doc.moveTo(px, py);
    else doc.lineTo(px, py);
  });
  doc.stroke().lineWidth(1);
  doc.fillColor(ink).fontSize(8);
  doc.text('0 %', left - 20, top + size - 4, { lineBreak: false });
  doc.text('100 %', left - 30, top - 4, { lineBreak: false });
  doc.text('% de ideas →', left + size - 60, top + size + 4, { lineBreak: false });
  doc.text('% de votos', left - 45, top + size / 2, { lineBreak: false });
  doc
    .fontSize(10)
    .text(
      `Gini ${dashboard.report.concentration.gini.toFixed(2)}. La diagonal sería un reparto igual de los votos entre todas las ideas.`,
      left + size + 20,
      top + 20,
      { width: width - size - 60 },
    );
  doc.y = top + size + 25;

  const regions = byName.get('regiones');
  if (regions && regions.rows.length > 1) {
    heading('Regiones lado a lado');
    for (const row of regions.rows) {
      ensureSpace(14);
      // «Región: Diálogos 1, Participantes (asistencias) 30, …»: each figure under its one name.
      const figures = regions.columns
        .slice(1)
        .map((column, index) => `${column} ${row[index + 1] ?? '—'}`)
        .join('; ');
      doc.fontSize(9).fillColor(ink).text(`${row[0]}: ${figures}`, 50, doc.y, { width });
    }
  }

  heading('Ideas con más votos');
  for (const [rank, text, dots, region] of byName.get('ideas_principales')?.rows ?? []) {
    ensureSpace(30);
    doc
      .fontSize(9)
      .fillColor(ink)
      .text(`${rank}. ${String(text)} — ${dots} puntos (${region})`, 50, doc.y, { width });
  }
  doc.end();
  return done;
}
