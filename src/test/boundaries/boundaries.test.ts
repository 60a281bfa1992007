import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foundationTables } from '../../features.js';
import { analyse, readProject, where } from './analyse.js';

/**
 * Issue 14: every module has one front door (its index.ts), the modules depend on each other in one
 * direction only, SQL is written in queries.ts files, the platform knows no feature, and a module
 * that names another module's tables says so (`reads`, `writes` in its index.ts).
 *
 * Tests and test support (`*.test.ts`, `testing.ts`, `fixtures.ts`, `test-data.ts`, src/test/,
 * bench/) may import a module's inner files: they test them. They are not production code either,
 * so their imports do not count for the module graph and their SQL is not checked.
 * The composition root (src/modules/index.ts, src/modules/boot.ts) imports every module's door.
 */
const root = resolve(import.meta.dirname, '../../..');
const analysis = analyse(readProject(root), foundationTables);

const moduleFolders = readdirSync(join(root, 'src/modules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('module boundaries', () => {
  it('gives every module a front door', () => {
    const missing = moduleFolders.filter((name) => !existsSync(join(root, 'src/modules', name, 'index.ts')));
    expect(missing.map((name) => `src/modules/${name}/index.ts is missing`)).toEqual([]);
  });

  it('imports another module only through its index.ts', () => {
    expect(
      analysis.deepImports.map(
        (entry) =>
          `${where(entry)} imports ${entry.to}: import it from src/modules/${entry.to.split('/')[2]}/index.ts (export it there)`,
      ),
    ).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const problems = analysis.cycles.map((cycle) => {
      const members = new Set(cycle);
      const sites = analysis.imports
        .filter((entry) => {
          const from = /^src\/modules\/([^/]+)\//.exec(entry.from)?.[1];
          const to = /^src\/modules\/([^/]+)\//.exec(entry.to)?.[1];
          return from && to && from !== to && members.has(from) && members.has(to);
        })
        .filter((entry) => !/\.test\.ts$|\/(testing|fixtures|test-data)\.ts$/.test(entry.from))
        .map((entry) => `${where(entry)} → ${entry.to}`);
      return `cycle ${cycle.join(' ↔ ')}:\n  ${sites.join('\n  ')}`;
    });
    expect(problems).toEqual([]);
  });

  it('builds SQL only in queries.ts (and the platform’s db layer)', () => {
    expect(
      analysis.sqlOutsideQueries.map(
        (site) => `${where(site)} ${site.what}: move it into the module's queries.ts`,
      ),
    ).toEqual([]);
  });

  it('keeps the platform free of features', () => {
    expect(
      analysis.platformToModules.map(
        (entry) => `${where(entry)} imports ${entry.to}: pass it in from the composition root instead`,
      ),
    ).toEqual([]);
  });

  it('declares every other module’s table a module names, and only those', () => {
    const problems: string[] = [];
    const named = new Map<string, { reads: Set<string>; writes: Set<string> }>();
    for (const use of analysis.tableUses) {
      if (use.owner === use.module || use.owner === 'platform') continue;
      const entry = named.get(use.module) ?? { reads: new Set(), writes: new Set() };
      named.set(use.module, entry);
      (use.write ? entry.writes : entry.reads).add(use.table);
      const reads = analysis.declaredReads.get(use.module) ?? [];
      const writes = analysis.declaredWrites.get(use.module) ?? [];
      if (use.write && !writes.includes(use.table))
        problems.push(
          `${where(use)}: ${use.module} writes ${use.table} (of ${use.owner}): add it to \`writes\` in src/modules/${use.module}/index.ts, or ask ${use.owner}'s door`,
        );
      else if (!use.write && !reads.includes(use.table) && !writes.includes(use.table))
        problems.push(
          `${where(use)}: ${use.module} reads ${use.table} (of ${use.owner}): add it to \`reads\` in src/modules/${use.module}/index.ts, or ask ${use.owner}'s door`,
        );
    }
    const owners = new Map(Object.entries(foundationTables));
    for (const [module, tables] of analysis.declaredTables)
      for (const table of tables) owners.set(table, module);
    for (const [kind, declared] of [
      ['reads', analysis.declaredReads],
      ['writes', analysis.declaredWrites],
    ] as const)
      for (const [module, tables] of declared)
        for (const table of tables) {
          const owner = owners.get(table);
          if (!owner) problems.push(`src/modules/${module}/index.ts ${kind} ${table}: no such table`);
          else if (owner === module)
            problems.push(`src/modules/${module}/index.ts ${kind} ${table}: it is the module's own table`);
          else if (
            !named.get(module)?.[kind].has(table) &&
            !(kind === 'reads' && named.get(module)?.writes.has(table))
          )
            problems.push(`src/modules/${module}/index.ts ${kind} ${table}, which its code no longer names`);
        }
    expect(problems).toEqual([]);
  });
});

describe('the boundary analyser', () => {
  const owners = { things: 'a' };
  const files = [
    { path: 'src/modules/a/index.ts', text: "export { f } from './service.js';" },
    {
      path: 'src/modules/a/service.ts',
      text: "import { g } from '../b/index.js';\nexport const f = () => g();",
    },
    {
      path: 'src/modules/a/queries.ts',
      text: "export const q = (db) => db.selectFrom('things').selectAll();",
    },
    { path: 'src/modules/b/index.ts', text: "export { g } from './service.js';" },
    {
      path: 'src/modules/b/service.ts',
      text: "import { q } from '../a/queries.js';\nexport const g = (db) => db.selectFrom('things as t').execute();",
    },
    { path: 'src/modules/b/service.test.ts', text: "import { q } from '../a/queries.js';" },
    { path: 'src/platform/x.ts', text: "import { f } from '../modules/a/index.js';" },
  ];
  const result = analyse(files, owners);

  it('finds deep imports (but not in tests), cycles, SQL outside queries.ts and platform → modules', () => {
    expect(result.deepImports.map(where)).toEqual(['src/modules/b/service.ts:1']);
    expect(result.cycles).toEqual([['a', 'b']]);
    expect(result.sqlOutsideQueries.map(where)).toEqual(['src/modules/b/service.ts:2']);
    expect(result.platformToModules.map(where)).toEqual(['src/platform/x.ts:1']);
  });

  it('finds the tables a module names and whose they are', () => {
    expect(result.foreignTablePairs).toEqual([['b', 'a']]);
    expect(result.tableUses.map((use) => `${use.module}:${use.table}`)).toEqual(['a:things', 'b:things']);
  });
});

describe.runIf(process.env.MINGA_BOUNDARIES_PRINT)('the numbers (MINGA_BOUNDARIES_PRINT=1)', () => {
  it('prints them', () => {
    const modules = new Set(analysis.tableUses.map((use) => use.module));
    console.info(
      [
        `modules: ${moduleFolders.length}`,
        `imports of another module's inner file: ${analysis.deepImports.length}`,
        `module dependencies: ${[...analysis.graph.values()].reduce((sum, targets) => sum + targets.size, 0)}`,
        `pairs of modules importing each other: ${analysis.mutualPairs.length}; cycles: ${analysis.cycles.length}`,
        `SQL outside queries.ts: ${analysis.sqlOutsideQueries.length}; platform → modules: ${analysis.platformToModules.length}`,
        `modules naming tables: ${modules.size}; module → other module's tables: ${analysis.foreignTablePairs.length}`,
      ].join('\n'),
    );
  });
});
