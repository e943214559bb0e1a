import { z } from 'zod';

/** Where the smoke run writes what it leaves (the HTML report, the call log): one folder for a ticket. */
export const DEFAULT_REPORT_DIR = 'smoke-report';

const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).optional());

const settingsSchema = z.object({
  SMOKE_BASE_URL: z.url({ error: 'SMOKE_BASE_URL (or --base-url) must be the deployed shop\'s address, e.g. https://shop.example' }),
  SMOKE_STAFF_PASSWORD: optionalText,
  SMOKE_ALLOW_ORDERS: z.preprocess((value) => (value === '' ? undefined : value), z.enum(['0', '1']).default('0')),
  SMOKE_REPORT_DIR: optionalText.default(DEFAULT_REPORT_DIR),
  SMOKE_DESTINATION: optionalText.default('Japan'),
  SMOKE_EMAIL: optionalText.pipe(z.email().optional()).default('smoke-test@example.com'),
});

export type SmokeSettings = {
  baseUrl: string;
  /** The staff console's password; without it the staff parts are left out (and the target counts as real). */
  staffPassword: string | undefined;
  /** SMOKE_ALLOW_ORDERS=1: pre-order and pay against a provider that is not the built-in sandbox. */
  allowOrders: boolean;
  reportDir: string;
  /** What the walk searches for on the destinations page; it buys that destination's first package. */
  destination: string;
  /** The receipt address of the run's order. */
  email: string;
};

/** The smoke run's settings from the environment, checked with zod: a wrong one stops the run with its name. */
export function readSmokeSettings(source: Record<string, string | undefined> = process.env): SmokeSettings {
  const parsed = settingsSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid smoke settings:\n${parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  }
  const env = parsed.data;
  return {
    baseUrl: env.SMOKE_BASE_URL.replace(/\/+$/, ''),
    staffPassword: env.SMOKE_STAFF_PASSWORD,
    allowOrders: env.SMOKE_ALLOW_ORDERS === '1',
    reportDir: env.SMOKE_REPORT_DIR,
    destination: env.SMOKE_DESTINATION,
    email: env.SMOKE_EMAIL,
  };
}
