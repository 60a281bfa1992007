import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plantedConsultation } from './math/planted.js';

const root = path.resolve(import.meta.dirname, '../../..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-opinion-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

function minga(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/minga.js', 'opinion-groups', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MINGA_LOCALE: 'es' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A planted consultation written as Pol.is writes participants-votes.csv. */
function polisCsv(): string {
  const { matrix } = plantedConsultation({
    participants: 120,
    statements: 20,
    votesEach: 12,
    groups: 2,
    seed: 5,
  });
  const header = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'];
  for (let col = 0; col < matrix.statements; col += 1) header.push(String(col));
  const lines = [header.join(',')];
  for (let row = 0; row < matrix.participants; row += 1) {
    const cells: string[] = Array.from({ length: matrix.statements }, () => '');
    for (let at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at += 1) {
      cells[matrix.columns[at]] = String(matrix.values[at]);
    }
    lines.push([`p${row}`, '', '0', '0', '0', '0', ...cells].join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('minga opinion-groups', { timeout: 150_000 }, () => {
  it('prints the groups, representative statements and consensus as JSON, the same every time', () => {
    const file = write('participants-votes.csv', polisCsv());
    const first = minga(file, '--json');
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    const output = JSON.parse(first.stdout) as {
      groups: Array<{ group_id: number; participant_ids: string[] }>;
      representative: Record<string, Array<{ statement_id: string; direction: string }>>;
      consensus: unknown[];
      divisive: unknown[];
    };
    expect(Object.keys(output)).toEqual(['groups', 'representative', 'consensus', 'divisive']);
    expect(output.groups.map((group) => group.group_id)).toEqual([0, 1]);
    const everyone = output.groups.flatMap((group) => group.participant_ids);
    expect(new Set(everyone).size).toBe(120);
    expect(Object.keys(output.representative)).toEqual(['0', '1']);
    expect(output.representative['0'][0]).toMatchObject({
      direction: expect.stringMatching(/^(agree|disagree)$/),
    });
    expect(minga(file, '--json').stdout).toBe(first.stdout);
  });

  it('refuses a malformed file naming file:line:column, with exit 2', () => {
    const file = write('bad.csv', 'participant,group-id,0,1\n1,,1,-1\n2,,1,sí\n');
    const bad = minga(file, '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:3:4:`);
    expect(bad.stdout).toBe('');
    const header = minga(write('header.csv', 'participant,uno\n1,1\n'));
    expect(header.code).toBe(2);
    expect(header.stderr).toContain(':1:2:');
    const missing = minga(path.join(folder, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no existe');
    const quote = minga(write('quote.csv', 'participant,0\n"1,1\n'));
    expect(quote.code).toBe(2);
    expect(quote.stderr).toMatch(/quote\.csv:\d+:/);
  });
});
