import type QRCodeTypes from 'qrcode';
import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { newPdf } from '../../platform/files/pdf.js';
import { lazy } from '../../platform/lazy.js';
import { joinUrlOf, questionsOf, requireRunnable, tablesOf } from '../dialogues/index.js';

const qrcode = lazy<typeof QRCodeTypes>('qrcode');

type Locale = 'es' | 'en';
const words = {
  es: {
    join: 'Únete desde tu teléfono',
    scan: 'Escanea el código QR',
    orType: 'o entra a',
    andCode: 'y escribe el código',
    table: 'Mesa',
    question: 'Pregunta',
  },
  en: {
    join: 'Join from your phone',
    scan: 'Scan the QR code',
    orType: 'or go to',
    andCode: 'and type the code',
    table: 'Table',
    question: 'Question',
  },
};

/** The QR code drawn as vector squares (sharp at any print size). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const cell = size / (count + 4);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row += 1)
    for (let col = 0; col < count; col += 1)
      if (modules.get(row, col)) doc.rect(x + (col + 2) * cell, y + (row + 2) * cell, cell, cell);
  doc.fill('#000000');
}

const grouped = (code: string) => code.match(/.{1,3}/g)?.join(' ') ?? code;

/**
 * Printables for the room: an A4 poster (QR, short address, code) and table cards, two to a page
 * (cut in half, fold and stand), each with its table's name, the QR and the questions.
 */
export async function printablesPdf(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  baseUrl: string,
  locale: Locale,
): Promise<Buffer> {
  const dialogue = await requireRunnable(ctx.db, actor, dialogueId);
  const [tables, questions] = await Promise.all([
    tablesOf(ctx.db, dialogueId),
    questionsOf(ctx.db, dialogueId),
  ]);
  const w = words[locale];
  const url = joinUrlOf(baseUrl, dialogue.join_code);
  const shortBase = baseUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const { doc, regular, bold, done } = newPdf({ Title: dialogue.title }, 40);
  const width = doc.page.width;
  const inner = width - 80;

  // The poster.
  doc
    .font(bold)
    .fontSize(26)
    .fillColor('#1f2933')
    .text(dialogue.title, 40, 50, { width: inner, align: 'center' });
  doc.moveDown(0.5).font(bold).fontSize(30).text(w.join, { width: inner, align: 'center' });
  const qrSize = 330;
  drawQr(doc, url, (width - qrSize) / 2, doc.y + 20, qrSize);
  doc.y += qrSize + 40;
  doc.font(regular).fontSize(18).text(`${w.scan} ${w.orType}`, 40, doc.y, { width: inner, align: 'center' });
  doc.font(bold).fontSize(30).text(shortBase, { width: inner, align: 'center' });
  doc.font(regular).fontSize(18).text(w.andCode, { width: inner, align: 'center' });
  doc
    .font(bold)
    .fontSize(54)
    .fillColor('#1d5fa8')
    .text(grouped(dialogue.join_code), { width: inner, align: 'center' });

  // Table cards, two per page.
  const half = doc.page.height / 2;
  tables.forEach((table, index) => {
    if (index % 2 === 0) doc.addPage();
    const top = index % 2 === 0 ? 40 : half + 30;
    if (index % 2 === 1)
      doc
        .moveTo(20, half)
        .lineTo(width - 20, half)
        .dash(4, { space: 4 })
        .strokeColor('#9aa5b1')
        .stroke()
        .undash();
    doc
      .font(bold)
      .fontSize(40)
      .fillColor('#1f2933')
      .text(table.name, 40, top, { width: inner - 190 });
    doc
      .font(regular)
      .fontSize(12)
      .fillColor('#52606d')
      .text(dialogue.title, { width: inner - 190 });
    doc.moveDown(0.4);
    for (const question of questions.slice(0, 3))
      doc
        .font(regular)
        .fontSize(12)
        .fillColor('#1f2933')
        .text(`${questions.length > 1 ? `${w.question} ${question.position}: ` : ''}${question.text}`, {
          width: inner - 190,
        });
    drawQr(doc, url, width - 40 - 170, top, 170);
    doc
      .font(bold)
      .fontSize(16)
      .fillColor('#1d5fa8')
      .text(grouped(dialogue.join_code), width - 40 - 170, top + 178, { width: 170, align: 'center' });
    doc
      .font(regular)
      .fontSize(10)
      .fillColor('#52606d')
      .text(shortBase, width - 40 - 170, top + 200, { width: 170, align: 'center' });
  });
  doc.end();
  return done;
}
