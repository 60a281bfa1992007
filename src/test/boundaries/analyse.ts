import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The module boundaries, read from the source (issue 14): who imports whom, where SQL is built and
 * which tables each module names. Pure over the files it is given; `readProject` reads them from disk.
 *
 * A unit is a feature module (`src/modules/<name>/`) or a layer (`platform`, `cli`, `server`,
 * `registry` for `src/modules/index.ts`, `test`, `bench`, `scripts`). A module's door is its
 * `index.ts`: every import from outside the module goes through it.
 */

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Import {
  from: string;
  line: number;
  /** The resolved target, relative to the root (without resolution of bare packages: those are skipped). */
  to: string;
  typeOnly: boolean;
}

export interface TableUse {
  file: string;
  line: number;
  table: string;
  write: boolean;
}

export interface SqlSite {
  file: string;
  line: number;
  what: string;
}

export interface Analysis {
  imports: Import[];
  /** Imports of another module's file other than its index.ts. */
  deepImports: Import[];
  /** Module → modules it imports (production files only, type-only imports included). */
  graph: Map<string, Set<string>>;
  /** Strongly connected components of more than one module. */
  cycles: string[][];
  /** Pairs of modules that import each other (directly). */
  mutualPairs: Array<[string, string]>;
  /** SQL built in a production file that is not a queries.ts (platform/db excepted). */
  sqlOutsideQueries: SqlSite[];
  /** Imports from src/platform into src/modules (production files). */
  platformToModules: Import[];
  /** Every table a module's code names, with the owner from `tableOwners`. */
  tableUses: Array<TableUse & { module: string; owner: string }>;
  /** module → the owners of the foreign tables it names. */
  foreignTablePairs: Array<[string, string]>;
  /** module → its declared `reads` (from `export const reads = [...]` in its index.ts), if any. */
  declaredReads: Map<string, string[]>;
  /** module → its declared `writes` (other modules' tables it changes), if any. */
  declaredWrites: Map<string, string[]>;
  /** Tables each module declares in its tables.ts (declaration merging into Database). */
  declaredTables: Map<string, string[]>;
}

const builders = new Set([
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
]);
const writers = new Set(['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']);
const joins = new Set(['innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'crossJoin', 'using']);

/** Files that are tests or test support: exempt from the deep-import rule, and not production code. */
export function isTestFile(path: string): boolean {
  return (
    path.startsWith('src/test/') ||
    path.startsWith('bench/') ||
    /\.test\.ts$/.test(path) ||
    /\/(testing|fixtures|test-data)\.ts$/.test(path)
  );
}

/** The unit a file belongs to: a module's name, or a layer. */
export function unitOf(path: string): string {
  const module = /^src\/modules\/([^/]+)\//.exec(path);
  if (module) return module[1] as string;
  if (/^src\/modules\/[^/]+\.ts$/.test(path)) return 'registry'; // index.ts, boot.ts: the composition root
  const layer = /^src\/([^/]+)\//.exec(path);
  if (layer) return layer[1] as string;
  return path.split('/')[0] as string;
}

export function isModule(unit: string): boolean {
  return !['registry', 'platform', 'cli', 'server', 'test', 'bench', 'scripts', 'web'].includes(unit);
}

function resolveImport(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier).split(sep).join('/');
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base,
    `${base}.ts`,
    `${base}/index.ts`,
  ];
  for (const candidate of candidates) if (known.has(candidate)) return candidate;
  return base.replace(/\.js$/, '.ts');
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0]?.split('.')[0] ?? '';
}

const rawTablePattern = /\b(?:from|join|update|into)\s+"?([a-z_][a-z0-9_]*)"?/gi;

interface FileFacts {
  imports: Import[];
  sql: SqlSite[];
  tables: TableUse[];
  declaredTables: string[];
  reads: string[] | null;
  writes: string[] | null;
}

function factsOf(file: SourceFile, known: Set<string>): FileFacts {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const facts: FileFacts = {
    imports: [],
    sql: [],
    tables: [],
    declaredTables: [],
    reads: null,
    writes: null,
  };
  const addImport = (node: ts.Node, specifier: string, typeOnly: boolean) => {
    const to = resolveImport(file.path, specifier, known);
    if (to) facts.imports.push({ from: file.path, line: lineOf(source, node), to, typeOnly });
  };
  const tableArg = (node: ts.Node, write: boolean) => {
    const texts: string[] = [];
    if (ts.isStringLiteralLike(node)) texts.push(node.text);
    else if (ts.isArrayLiteralExpression(node))
      for (const element of node.elements) if (ts.isStringLiteralLike(element)) texts.push(element.text);
    for (const text of texts)
      facts.tables.push({ file: file.path, line: lineOf(source, node), table: firstWord(text), write });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      addImport(node, node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      addImport(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal))
        addImport(node, argument.literal.text, true);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      addImport(node, node.arguments[0].text, false);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      // declare module '…/schema.js' { interface Database { table: … } }
      if (node.name.text.endsWith('db/schema.js') && node.body && ts.isModuleBlock(node.body))
        for (const statement of node.body.statements)
          if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'Database')
            for (const member of statement.members)
              if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)))
                facts.declaredTables.push(member.name.text);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const argument = node.arguments[0];
      if (builders.has(name)) {
        facts.sql.push({ file: file.path, line: lineOf(source, node), what: name });
        if (argument) tableArg(argument, writers.has(name));
      } else if (joins.has(name) && argument) tableArg(argument, false);
      else if (
        name === 'table' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'sql' &&
        argument
      )
        tableArg(argument, false);
    } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      facts.sql.push({ file: file.path, line: lineOf(source, node), what: 'sql`…`' });
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      for (const part of parts)
        for (const match of part.matchAll(rawTablePattern)) {
          const write = /^(update|into)/i.test(match[0]);
          facts.tables.push({
            file: file.path,
            line: lineOf(source, node),
            table: match[1] as string,
            write,
          });
        }
    } else if (
      ts.isVariableStatement(node) &&
      node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      for (const declaration of node.declarationList.declarations)
        if (
          ts.isIdentifier(declaration.name) &&
          (declaration.name.text === 'reads' || declaration.name.text === 'writes') &&
          declaration.initializer
        ) {
          let init: ts.Expression = declaration.initializer;
          while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
          if (ts.isArrayLiteralExpression(init))
            facts[declaration.name.text] = init.elements
              .filter(ts.isStringLiteralLike)
              .map((element) => element.text);
        }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** Strongly connected components (Tarjan) of more than one node. */
export function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const strong = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        strong(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(node, Math.min(low.get(node) as number, indices.get(next) as number));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) strong(node);
  return components;
}

