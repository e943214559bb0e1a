/**
 * `npm run smoke -- --base-url https://shop.example`: the UAT smoke run (playwright.smoke.config.ts)
 * against a deployed shop. `--base-url` wins over SMOKE_BASE_URL; other arguments go to Playwright.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { splitSmokeArgs } from '@/e2e/smoke/smoke-args';

let parsed: ReturnType<typeof splitSmokeArgs>;
try {
  parsed = splitSmokeArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const { baseUrl, playwrightArgs } = parsed;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(baseUrl ? { SMOKE_BASE_URL: baseUrl } : {}) };
const child = spawn(join('node_modules', '.bin', 'playwright'), ['test', '-c', 'playwright.smoke.config.ts', ...playwrightArgs], { env, stdio: 'inherit' });
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
