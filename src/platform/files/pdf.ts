import fs from 'node:fs';
import { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';
import { lazy } from '../lazy.js';

const pdfkit = lazy<typeof PDFKitDocument>('pdfkit');

/**
 * A Unicode font for the PDFs: the PDF standard fonts (Helvetica) know only Latin-1, so «→», «—»
 * in some viewers, and any emoji came out as «Ø=Ü»». DejaVu Sans (free licence) is looked for in
 * the npm package `dejavu-fonts-ttf` when installed, then where Debian, Ubuntu, Fedora, Alpine and
 * Homebrew put it; without it the text is reduced to what Helvetica can print.
 */
const fontCandidates = (file: string) => {
  const paths: string[] = [];
  try {
    paths.push(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`));
  } catch {
    // the package is optional
  }
  return [
    ...paths,
    `/usr/share/fonts/truetype/dejavu/${file}`,
    `/usr/share/fonts/dejavu/${file}`,
    `/usr/share/fonts/TTF/${file}`,
    `/usr/share/fonts/dejavu-sans-fonts/${file}`,
    `/opt/homebrew/share/fonts/${file}`,
    `/usr/local/share/fonts/${file}`,
  ];
};

function findFont(file: string): string | null {
  for (const candidate of fontCandidates(file)) if (fs.existsSync(candidate)) return candidate;
  return null;
}

let found: { regular: string | null; bold: string | null } | null = null;
function fonts() {
  found ??= { regular: findFont('DejaVuSans.ttf'), bold: findFont('DejaVuSans-Bold.ttf') };
  return found;
}

// What Helvetica (WinAnsi) can print: Latin-1 and a few typographic signs.
const winAnsiExtra = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const asciiFallbacks: Record<string, string> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '✓': 'v' };

// Emoji and their joiners, variation selectors and skin tones: dropped, the words around them kept.
const emoji = /(?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{E0020}-\u{E007F}]|\u{FE0E}|\u{FE0F}|\u{200D})/gu;

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** The regular and bold font names to pass to `doc.font`. */
  regular: string;
  bold: string;
  /** The finished file, once `doc.end()` is called. */
  done: Promise<Buffer>;
  /** Whether a Unicode font was found (else text is reduced to Latin-1). */
  unicode: boolean;
}

/**
 * A new A4 document with the Unicode font when there is one. Every `doc.text` goes through a
 * filter that drops emoji (no font here draws them) and signs the font lacks, so a participant's
 * «Más buses 🚌» prints «Más buses», never mojibake.
 */
export function newPdf(info: { Title: string; Author?: string }, margin = 50): Pdf {
  const doc = new (pdfkit())({ size: 'A4', margin, info: { Author: 'Minga', ...info }, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const { regular, bold } = fonts();
  const unicode = regular !== null && bold !== null;
  if (unicode) {
    doc.registerFont('minga-regular', regular);
    doc.registerFont('minga-bold', bold);
    doc.font('minga-regular');
  }
  const names = unicode
    ? { regular: 'minga-regular', bold: 'minga-bold' }
    : { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  const hasGlyph = (char: string): boolean => {
    const code = char.codePointAt(0) ?? 0;
    if (!unicode) return code < 0x100 || winAnsiExtra.has(char);
    // fontkit's font behind pdfkit's current embedded font (pdfkit does not expose it otherwise).
    const font = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(c: number): boolean } } })
      ._font?.font;
    return font?.hasGlyphForCodePoint ? font.hasGlyphForCodePoint(code) : true;
  };
  const printable = (text: string) =>
    Array.from(text.replace(emoji, ''))
      .map((char) => (char === '\n' || hasGlyph(char) ? char : (asciiFallbacks[char] ?? '')))
      .join('')
      .replace(/[ \t]{2,}/g, ' ');
  const text = doc.text.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  (doc as unknown as { text: (...args: unknown[]) => PDFKit.PDFDocument }).text = (value: unknown, ...rest) =>
    text(typeof value === 'string' ? printable(value) : value, ...rest);
  return { doc, ...names, done, unicode };
}
