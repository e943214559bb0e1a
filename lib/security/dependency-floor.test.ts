import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The oldest versions with every published advisory fixed (the 2025-2026 React Server Components
 * and Next.js advisories; see docs/security.md). A downgrade fails the tests.
 */
const FLOORS: Record<string, string> = { next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1' };

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function atLeast(version: string, floor: string): boolean {
  const parts = (text: string) => text.split('-')[0]!.split('.').map(Number);
  const [a, b] = [parts(version), parts(floor)];
  for (let index = 0; index < 3; index += 1) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0);
  }
  // A pre-release of the floor is older than the floor itself.
  return !version.includes('-');
}

describe('dependency floors', () => {
  it('compares versions the way npm does for these cases', () => {
    expect(atLeast('16.4.6', '16.4.6')).toBe(true);
    expect(atLeast('16.10.0', '16.4.6')).toBe(true);
    expect(atLeast('16.4.5', '16.4.6')).toBe(false);
    expect(atLeast('16.4.6-canary.1', '16.4.6')).toBe(false);
  });

  it.each(Object.entries(FLOORS))('%s is at least %s', (name, floor) => {
    expect(atLeast(installedVersion(name), floor)).toBe(true);
  });
});
