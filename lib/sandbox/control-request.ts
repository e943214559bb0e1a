import { z } from 'zod';

import { MALFORMED_KINDS } from '@/lib/sandbox/answers';
import { FORCEABLE_PATHS, type SandboxControl } from '@/lib/sandbox/control';
import { FORCEABLE_CODES } from '@/lib/sandbox/forced-codes';
import { SANDBOX_ROUTES } from '@/lib/sandbox/handlers/routes';
import { SANDBOX_LIMITS, type Bounds } from '@/lib/sandbox/limits';
import { normalizeSandboxPath } from '@/lib/sandbox/paths';
import { PAYPAL_SETTLEMENTS } from '@/lib/sandbox/paypal/records';
import { ALL_PATHS } from '@/lib/sandbox/scenarios';

/** Largest body the control route reads: its requests are a few fields. */
export const CONTROL_BODY_LIMIT = 16 * 1024;

export const CONTROL_ACTIONS = [
  'forceCode',
  'addLatency',
  'forceTimeout',
  'forceMalformed',
  'clearScenarios',
  'setPreOrderTimeoutMinutes',
  'expireOrder',
  'setProfilePool',
  'settlePayPalCapture',
  'setPrice',
  'reset',
] as const;

const wholeNumber = (field: string, bounds: Bounds) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(bounds.min, `${field} must be at least ${bounds.min}`)
    .max(bounds.max, `${field} must be at most ${bounds.max}`);

const endpoint = () =>
  z
    .string({ error: 'path must be a string' })
    .refine((path) => SANDBOX_ROUTES.has(normalizeSandboxPath(path)), `path must be a sandbox endpoint: ${FORCEABLE_PATHS.join(', ')}`);

const forceCount = () => wholeNumber('count', SANDBOX_LIMITS.forceCount);

const controlRequestSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('forceCode'),
      path: endpoint(),
      code: z.literal(FORCEABLE_CODES, { error: `code must be one of ${FORCEABLE_CODES.join(', ')}` }),
      count: forceCount(),
    }),
    z.object({
      action: z.literal('addLatency'),
      path: z
        .string({ error: 'path must be a string' })
        .refine(
          (path) => path.trim() === ALL_PATHS || SANDBOX_ROUTES.has(normalizeSandboxPath(path)),
          `path must be ${ALL_PATHS} or a sandbox endpoint: ${FORCEABLE_PATHS.join(', ')}`,
        ),
      ms: wholeNumber('ms', SANDBOX_LIMITS.latencyMs),
      // Left out or null: until cleared, like `remaining: null` in the snapshot.
      count: forceCount().nullish(),
    }),
    z.object({ action: z.literal('forceTimeout'), path: endpoint(), count: forceCount() }),
    z.object({
      action: z.literal('forceMalformed'),
      path: endpoint(),
      count: forceCount(),
      kind: z.enum(MALFORMED_KINDS, { error: `kind must be one of ${MALFORMED_KINDS.join(', ')}` }),
    }),
    z.object({ action: z.literal('clearScenarios') }),
    z.object({ action: z.literal('setPreOrderTimeoutMinutes'), minutes: wholeNumber('minutes', SANDBOX_LIMITS.preOrderTimeoutMinutes) }),
    z.object({ action: z.literal('expireOrder'), orderId: wholeNumber('orderId', { min: 1, max: Number.MAX_SAFE_INTEGER }) }),
    z.object({ action: z.literal('setProfilePool'), size: wholeNumber('size', SANDBOX_LIMITS.profilePoolSize) }),
    z.object({
      action: z.literal('settlePayPalCapture'),
      captureId: z.string({ error: 'captureId must be a string' }).trim().min(1, 'captureId is required').max(64, 'captureId is too long'),
      status: z.enum(PAYPAL_SETTLEMENTS, { error: `status must be one of ${PAYPAL_SETTLEMENTS.join(', ')}` }),
    }),
    z.object({
      action: z.literal('setPrice'),
      packageId: wholeNumber('packageId', { min: 1, max: Number.MAX_SAFE_INTEGER }),
      currency: z.string({ error: 'currency must be a string' }).regex(/^[A-Z]{3}$/, 'currency must be a code such as USD'),
      minor: wholeNumber('minor', SANDBOX_LIMITS.priceMinor),
    }),
    z.object({ action: z.literal('reset') }),
  ],
  { error: `action must be one of ${CONTROL_ACTIONS.join(', ')}` },
);

export type ControlRequest = z.infer<typeof controlRequestSchema>;

/** A refusal names the bad fields too, so a form can point at them in its own language. */
export type ParsedControlRequest = { ok: true; request: ControlRequest } | { ok: false; error: string; fields: string[] };

/** A control request from untrusted JSON; the error names each bad field, e.g. `count: count must be at least 1`. */
export function parseControlRequest(value: unknown): ParsedControlRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'body: must be a JSON object', fields: ['body'] };
  }
  const result = controlRequestSchema.safeParse(value);
  if (result.success) return { ok: true, request: result.data };
  const named = result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message }));
  return {
    ok: false,
    error: named.map(({ field, message }) => `${field}: ${message}`).join('; '),
    fields: [...new Set(named.map(({ field }) => field))],
  };
}

/** Runs a validated request; a SandboxControlError (unknown order, wrong state) comes through. */
export function applyControlRequest(control: SandboxControl, request: ControlRequest): void {
  switch (request.action) {
    case 'forceCode':
      return control.forceCode(request.path, request.code, request.count);
    case 'addLatency':
      return control.addLatency(request.path, request.ms, request.count ?? undefined);
    case 'forceTimeout':
      return control.forceTimeout(request.path, request.count);
    case 'forceMalformed':
      return control.forceMalformed(request.path, request.count, request.kind);
    case 'clearScenarios':
      return control.clearScenarios();
    case 'setPreOrderTimeoutMinutes':
      return control.setPreOrderTimeoutMinutes(request.minutes);
    case 'expireOrder':
      return control.expireOrder(request.orderId);
    case 'setProfilePool':
      return control.setProfilePool(request.size);
    case 'settlePayPalCapture':
      return control.settlePayPalCapture(request.captureId, request.status);
    case 'setPrice':
      return control.setPrice(request.packageId, request.currency, request.minor);
    case 'reset':
      return control.reset();
  }
}
