import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from '@/lib/test-support/import-graph';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = importGraph(root);

describe('the layers', () => {
  it('form no import circle, type-only imports included', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('reach the sandbox only through its front door', () => {
    const inner = [...graph.imports].flatMap(([file, imports]) =>
      file.startsWith('lib/sandbox/')
        ? []
        : imports.filter(({ file: target }) => target.startsWith('lib/sandbox/') && target !== 'lib/sandbox/index.ts').map(({ specifier }) => `${file} -> ${specifier}`),
    );
    expect(inner).toEqual([]);
  });

  it('keeps the pre-order action to form data, zod, state and redirect: four modules of lib/ at most', () => {
    const libImports = (graph.imports.get('components/order/actions.ts') ?? []).filter(({ file }) => file.startsWith('lib/'));
    // The orders' use cases, the language, the currency cookie, and the package's address to come back to.
    expect(libImports.map(({ specifier }) => specifier)).toEqual(['@/lib/currency-preference', '@/lib/i18n/addresses', '@/lib/i18n/locales', '@/lib/orders']);
  });

  it('lets actions, pages and routes reach orders only through the use cases of lib/orders', () => {
    const inner = [...graph.imports].flatMap(([file, imports]) =>
      /^(app|components)\//.test(file)
        ? imports
            .filter(({ file: target }) => target.startsWith('lib/orders/') && target !== 'lib/orders/index.ts')
            // The stage's type and wording helpers are shared with the client components that show it.
            .filter(({ file: target }) => !['lib/orders/order-stage.ts', 'lib/orders/settle-reasons.ts', 'lib/orders/order-status-view.ts'].includes(target))
            .map(({ specifier }) => `${file} -> ${specifier}`)
        : [],
    );
    expect(inner).toEqual([]);
  });

  it('keeps the benchmark tooling apart: nothing the shop runs imports bench/', () => {
    const tooling = [...graph.imports].flatMap(([file, imports]) =>
      imports.filter(({ file: target }) => target.startsWith('bench/')).map(({ specifier }) => `${file} -> ${specifier}`),
    );
    expect(tooling).toEqual([]);
  });

  it('sees the real graph (a check that reads nothing would pass anything)', () => {
    expect(graph.imports.size).toBeGreaterThan(200);
    expect(graph.imports.get('lib/in-app-sandbox.ts')?.map(({ file }) => file)).toContain('lib/sandbox/index.ts');
  });
});
