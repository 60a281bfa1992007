import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts } from '../modules/contracts.js';
import { endpoints } from '../modules/endpoints.js';
import { buildOpenApi } from '../platform/http/openapi.js';
import { type RegisteredRoute, routesOf } from '../platform/http/route.js';
import { startTestServer, type TestServer } from '../test/server.js';

/**
 * One contract between the server and the web (issue 14): every route declares its response (so
 * the OpenAPI document is complete), every route comes from the endpoint table the web calls
 * through, and the web writes no URL of its own.
 */
const root = path.resolve(import.meta.dirname, '../..');
const flat = Object.entries(endpoints).flatMap(([module, table]) =>
  Object.entries(table).map(([name, endpoint]) => ({ module, name, ...endpoint }) as const),
);

describe('the contract', () => {
  let server: TestServer;
  let routes: RegisteredRoute[];
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    routes = routesOf(server.app);
  });
  afterAll(async () => server?.close());

  it('gives every registered route a response: a JSON schema, 204, or a file type', () => {
    const missing = routes
      .filter((route) => !route.response && !route.file)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(150);
  });

  it('registers every route from the endpoint table, and every HTTP endpoint of it as a route', () => {
    const key = (e: { method: string; url: string }) => `${e.method} ${e.url}`;
    const table = new Set(flat.filter((e) => !('socket' in e)).map(key));
    expect(routes.map(key).filter((k) => !table.has(k))).toEqual([]);
    const registered = new Set(routes.map(key));
    expect([...table].filter((k) => !registered.has(k))).toEqual([]);
    expect(table.size).toBe(routes.length);
  });

  it('documents every response in OpenAPI', () => {
    const document = buildOpenApi(server.app);
    for (const [url, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations)) {
        const responses = (operation as { responses: Record<string, { content?: object }> }).responses;
        const ok = responses['200'] ?? responses['204'];
        expect(ok, `${method} ${url}`).toBeDefined();
        if (responses['200']) expect(responses['200'].content, `${method} ${url}`).toBeDefined();
      }
  });
});

describe('the endpoint tables and the contracts', () => {
  it('name the same endpoints, with the same method and URL', () => {
    expect(Object.keys(contracts).sort()).toEqual(Object.keys(endpoints).sort());
    for (const [module, table] of Object.entries(endpoints)) {
      const contract = contracts[module as keyof typeof contracts] as Record<
        string,
        { method: string; url: string }
      >;
      expect(Object.keys(contract).sort(), module).toEqual(Object.keys(table).sort());
      for (const [name, endpoint] of Object.entries(table))
        expect({ method: contract[name].method, url: contract[name].url }, `${module}.${name}`).toEqual({
          method: endpoint.method,
          url: endpoint.url,
        });
    }
  });

  it('keep the tables the web loads free of zod (they import only endpoint.ts)', () => {
    for (const module of Object.keys(endpoints)) {
      const source = fs.readFileSync(path.join(root, 'src/modules', module, 'endpoints.ts'), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(imports, module).toEqual(['../../platform/http/endpoint.js']);
    }
  });

  it('build contracts from schemas: their own, the platform ones and other modules doors only', () => {
    // Server-side only: the web imports contracts for their types, so none of this reaches the browser.
    const allowed =
      /^(zod|\.\/(endpoints|schema)\.js|\.\.\/[\w-]+\/(index|contract)\.js|\.\.\/\.\.\/platform\/(vocabulary|http\/(contract|input|endpoint))\.js)$/;
    for (const module of Object.keys(contracts)) {
      const source = fs.readFileSync(path.join(root, 'src/modules', module, 'contract.ts'), 'utf8');
      for (const [, from] of source.matchAll(/from '([^']+)'/g)) expect(from, module).toMatch(allowed);
    }
  });
});

describe('the web', () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  const web = files(path.join(root, 'web/src')).filter((file) => !file.endsWith('.e2e.test.ts'));

  it('writes no API or WebSocket URL: they all come from the endpoint table', () => {
    const offending = web.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => /['"`]\/(api|ws)\//.test(line) || /\$\{[^}]*\}\/(api|ws)\//.test(line))
        .map(({ index }) => `${path.relative(root, file)}:${index + 1}`),
    );
    expect(offending).toEqual([]);
  });

  it('imports zod, schemas and contracts for their types only (no zod in the bundle)', () => {
    for (const file of web) {
      const source = fs.readFileSync(file, 'utf8');
      const runtime = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)]
        .map((match) => match[1])
        .filter((from) => from === 'zod' || /\/(contracts?|schema)\.js$/.test(from));
      expect(runtime, path.relative(root, file)).toEqual([]);
    }
  });
});
