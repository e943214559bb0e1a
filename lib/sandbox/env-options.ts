import { z } from 'zod';

import { CATALOG_SIZES } from '@/lib/sandbox/large-catalog';
import { SANDBOX_LIMITS, type Bounds } from '@/lib/sandbox/limits';
import type { SandboxOptions } from '@/lib/sandbox/state';

/**
 * The sandbox's own environment variables, read by the in-app sandbox and the stand-alone CLI
 * alike. Kept here, not in the shop's `@/lib/env`: they configure "the provider", not the shop.
 */
export const SANDBOX_ENV = {
  preOrderTimeoutMinutes: 'SANDBOX_PREORDER_TIMEOUT_MINUTES',
  profilePoolSize: 'SANDBOX_PROFILE_POOL',
  catalogSize: 'SANDBOX_CATALOG_SIZE',
} as const;

/** Blank or unset: the sandbox default. Otherwise plain digits within bounds, so `60m` or `1e3` fail loudly. */
const wholeNumber = (name: string, bounds: Bounds) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, `${name} must be a whole number`)
        .transform(Number)
        .pipe(z.number().min(bounds.min, `${name} must be at least ${bounds.min}`).max(bounds.max, `${name} must be at most ${bounds.max}`))
        .optional(),
    );

/** Blank or unset: the default catalog; `large` seeds 10,000 packages over 200 countries. */
const catalogSize = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.enum(CATALOG_SIZES, { error: `${SANDBOX_ENV.catalogSize} must be ${CATALOG_SIZES.join(' or ')}` }).optional());

const schema = z.object({
  [SANDBOX_ENV.preOrderTimeoutMinutes]: wholeNumber(SANDBOX_ENV.preOrderTimeoutMinutes, SANDBOX_LIMITS.preOrderTimeoutMinutes),
  [SANDBOX_ENV.profilePoolSize]: wholeNumber(SANDBOX_ENV.profilePoolSize, SANDBOX_LIMITS.profilePoolSize),
  [SANDBOX_ENV.catalogSize]: catalogSize,
});

export type SandboxEnvOptions = Pick<SandboxOptions, 'preOrderTimeoutMinutes' | 'profilePoolSize' | 'catalogSize'>;

/** The options set by the environment (unset ones left out); an Error listing every bad variable otherwise. */
export function sandboxOptionsFromEnv(source: Record<string, string | undefined>): SandboxEnvOptions {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid sandbox configuration:\n${result.error.issues.map((issue) => `  - ${issue.message}`).join('\n')}`);
  }
  const timeout = result.data[SANDBOX_ENV.preOrderTimeoutMinutes];
  const pool = result.data[SANDBOX_ENV.profilePoolSize];
  const size = result.data[SANDBOX_ENV.catalogSize];
  return {
    ...(timeout === undefined ? {} : { preOrderTimeoutMinutes: timeout }),
    ...(pool === undefined ? {} : { profilePoolSize: pool }),
    ...(size === undefined ? {} : { catalogSize: size }),
  };
}
