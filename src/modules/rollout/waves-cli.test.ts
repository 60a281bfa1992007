import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedDataDir } from '../../test/shared.js';

const regionsCsv = path.join(sharedDataDir, 'regions.csv');
const indicators =
  'population_2024,population_15plus_2024,rural_share_2024,labour_force_2024_thousands,participation_rate_2024';
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-waves-'));

function minga(...args: string[]) {
  const result = spawnSync('node', ['bin/minga.js', 'rollout', 'waves', ...args], {
    encoding: 'utf8',
    env: { ...process.env, MINGA_LOCALE: 'es' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function csvFile(name: string, text: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('minga rollout waves: bad input', () => {
  it('refuses a CSV without the id column', () => {
    const result = minga('--units', csvFile('no-id.csv', 'code,a\nX,1\nY,2\n'), '--groups', '2');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no tiene la columna de identificador «iso_code»');
    expect(result.stderr).not.toContain('    at ');
  });

  it('names file, line and column of a non-numeric value', () => {
    const file = csvFile('bad-number.csv', 'iso_code,a,b\nX,1,2\n\nY,3,n/d\nZ,4,5\n');
    const result = minga('--units', file, '--groups', '2', '--columns', 'a,b');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${file}:4: b: «n/d» no es un número`);
  });

  it('refuses more groups than units', () => {
    const result = minga('--units', csvFile('small.csv', 'iso_code,a\nX,1\nY,2\n'), '--groups', '3');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('No se pueden formar 3 grupos con 2 unidades');
  });

  it('refuses an empty CSV and a missing file', () => {
    const empty = minga('--units', csvFile('empty.csv', ''), '--groups', '2');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('está vacío');
    const missing = minga('--units', path.join(folder, 'nothing.csv'), '--groups', '2');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no existe');
  });

  it('refuses a K that is not a whole number', () => {
    const result = minga('--units', csvFile('k.csv', 'iso_code,a\nX,1\nY,2\n'), '--groups', 'dos');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--groups debe ser un número entero');
  });
});

describe.runIf(sharedDataAvailable())('minga rollout waves on the real regions.csv', () => {
  it('refuses an excluded code that does not exist', () => {
    const result = minga('--units', regionsCsv, '--groups', '4', '--exclude', 'CL-BI,CL-XX');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no contiene la unidad excluida «CL-XX»');
  });

  it('splits the 16 regions into 4 waves of 4 at the exact optimum', () => {
    const result = minga('--units', regionsCsv, '--groups', '4', '--columns', indicators, '--json');
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.exact).toBe(true);
    expect(output.groups).toHaveLength(4);
    for (const group of output.groups) expect(group).toHaveLength(4);
    expect(output.groups.flat().sort()).toHaveLength(16);
    expect(output.objective).toBeCloseTo(70.2326, 3);
    expect(output.objective).toBeGreaterThan(output.randomObjective);
  });

  it('by default uses every numeric column but the id, and honours --exclude and --balance-column', () => {
    const result = minga(
      '--units',
      regionsCsv,
      '--groups',
      '3',
      '--exclude',
      'CL-RM',
      '--balance-column',
      'macrozone',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.columns).toContain('number');
    expect(output.columns).not.toContain('iso_code');
    expect(output.groups.flat()).not.toContain('CL-RM');
    expect(output.groups.map((group: string[]) => group.length).sort()).toEqual([5, 5, 5]);
  });
});
