'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { announceCatalogRefresh } from '@/lib/fanout';
import { formatList } from '@/lib/i18n/format';
import {
  applyScenario,
  assertStaff,
  checkFlow,
  replay,
  signInToConsole,
  signOutStaff,
  type FlowCheckResult,
  type ReplayErrorKey,
  type ReplayResult,
} from '@/lib/staff';

export type StaffFormState = { error?: string; ok?: string };

export async function staffSignInAction(_previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const t = await getTranslations('staff.signIn');
  const password = formData.get('password');
  if (typeof password !== 'string' || password.length === 0 || password.length > 200) return { error: t('required') };
  const outcome = await signInToConsole(password);
  if (outcome.kind === 'refused') return { error: (await getTranslations())(outcome.refusal.key, outcome.refusal.values) };
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
  const outcome = applyScenario(controlRequestFrom(formData));
  if (outcome.kind === 'only_sandbox') return { error: t('onlySandbox') };
  if (outcome.kind === 'failed') return { error: outcome.message };
  if (outcome.kind === 'invalid') {
    const { locale } = await getPreferences();
    const labels = outcome.fields.map((field) => (field in SCENARIO_FIELD_LABELS ? t(SCENARIO_FIELD_LABELS[field]!) : field));
    return { error: t('invalidFields', { fields: formatList(labels, locale) }) };
  }
  // The scenario banner is on every page, on every instance.
  revalidatePath('/', 'layout');
  await announceCatalogRefresh('pages');
  return { ok: t('applied') };
}

export type FlowCheckState = { error?: string; result?: FlowCheckResult };

export async function flowCheckAction(_previous: FlowCheckState, formData: FormData): Promise<FlowCheckState> {
  await assertStaff();
  const { locale } = await getPreferences();
  const outcome = await checkFlow(locale, formData.get('confirmUat') === 'yes');
  if (outcome.kind === 'confirm') return { error: (await getTranslations('staff.flow'))('confirmRequired') };
  return { result: outcome.result };
}

/** `error` is a key under `staff.calls.replayErrors`. */
export type ReplayState = { error?: ReplayErrorKey; result?: ReplayResult };

export async function replayAction(callId: number): Promise<ReplayState> {
  await assertStaff();
  return replay(typeof callId === 'number' ? callId : Number.NaN);
}
