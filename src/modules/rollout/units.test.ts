import { describe, expect, it } from 'vitest';
import { readUnits } from './units.js';

describe('a units file as Excel in es-CL saves it', () => {
  it('reads `;`, Windows-1252 and decimal commas (1.234,5), and says how it read them', () => {
    const bytes = Buffer.from(
      'iso_code;nombre;matrícula;tasa\r\nCL-NB;Ñuble;1.234,5;0,25\r\nCL-BI;Biobío;980;1,5\r\n',
      'latin1',
    );
    const table = readUnits(bytes, 'unidades.csv', { idColumn: 'iso_code' });
    expect(table.ids).toEqual(['CL-NB', 'CL-BI']);
    expect(table.columns).toEqual(['matrícula', 'tasa']);
    expect(table.values).toEqual([
      [1234.5, 0.25],
      [980, 1.5],
    ]);
    expect(table.dialect).toMatchObject({ delimiter: ';', encoding: 'windows-1252', decimalComma: true });
  });

  it('still refuses a value that is not a number, naming file, line and column', () => {
    expect(() => readUnits('iso_code;tasa;otra\nCL-NB;0,5;1\nCL-BI;n/d;2\nCL-RM;1,5;3\n', 'u.csv')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'u.csv:3: tasa' })] }),
    );
  });
});
