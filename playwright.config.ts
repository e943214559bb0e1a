import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ACCESS_TOKEN, E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT } from './e2e/test-config';

// Playwright cannot download its browsers here: use Debian's Chromium when it is installed.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // A hung run must end well inside CI's 90 minutes; a whole run takes about 20 on a quiet 2-core machine.
  globalTimeout: 45 * 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    launchOptions: {
      executablePath,
      // Chromium still tries to resolve a few Google hosts; the network here is closed.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: [/(staff|faults|hostile-inputs|crash-recovery|two-instances|load|phone|paypal-shop-collects|smoke-run)\.spec\.ts/, /\/smoke\//] },
    // A phone (Chromium's Pixel 7: small screen, touch): the purchase, and the README's phone screenshots.
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /(phone|screenshots)\.spec\.ts/ },
    // Staff scenarios steer the whole sandbox, so they run alone once the other suites are done.
    { name: 'staff', use: { ...devices['Desktop Chrome'] }, testMatch: /staff\.spec\.ts/, dependencies: ['chromium', 'phone'] },
    // Faults steer the whole sandbox and count its orders: alone, after the staff scenarios.
    { name: 'faults', use: { ...devices['Desktop Chrome'] }, testMatch: /faults\.spec\.ts/, dependencies: ['staff'] },
    // Counts every order at the sandbox, so it runs when nothing else is ordering.
    { name: 'hostile', use: { ...devices['Desktop Chrome'] }, testMatch: /hostile-inputs\.spec\.ts/, dependencies: ['faults'] },
    // Kills a shop of the same build (E2E_PORT + 30) mid-payment and mid-pre-order and starts it again
    // on its own sandbox: alone, so its waits on the recovery pass are not slowed by other suites.
    { name: 'crash', testMatch: /crash-recovery\.spec\.ts/, dependencies: ['hostile'] },
    // Starts two more shops of the same build (E2E_PORT + 11 and + 12: 3111, 3112) with their own PostgreSQL and sandbox:
    // alone, so three servers never share the CPU with the timing-sensitive staff scenarios.
    // A shop of the same build (E2E_PORT + 40) collecting with its own PayPal REST pair, on its own sandbox.
    { name: 'paypal', testMatch: /paypal-shop-collects\.spec\.ts/, dependencies: ['crash'] },
    { name: 'instances', testMatch: /two-instances\.spec\.ts/, dependencies: ['paypal'] },
    // Its own shop and a minute of full load: last, when nothing else is using the machine's cores.
    { name: 'load', testMatch: /load\.spec\.ts/, dependencies: ['instances'] },
    // `npm run smoke` against a shop of the same build (E2E_PORT + 50) whose upstream is this shop's
    // sandbox, as UAT would be: it places orders there, so it runs once the order-counting suites are done.
    { name: 'smoke', testMatch: /smoke-run\.spec\.ts/, dependencies: ['load'] },
  ],
  webServer: {
    // Built here, with the secret set, so the leak test also covers what the build wrote.
    command: `rm -rf ${E2E_DATA_DIR} && npx next build && npx next start -H 127.0.0.1 -p ${E2E_PORT}`,
    url: `${E2E_BASE_URL}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      LINKSFIELD_ACCESS_TOKEN: E2E_ACCESS_TOKEN,
      SHOP_DATA_DIR: E2E_DATA_DIR,
      // Short enough for the timeout scenarios to finish quickly, long enough for a loaded machine.
      LINKSFIELD_TIMEOUT_MS: '4000',
      // One retry keeps the slow-provider scenarios inside the tests' waits.
      LINKSFIELD_READ_RETRIES: '1',
      // The whole suite comes from one address: room for it, while sign-ins keep the defaults under test.
      RATE_LIMIT_PREORDERS_PER_MINUTE: '500',
      RATE_LIMIT_PAYMENTS_PER_MINUTE: '500',
      RATE_LIMIT_SIGNINS_PER_MINUTE: '100',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
