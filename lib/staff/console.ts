import 'server-only';
import { signInRefusal, type Refusal } from '@/lib/account/refusals';
import { getCallLogStore } from '@/lib/call-log';
import { getEnv, SANDBOX_DEFAULTS, type ShopEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';
import { getLinksfield } from '@/lib/linksfield';
import { getPaymentProvider, getPaymentProviders } from '@/lib/payments';
import { guardSignIn, pauseAfterWrongPassword } from '@/lib/rate-limit';
import { applyControlRequest, parseControlRequest } from '@/lib/sandbox';
import { rememberBrowser } from '@/lib/session/known-browsers';
import { runFlowCheck, type FlowCheckResult } from '@/lib/staff/flow-check';
import { replayCall, type ReplayErrorKey, type ReplayResult } from '@/lib/staff/replay';
import { checkStaffPassword, staffConsoleEnabled, startStaffSession } from '@/lib/staff/staff-session';
import { getStores } from '@/lib/store';

export type ConsoleSignIn = { kind: 'signed_in' } | { kind: 'refused'; refusal: Refusal };

/** Signs staff in to the console: one account, with the same limits as a customer's (lib/rate-limit/sign-in-guard.ts). */
export async function signInToConsole(password: string): Promise<ConsoleSignIn> {
  if (!staffConsoleEnabled()) return { kind: 'refused', refusal: { key: 'staff.signIn.off' } };
  const gate = await guardSignIn('staffSignIn', 'staff');
  if (!gate.allowed) return { kind: 'refused', refusal: signInRefusal(gate) };
  if (checkStaffPassword(password) !== 'ok') {
    await pauseAfterWrongPassword(gate);
    return { kind: 'refused', refusal: { key: 'staff.signIn.wrong' } };
  }
  await gate.settle('signedIn');
  await rememberBrowser('staff');
  await startStaffSession();
  return { kind: 'signed_in' };
}

export type ScenarioOutcome =
  | { kind: 'applied' }
  /** Scenarios steer only the built-in sandbox; a real upstream is never touched from here. */
  | { kind: 'only_sandbox' }
  /** The control request's fields the sandbox's own schema refused. */
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'failed'; message: string };

/** Applies a scenario (a control request as the form sent it) to the built-in sandbox. */
export function applyScenario(request: Record<string, unknown>): ScenarioOutcome {
  if (!sandboxEnabled()) return { kind: 'only_sandbox' };
  const parsed = parseControlRequest(request);
  if (!parsed.ok) return { kind: 'invalid', fields: parsed.fields };
  try {
    applyControlRequest(getInAppSandbox().control, parsed.request);
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  return { kind: 'applied' };
}

/**
 * PayPal's buyer can be stood in for only on the built-in sandbox, with PayPal's stand-in answering
 * (the provider's client id, or the shop's REST pair pointed at the stand-in). Elsewhere a real
 * buyer must approve in a browser: the flow check pays with the sandbox card, as before.
 */
function payPalStandIn(env: ShopEnv) {
  if (!env.sandbox || !env.paymentMethods.includes('paypal')) return undefined;
  const standInUrl = `${env.baseUrl}/paypal`;
  if (env.paypal.api && !env.paypal.api.baseUrl.endsWith(`${SANDBOX_DEFAULTS.basePath}/paypal`)) return undefined;
  return { provider: getPaymentProviders().paypal, standInUrl };
}

/**
 * The flow check against the configured upstream: login to eSIM detail, each step with its calls.
 * Against anything but the built-in sandbox it places a real order, so it runs only when confirmed.
 */
export async function checkFlow(locale: Locale, confirmed: boolean): Promise<{ kind: 'confirm' } | { kind: 'done'; result: FlowCheckResult }> {
  const env = getEnv();
  if (!env.sandbox && !confirmed) return { kind: 'confirm' };
  const result = await runFlowCheck({
    client: getLinksfield(),
    stores: getStores(),
    paymentProvider: getPaymentProvider(),
    paypal: payPalStandIn(env),
    credentials: env.credentials,
    callLog: getCallLogStore(),
    locale,
  });
  return { kind: 'done', result };
}

/** Sends a logged read call again and compares the answers; `error` is a key under `staff.calls.replayErrors`. */
export async function replay(callId: number): Promise<{ error?: ReplayErrorKey; result?: ReplayResult }> {
  if (!Number.isSafeInteger(callId) || callId < 1) return { error: 'unknownCall' };
  const entry = await getCallLogStore().get(callId);
  if (!entry) return { error: 'unknownCall' };
  return { result: await replayCall(entry) };
}

