'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getCallLogStore } from '@/lib/call-log';
import { getPreferences } from '@/lib/catalog/preferences';
import { getEnv } from '@/lib/env';
import { formatList } from '@/lib/i18n/format';
import { getLinksfield } from '@/lib/linksfield';
import { getPaymentProvider } from '@/lib/payments';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';
import { guardSignIn, pauseAfterWrongPassword } from '@/lib/rate-limit';
import { signInRefusalText } from '@/lib/rate-limit/refusal-text';
import { applyControlRequest, parseControlRequest } from '@/lib/sandbox';
import { runFlowCheck, type FlowCheckResult } from '@/lib/staff/flow-check';
import { replayCall, type ReplayErrorKey, type ReplayResult } from '@/lib/staff/replay';
import { rememberBrowser } from '@/lib/session/known-browsers';
import { assertStaff, checkStaffPassword, signOutStaff, staffConsoleEnabled, startStaffSession } from '@/lib/staff/staff-session';
import { getStores } from '@/lib/store';

export type StaffFormState = { error?: string; ok?: string };

export async function staffSignInAction(_previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const t = await getTranslations('staff.signIn');
  const password = formData.get('password');
  if (typeof password !== 'string' || password.length === 0 || password.length > 200) return { error: t('required') };
  if (!staffConsoleEnabled()) return { error: t('off') };
  // One account, the console's: the same limits as a customer's (lib/rate-limit/sign-in-guard.ts).
  const gate = await guardSignIn('staffSignIn', 'staff');
  if (!gate.allowed) return { error: await signInRefusalText(gate) };
  if (checkStaffPassword(password) !== 'ok') {
    await pauseAfterWrongPassword(gate);
    return { error: t('wrong') };
  }
  await gate.settle('signedIn');
  await rememberBrowser('staff');
  await startStaffSession();
  redirect('/staff');
}

export async function staffSignOutAction(): Promise<void> {
  await signOutStaff();
  redirect('/staff/sign-in');
}

/** The form's label of each field the sandbox's control schema may refuse (keys under `staff.scenarios`). */
const SCENARIO_FIELD_LABELS: Record<string, string> = {
  action: 'action',
  path: 'endpoint',
  code: 'code',
  count: 'count',
  ms: 'latencyMs',
  kind: 'malformedKind',
  minutes: 'minutes',
  size: 'poolSize',
};

const NUMBER_FIELDS = ['code', 'count', 'ms', 'minutes', 'size', 'orderId'] as const;

/** Turns the scenario form into the sandbox control request; the sandbox's own schema validates it. */
function controlRequestFrom(formData: FormData): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$')) continue;
    const text = value.trim();
    if (text === '') continue;
    request[key] = (NUMBER_FIELDS as readonly string[]).includes(key) && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  return request;
}

export async function scenarioAction(_previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  await assertStaff();
  const t = await getTranslations('staff.scenarios');
  // Scenarios steer only the built-in sandbox; a real upstream is never touched from here.
  if (!sandboxEnabled()) return { error: t('onlySandbox') };
  const parsed = parseControlRequest(controlRequestFrom(formData));
  if (!parsed.ok) {
    const { locale } = await getPreferences();
    const labels = parsed.fields.map((field) => (field in SCENARIO_FIELD_LABELS ? t(SCENARIO_FIELD_LABELS[field]!) : field));
    return { error: t('invalidFields', { fields: formatList(labels, locale) }) };
  }
  try {
    applyControlRequest(getInAppSandbox().control, parsed.request);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  // The scenario banner is on every page.
  revalidatePath('/', 'layout');
  return { ok: t('applied') };
}

export type FlowCheckState = { error?: string; result?: FlowCheckResult };

export async function flowCheckAction(_previous: FlowCheckState, formData: FormData): Promise<FlowCheckState> {
  await assertStaff();
  const env = getEnv();
  if (!env.sandbox && formData.get('confirmUat') !== 'yes') {
    return { error: (await getTranslations('staff.flow'))('confirmRequired') };
  }
  const { locale } = await getPreferences();
  const result = await runFlowCheck({
    client: getLinksfield(),
    stores: getStores(),
    paymentProvider: getPaymentProvider(),
    credentials: env.credentials,
    callLog: getCallLogStore(),
    locale,
  });
  return { result };
}

/** `error` is a key under `staff.calls.replayErrors`. */
export type ReplayState = { error?: ReplayErrorKey; result?: ReplayResult };

export async function replayAction(callId: number): Promise<ReplayState> {
  await assertStaff();
  const id = z.number().int().positive().safeParse(callId);
  if (!id.success) return { error: 'unknownCall' };
  const entry = await getCallLogStore().get(id.data);
  if (!entry) return { error: 'unknownCall' };
  return { result: await replayCall(entry) };
}
