import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-themes-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

function minga(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/minga.js', 'themes', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MINGA_LOCALE: 'es' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ideas = [
  'idea_id,text,dots',
  'a1,Más cursos de capacitación en oficios para jóvenes,4',
  'a2,"Capacitación gratuita en oficios para jóvenes, con certificación",1',
  'a3,Becas de capacitación en oficios para jóvenes desempleados,0',
  'b1,Buses nocturnos de transporte público para ir al trabajo,2',
  'b2,Más recorridos de transporte público y buses rurales,',
  'b3,Subsidio al transporte público en buses para trabajadores,1',
].join('\n');

// Each case starts the CLI as a new process (tsx compiles on start), which is slow on a busy machine.
describe('minga themes', { timeout: 150_000 }, () => {
  it('prints every idea in exactly one theme as JSON, the same for the same seed', () => {
    const file = write('ideas.csv', ideas);
    const first = minga(file, '--k', '2', '--seed', '3', '--json');
    expect(first.code).toBe(0);
    const output = JSON.parse(first.stdout) as {
      themes: Array<{
        theme_id: number;
        label: string;
        keywords: string[];
        idea_ids: string[];
        dots: number;
      }>;
    };
    expect(Object.keys(output)).toEqual(['themes']);
    expect(Object.keys(output.themes[0]).sort()).toEqual([
      'dots',
      'idea_ids',
      'keywords',
      'label',
      'theme_id',
    ]);
    const groups = output.themes.map((theme) => theme.idea_ids.map((id) => id[0]).join('')).sort();
    expect(groups).toEqual(['aaa', 'bbb']);
    expect(output.themes.reduce((sum, theme) => sum + theme.dots, 0)).toBe(8);
    expect(first.stderr).toContain('k = 2, indicado');
    expect(minga(file, '--k', '2', '--seed', '3', '--json').stdout).toBe(first.stdout);
  });

  it('chooses k itself and says how on stderr', () => {
    const result = minga(write('auto.csv', ideas), '--json');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/elegido automáticamente: mayor silueta/);
  });

  it.each([
    ['an empty file', () => [write('empty.csv', '')], /está vacío/],
    ['only a header', () => [write('header.csv', 'idea_id,text\n')], /solo tiene el encabezado/],
    [
      'missing columns',
      () => [write('columns.csv', 'id,texto\n1,algo\n')],
      /:1: faltan las columnas idea_id y text/,
    ],
    [
      'k above the number of ideas',
      () => [write('few.csv', ideas), '--k', '7'],
      /pediste 7 temas, pero el archivo tiene solo 6 ideas/,
    ],
    ['k zero', () => [write('zero.csv', ideas), '--k', '0'], /--k: debe ser 1 o más/],
    [
      'a UTF-8 BOM before bytes that are not UTF-8',
      () => [
        write(
          'mixed.csv',
          Buffer.concat([
            Buffer.from([0xef, 0xbb, 0xbf]),
            Buffer.from('idea_id,text\n1,ok\n2,capacitaci\xf3n\n', 'latin1'),
          ]),
        ),
      ],
      /mixed\.csv:3:1: el archivo dice ser UTF-8/,
    ],
    [
      'bad dots',
      () => [write('dots.csv', 'idea_id,text,dots\n1,hola,-2\n')],
      /dots\.csv:2: dots: «-2» no es un entero/,
    ],
    [
      'a repeated id',
      () => [write('repeated.csv', 'idea_id,text\n1,hola\n1,chao\n')],
      /:3: idea_id: «1» está repetido/,
    ],
    ['a missing file', () => [path.join(folder, 'no-such.csv')], /no existe ese archivo/],
  ])('refuses %s with a Spanish message and no stack trace', (_, args, message) => {
    const result = minga(...args());
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });
});
