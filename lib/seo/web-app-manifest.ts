import type { MetadataRoute } from 'next';
import { APP_ICONS } from '@/lib/seo/app-icons';
import { SITE_NAME } from '@/lib/seo/open-graph';

/** The icon's own teal (app/icon.svg): the phone's status bar and task switcher take it. */
export const THEME_COLOR = '#0f766e';
/** The page's background (Tailwind's slate-50 on `body`): the splash screen before the first paint. */
export const BACKGROUND_COLOR = '#f8fafc';

/** What a phone needs to put the shop on its home screen and open it like an app. */
export function webAppManifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: 'Buy a travel eSIM, install it with a QR code, and stay online abroad.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: APP_ICONS.filter((icon) => icon.purpose).map((icon) => ({
      src: `/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
