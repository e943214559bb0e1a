import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

/** The walk's rows: `| what | \`file\` | \`name\` |`. */
const steps = [...doc.matchAll(/^\| [^|]+ \| `([^`]+)` \| `([^`]+)` \|$/gm)].map(([, file, name]) => ({ file: file!, name: name! }));

describe('docs/architecture.md', () => {
  it('walks a pre-order through files and functions that exist', () => {
    expect(steps.length).toBeGreaterThanOrEqual(12);
    const missing = steps.filter(({ file, name }) => {
      const path = join(root, file);
      if (!existsSync(path)) return true;
      // The name is defined there: a function, a constant or a method of an object it builds.
      return !new RegExp(`(function|const|let)\\s+${name}\\b|\\b${name}\\s*[(:]`).test(readFileSync(path, 'utf8'));
    });
    expect(missing).toEqual([]);
  });

  it('names only files that exist', () => {
    const paths = [...doc.matchAll(/`((?:app|bench|components|lib|docs|e2e|scripts)\/[^`\s]+\.(?:ts|tsx|mjs|md))`/g)].map(([, path]) => path!);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
