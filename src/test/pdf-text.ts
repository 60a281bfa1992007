import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Whether a PDF can be read back as text: poppler's `pdftotext` must be installed. In CI (CI=true)
 * its absence is an error; on a user's machine the tests that read PDFs skip with a message.
 */
export const pdfTextAvailable: boolean = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error('pdftotext no está instalado y CI=true: instálalo (apt-get install poppler-utils).');
    console.warn('[minga] pdftotext no está instalado; se omiten las pruebas que leen PDF (poppler-utils).');
    return false;
  }
})();

/** The PDF's text as poppler reads it (layout kept, so a line reads as printed). */
export function pdfText(pdf: Buffer | Uint8Array, keepAs?: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-pdf-'));
  const file = path.join(folder, 'document.pdf');
  try {
    fs.writeFileSync(file, pdf);
    if (keepAs && process.env.MINGA_SHOTS)
      fs.copyFileSync(file, path.join(process.env.MINGA_SHOTS, `${keepAs}.pdf`));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
