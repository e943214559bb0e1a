/**
 * The home-screen icons in public/, made from app/icon.svg by scripts/generate-app-icons.ts. The
 * manifest lists the Android ones; iOS asks for apple-touch-icon.png (linked from every page).
 */
export type AppIcon = {
  file: string;
  size: number;
  /** `square`: filled to the edge, for platforms that cut their own shape (iOS, maskable). */
  shape: 'rounded' | 'square';
  purpose?: 'any' | 'maskable';
};

export const APPLE_TOUCH_ICON = { file: 'apple-touch-icon.png', size: 180, shape: 'square' } as const satisfies AppIcon;

export const APP_ICONS: readonly AppIcon[] = [
  APPLE_TOUCH_ICON,
  { file: 'icon-192.png', size: 192, shape: 'rounded', purpose: 'any' },
  { file: 'icon-512.png', size: 512, shape: 'rounded', purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, shape: 'square', purpose: 'maskable' },
];
