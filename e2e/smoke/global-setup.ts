import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSmokeSettings } from './smoke-settings';

/** Says what the run will create before any test runs, and clears the last run's call log. */
export default function globalSetup() {
  const settings = readSmokeSettings();
  rmSync(join(settings.reportDir, 'call-log'), { recursive: true, force: true });
  const staff = settings.staffPassword ? 'with staff access (SMOKE_STAFF_PASSWORD)' : 'without staff access';
  const orders = settings.allowOrders
    ? 'SMOKE_ALLOW_ORDERS=1: tests tagged @orders place one pre-order and pay it, even against a real provider'
    : 'tests tagged @orders place one pre-order and pay it only if the staff console shows the built-in sandbox';
  console.log(
    [
      `[smoke] target: ${settings.baseUrl}, ${staff}`,
      `[smoke] creates: ${orders} (destination "${settings.destination}", its first package, quantity 1, receipt ${settings.email})`,
      `[smoke] report: ${settings.reportDir}/html (npx playwright show-report ${settings.reportDir}/html) and ${settings.reportDir}/call-log`,
    ].join('\n'),
  );
}
