import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';
import { webAppManifest } from '@/lib/seo/web-app-manifest';

describe('webAppManifest', () => {
  const manifest = webAppManifest();

  it('opens the shop at its home page like an app', () => {
    expect(manifest).toMatchObject({ name: 'eSIM QR Mall', start_url: '/', scope: '/', display: 'standalone' });
    // Android shortens a longer name under the icon.
    expect(manifest.short_name!.length).toBeLessThanOrEqual(12);
  });

  it("takes its colours from the icon and the page", () => {
    expect(readFileSync('app/icon.svg', 'utf8')).toContain(`fill="${manifest.theme_color}"`);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('says what the English pages say about the shop', () => {
    expect(manifest.description).toBe((messagesByLocale.en.meta as Record<string, string>).description);
  });

  it('lists a 192 and a 512 px icon, and a maskable one, all in public/', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) expect(existsSync(join('public', icon.src)), icon.src).toBe(true);
  });
});
