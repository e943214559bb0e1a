import 'server-only';
import { FLAG_IMAGES } from '@/lib/flags/flag-images';

/**
 * The address of a country's flag image (a build asset, cached by browsers for good), or null
 * when the code has no flag. Images, not emoji: Windows shows a flag emoji as two letters, and an
 * emoji flag makes the browser find a colour-emoji font before the page's first layout.
 */
export function flagImageSrc(iso2: string): string | null {
  const code = iso2.toLowerCase();
  if (!/^[a-z]{2}$/.test(code) || !Object.hasOwn(FLAG_IMAGES, code)) return null;
  const image = FLAG_IMAGES[code]!;
  // Next's build gives StaticImageData; Vite, in the unit tests, gives the address itself.
  return typeof image === 'string' ? image : image.src;
}
