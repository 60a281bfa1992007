import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './cells.js';

const formulaStart = /^[=+\-@\t\r＝＋－＠]/;

describe('neutraliseCell and restoreCell', () => {
  const texts = [
    '=HYPERLINK("http://x")',
    '-5 % de desempleo',
    '+56 9 1234 5678',
    '@SUMA(A1)',
    '\tx',
    '\rx',
    '＝1+1',
    '＋56',
    '－5',
    '＠cmd',
    "'ya con comilla",
    "'=1+1",
    "''-2",
    "'",
    "''",
    'Cursos de soldadura',
    ' =espacio',
    'a=b',
    '',
  ];

  it('makes every formula start inert with one apostrophe and leaves other texts alone', () => {
    for (const text of texts) {
      const cell = neutraliseCell(text);
      expect(cell).not.toMatch(formulaStart);
      expect(cell).toBe(/^'*[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text);
    }
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBe(null);
  });

  it('gives back exactly the text that was neutralised, a leading apostrophe included', () => {
    for (const text of texts) expect(restoreCell(neutraliseCell(text))).toBe(text);
    // A quote nobody added before a formula start stays: only one neutralisation quote is removed.
    expect(restoreCell("'hola")).toBe("'hola");
    expect(restoreCell("'=1")).toBe('=1');
    expect(restoreCell("''=1")).toBe("'=1");
  });
});
