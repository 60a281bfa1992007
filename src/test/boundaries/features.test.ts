import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FeatureEntry, features } from '../../features.js';

/** Issue 14, item 5: every module, web feature, error section and matrix group is in src/features.ts, once. */
const root = resolve(import.meta.dirname, '../../..');
const folders = (path: string) =>
  readdirSync(join(root, path), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const files = (path: string, skip: string[] = []) =>
  readdirSync(join(root, path))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !skip.includes(name))
    .map((name) => name.replace(/\.ts$/, ''));

const kinds: Array<{
  key: keyof Omit<FeatureEntry, 'summary'>;
  what: string;
  actual: string[];
  once: boolean;
}> = [
  { key: 'modules', what: 'src/modules/<name>/', actual: folders('src/modules'), once: true },
  { key: 'web', what: 'web/src/features/<name>/', actual: folders('web/src/features'), once: true },
  {
    key: 'errors',
    what: 'src/platform/errors/sections/<name>.ts',
    actual: files('src/platform/errors/sections'),
    once: true,
  },
  {
    key: 'matrix',
    what: 'src/test/access-matrix/<group>.ts',
    actual: files('src/test/access-matrix', ['harness.ts', 'matrix.ts', 'world.ts']),
    once: false,
  },
];

describe('the feature map (src/features.ts)', () => {
  for (const { key, what, actual, once } of kinds)
    it(`names every ${what}${once ? ' once' : ''}, and nothing else`, () => {
      const named = Object.entries(features).flatMap(([feature, entry]) =>
        (entry[key] as readonly string[]).map((name) => ({ feature, name })),
      );
      const problems: string[] = [];
      for (const name of actual)
        if (!named.some((entry) => entry.name === name))
          problems.push(
            `${what.replace(/<\w+>/, name)} is in no feature of src/features.ts (add it to \`${key}\`)`,
          );
      for (const { feature, name } of named) {
        if (!actual.includes(name))
          problems.push(
            `feature ${feature} names ${key} ${name}: there is no ${what.replace(/<\w+>/, name)}`,
          );
        const owners = named.filter((entry) => entry.name === name).map((entry) => entry.feature);
        if (once && owners.length > 1 && owners[0] === feature)
          problems.push(`${what.replace(/<\w+>/, name)} is in ${owners.join(' and ')}: one feature only`);
      }
      expect(problems).toEqual([]);
    });

  it('lists the web features that exist as folders with an index', () => {
    for (const entry of Object.values(features))
      for (const web of entry.web)
        expect(existsSync(join(root, 'web/src/features', web, 'index.tsx'))).toBe(true);
  });
});
