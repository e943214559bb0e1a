import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// Playwright cannot download its browsers here: use Debian's Chromium when it is installed.
const debianChromium = '/usr/bin/chromium';

/**
 * Chromium's launch options. `offline`: this machine's network is closed and Chromium still tries
 * to resolve a few Google hosts, so every name but the loopback's is refused.
 */
export function chromiumLaunchOptions(offline: boolean): LaunchOptions {
  return {
    executablePath: existsSync(debianChromium) ? debianChromium : undefined,
    args: offline ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'] : [],
  };
}
