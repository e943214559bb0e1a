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

  it('sees the real graph (a check that reads nothing would pass anything)', () => {
    expect(graph.imports.size).toBeGreaterThan(200);
    expect(graph.imports.get('lib/in-app-sandbox.ts')?.map(({ file }) => file)).toContain('lib/sandbox/index.ts');
  });
});
