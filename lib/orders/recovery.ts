import 'server-only';
import { getEnv } from '@/lib/env';
import { getLinksfield } from '@/lib/linksfield';
import { inFlightDeadlineMs } from '@/lib/orders/in-flight';
import { runRecoveryPass } from '@/lib/orders/recovery-pass';
import type { SettleDependencies } from '@/lib/orders/settle-order';
import { getPaymentProviders, paymentsByMethod } from '@/lib/payments';
import { getStores } from '@/lib/store';

/** The recovery pass's dependencies, wired from the shop's configuration. */
export function recoveryDependencies(): SettleDependencies {
  return {
    stores: getStores(),
    client: getLinksfield(),
    paymentProvider: paymentsByMethod(getPaymentProviders()),
    inFlightMs: inFlightDeadlineMs(getEnv()),
  };
}

const globalKey = Symbol.for('esim-qr-mall.recovery-schedule');
type Holder = { [globalKey]?: true };

/** The first pass waits for the server to listen: the built-in sandbox is answered by this same server. */
const FIRST_PASS_DELAY_MS = 2_000;

/**
 * Runs the recovery pass at start and then every RECOVERY_INTERVAL_MS, in every instance (once per
 * process; a pass never overlaps the previous one). The timers do not keep the process alive.
 */
export function startRecoverySchedule(): void {
  const holder = globalThis as Holder;
  if (holder[globalKey]) return;
  holder[globalKey] = true;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const done = await runRecoveryPass(recoveryDependencies());
      for (const action of done) {
        console.info(`[recovery] ${action.action} ${action.orderRef ?? action.idempotencyKey}: ${action.detail}`);
      }
    } catch (error) {
      console.error(`[recovery] pass failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  setTimeout(run, FIRST_PASS_DELAY_MS).unref();
  setInterval(run, getEnv().recovery.intervalMs).unref();
}