/** Analyses the files; `tableOwners` names the module of each foundation table (src/platform/db/schema.ts). */
export function analyse(files: SourceFile[], tableOwners: Record<string, string>): Analysis {
  const known = new Set(files.map((file) => file.path));
  const facts = new Map(files.map((file) => [file.path, factsOf(file, known)]));
  const imports = [...facts.values()].flatMap((fact) => fact.imports);

  const declaredTables = new Map<string, string[]>();
  const owners = new Map(Object.entries(tableOwners));
  for (const [path, fact] of facts)
    if (fact.declaredTables.length > 0) {
      const unit = unitOf(path);
      declaredTables.set(unit, [...(declaredTables.get(unit) ?? []), ...fact.declaredTables]);
      for (const table of fact.declaredTables) owners.set(table, unit);
    }

  const deepImports = imports.filter((entry) => {
    const target = unitOf(entry.to);
    if (!entry.to.startsWith('src/modules/') || !isModule(target)) return false;
    if (unitOf(entry.from) === target) return false;
    if (isTestFile(entry.from)) return false;
    return entry.to !== `src/modules/${target}/index.ts`;
  });

  const graph = new Map<string, Set<string>>();
  for (const entry of imports) {
    const from = unitOf(entry.from);
    const to = unitOf(entry.to);
    if (!isModule(from) || !isModule(to) || from === to || isTestFile(entry.from)) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)?.add(to);
  }
  const cycles = stronglyConnected(graph);
  const mutualPairs: Array<[string, string]> = [];
  for (const [from, targets] of graph)
    for (const to of targets) if (from < to && graph.get(to)?.has(from)) mutualPairs.push([from, to]);
  mutualPairs.sort((a, b) => a.join().localeCompare(b.join()));

  const sqlOutsideQueries = [...facts.values()]
    .flatMap((fact) => fact.sql)
    .filter(
      (site) =>
        site.file.startsWith('src/') &&
        !isTestFile(site.file) &&
        !site.file.endsWith('/queries.ts') &&
        !site.file.startsWith('src/platform/db/'),
    );

  const platformToModules = imports.filter(
    (entry) =>
      entry.from.startsWith('src/platform/') &&
      entry.to.startsWith('src/modules/') &&
      !isTestFile(entry.from),
  );

  const tableUses: Analysis['tableUses'] = [];
  for (const [path, fact] of facts) {
    const module = unitOf(path);
    if (!isModule(module) || isTestFile(path)) continue;
    for (const use of fact.tables) {
      const owner = owners.get(use.table);
      if (owner) tableUses.push({ ...use, module, owner });
    }
  }
  const pairKeys = new Set(
    tableUses
      .filter((use) => use.owner !== use.module && use.owner !== 'platform')
      .map((use) => `${use.module}→${use.owner}`),
  );
  const foreignTablePairs = [...pairKeys].sort().map((key) => key.split('→') as [string, string]);

  const declaredReads = new Map<string, string[]>();
  const declaredWrites = new Map<string, string[]>();
  for (const [path, fact] of facts)
    if (/^src\/modules\/[^/]+\/index\.ts$/.test(path)) {
      if (fact.reads) declaredReads.set(unitOf(path), fact.reads);
      if (fact.writes) declaredWrites.set(unitOf(path), fact.writes);
    }

  return {
    imports,
    deepImports,
    graph,
    cycles,
    mutualPairs,
    sqlOutsideQueries,
    platformToModules,
    tableUses,
    foreignTablePairs,
    declaredReads,
    declaredWrites,
    declaredTables,
  };
}

function walk(root: string, folder: string, out: SourceFile[]) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(root, path, out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      out.push({ path, text: readFileSync(join(root, path), 'utf8') });
  }
}

/** The TypeScript files of src/, bench/ and scripts/, relative to `root`. */
export function readProject(root = resolve(import.meta.dirname, '../../..')): SourceFile[] {
  const files: SourceFile[] = [];
  for (const folder of ['src', 'bench', 'scripts']) walk(root, folder, files);
  return files.map((file) => ({ ...file, path: relative(root, join(root, file.path)).split(sep).join('/') }));
}

/** `file:line` for a failure message. */
export function where(site: { file?: string; from?: string; line: number }): string {
  return `${site.file ?? site.from}:${site.line}`;
}
