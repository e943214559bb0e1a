import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS } from '@/lib/seo/app-icons';

// The images are made by scripts/generate-app-icons.ts from app/icon.svg; run it again when this fails.
const ICON_FILL = /<rect\b[^>]*fill="#([0-9a-f]{6})"/i.exec(readFileSync('app/icon.svg', 'utf8'))?.[1] ?? '';

function read(file: string) {
  const png = PNG.sync.read(readFileSync(join('public', file)));
  const pixel = (x: number, y: number) => {
    const at = (png.width * Math.floor(y) + Math.floor(x)) * 4;
    return [...png.data.subarray(at, at + 4)] as [number, number, number, number];
  };
  return { width: png.width, height: png.height, pixel };
}

const hex = ([r, g, b]: number[]) => [r, g, b].map((value) => value!.toString(16).padStart(2, '0')).join('');

describe('home-screen icons in public/', () => {
  it('the icon has the background colour the test looks for', () => {
    expect(ICON_FILL).toMatch(/^[0-9a-f]{6}$/i);
  });

  for (const icon of APP_ICONS) {
    it(`${icon.file}: ${icon.size} px square, the shop's icon, corners as its platform wants`, () => {
      const image = read(icon.file);
      expect([image.width, image.height]).toEqual([icon.size, icon.size]);
      // Background at the middle of the left edge, inside any rounding.
      expect(hex(image.pixel(icon.size * 0.05, icon.size / 2))).toBe(ICON_FILL.toLowerCase());
      const cornerAlpha = image.pixel(0, 0)[3];
      if (icon.shape === 'square') expect(cornerAlpha).toBe(255);
      else expect(cornerAlpha).toBe(0);
    });
  }

  it('the maskable icon keeps its drawing inside the safe circle (80 % of the width)', () => {
    const icon = APP_ICONS.find((candidate) => candidate.purpose === 'maskable')!;
    const image = read(icon.file);
    const centre = icon.size / 2;
    let drawn = 0;
    for (let y = 0; y < icon.size; y += 2) {
      for (let x = 0; x < icon.size; x += 2) {
        const [r, g, b] = image.pixel(x, y);
        if (r > 128 && g > 128 && b > 128) {
          drawn += 1;
          expect(Math.hypot(x - centre, y - centre), `white at ${x},${y}`).toBeLessThan(icon.size * 0.4);
        }
      }
    }
    expect(drawn).toBeGreaterThan(100);
  });
});
