/** Which install path to offer first, from the User-Agent header. Pure; a guess, never a gate. */

export type DevicePlatform = 'ios' | 'android' | 'other';

export type DeviceInfo = {
  platform: DevicePlatform;
  /** Apple's esimsetup.apple.com link installs in one tap from iOS 17.4 on. */
  oneTapInstall: boolean;
};

const OTHER: DeviceInfo = { platform: 'other', oneTapInstall: false };

// iPadOS in desktop mode sends a Mac User-Agent; it is indistinguishable from a Mac and gets the
// generic page, where the QR code and manual fields still work.
const IOS = /\((?:iPhone|iPad);[^)]*\bOS (\d+)_(\d+)(?:_\d+)?\b[^)]*like Mac OS X/;

export function detectDevice(userAgent: string | null): DeviceInfo {
  if (!userAgent) return OTHER;

  const ios = IOS.exec(userAgent);
  if (ios) {
    const major = Number(ios[1]);
    const minor = Number(ios[2]);
    return { platform: 'ios', oneTapInstall: major > 17 || (major === 17 && minor >= 4) };
  }
  // Some iOS web views omit the version; still an iPhone, just without the one-tap link.
  if (/\b(?:iPhone|iPad)\b/.test(userAgent) && /like Mac OS X/.test(userAgent)) {
    return { platform: 'ios', oneTapInstall: false };
  }
  if (/\bAndroid\b/i.test(userAgent)) return { platform: 'android', oneTapInstall: false };
  return OTHER;
}
