// Makes the home-screen icons in public/ from the shop's own icon, app/icon.svg (the browser tab's):
// - icon-192.png, icon-512.png: the icon as it is, rounded corners and all (manifest, `any`);
// - apple-touch-icon.png (180 px) and icon-maskable-512.png: square to the edge, because iOS and
//   Android cut their own shape out of it (a transparent corner would show black on iOS). The
//   glyph stays inside the middle 80 % circle that a maskable icon promises to keep visible.
// Run again after changing app/icon.svg: `npx tsx scripts/generate-app-icons.ts`.
// lib/seo/app-icons.test.ts fails when the images and the icon disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { APP_ICONS, type AppIcon } from '@/lib/seo/app-icons';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The icon's drawing, with its corners squared off when it is to fill the whole tile. */
export function iconSvg(source: string, shape: AppIcon['shape']): string {
  if (shape === 'rounded') return source;
  const square = source.replace(/(<rect\b[^>]*?)\s+rx="[^"]*"/, '$1');
  if (square === source) throw new Error('app/icon.svg: expected a background <rect> with rounded corners (rx)');
  return square;
}

export async function renderIcon(source: string, icon: AppIcon): Promise<Buffer> {
  const svg = iconSvg(source, icon.shape);
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg);
  if (!viewBox) throw new Error('app/icon.svg: expected a viewBox starting at 0 0');
  // Drawn at the final size (72 dpi is one unit per pixel), not scaled up from a small bitmap.
  const density = (72 * icon.size) / Number(viewBox[1]);
  return sharp(Buffer.from(svg), { density }).resize(icon.size, icon.size).png({ compressionLevel: 9 }).toBuffer();
}

async function main() {
  const source = readFileSync(join(repoRoot, 'app/icon.svg'), 'utf8');
  for (const icon of APP_ICONS) {
    writeFileSync(join(repoRoot, 'public', icon.file), await renderIcon(source, icon));
    console.log(`public/${icon.file}: ${icon.size}x${icon.size}, ${icon.shape}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
