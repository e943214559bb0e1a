import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { circleFlagCodes, FLAG_ASSETS_DIR, flagImagesModule } from '@/scripts/generate-flag-images';
import { flagImageSrc } from '@/lib/flags/flag-image';

describe('flag images (run scripts/generate-flag-images.ts after upgrading circle-flags)', () => {
  it('the generated module imports one image per flag of the installed circle-flags', () => {
    const codes = circleFlagCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(readFileSync(new URL('./flag-images.ts', import.meta.url), 'utf8')).toBe(flagImagesModule(codes));
    expect(readdirSync(FLAG_ASSETS_DIR).sort()).toEqual(['LICENSE.md', ...codes.map((code) => `${code}.webp`)].sort());
  });

  it('each image is a small WebP', () => {
    for (const code of circleFlagCodes()) {
      const bytes = readFileSync(join(FLAG_ASSETS_DIR, `${code}.webp`));
      expect(bytes.subarray(8, 12).toString('latin1'), code).toBe('WEBP');
      expect(bytes.length, code).toBeLessThan(4096);
    }
  });

  it('a flag for a country code, whatever its case', () => {
    expect(flagImageSrc('JP')).toMatch(/jp\.webp$/);
    expect(flagImageSrc('hk')).toMatch(/hk\.webp$/);
    // `in` and `do` are reserved words in JavaScript: the generated bindings must not trip on them.
    expect(flagImageSrc('IN')).toMatch(/in\.webp$/);
    expect(existsSync(join(FLAG_ASSETS_DIR, 'do.webp'))).toBe(true);
  });

  it('no flag for a code that is not two letters or that the set lacks', () => {
    for (const code of ['', 'x', 'JPN', '1a', '__', 'constructor', 'zz']) expect(flagImageSrc(code)).toBeNull();
  });
});
