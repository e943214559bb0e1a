import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { readSmokeSettings } from './e2e/smoke/smoke-settings';

/**
 * The UAT smoke run against a deployed shop (`npm run smoke -- --base-url https://shop.example`):
 * no server started here, one browser, one test at a time, everything recorded for a ticket.
 */
const settings = readSmokeSettings();
const loopback = ['127.0.0.1', 'localhost'].includes(new URL(settings.baseUrl).hostname);

export default defineConfig({
  testDir: './e2e/smoke',
  testMatch: /\.spec\.ts$/,
  grep: /@smoke/,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  globalSetup: './e2e/smoke/global-setup.ts',
  outputDir: join(settings.reportDir, 'test-results'),
  reporter: [['list'], ['html', { outputFolder: join(settings.reportDir, 'html'), open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: settings.baseUrl,
    // Every step of a run against UAT is evidence for the provider, failed or not.
    trace: 'on',
    screenshot: 'on',
    locale: 'en-US',
    // Only a shop on this machine is reached offline; a deployed one needs its names resolved.
    launchOptions: chromiumLaunchOptions(loopback),
  },
});
