import 'server-only';
import { z } from 'zod';
import type { SignInLimits } from '@/lib/rate-limit/sign-in-guard';

/** The seeded account and partner of the built-in sandbox: public by design, they only open the sandbox. */
export const SANDBOX_DEFAULTS = {
  email: 'shop@sandbox.esim-qr-mall.test',
  password: 'sandbox-password',
  partnerCode: '1000000005',
  basePath: '/api/sandbox',
  /** The staff console's password when the shop runs on its sandbox and STAFF_PASSWORD is unset. */
  staffPassword: 'sandbox-staff',
} as const;

export const PAYMENT_METHODS = ['paypal', 'sandbox-card'] as const;
export type PaymentMethodName = (typeof PAYMENT_METHODS)[number];

/** Until SHOP_SUPPORT_EMAIL is set: an address of the reserved `.test` domain, never a real person's. */
export const DEFAULT_SUPPORT_EMAIL = 'support@esim-qr-mall.test';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const boundedInt = (fallback: number, min: number, max: number, name: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

const envSchema = z
  .object({
    LINKSFIELD_BASE_URL: optionalText.pipe(
      z.url({ message: 'LINKSFIELD_BASE_URL must be an absolute http(s) URL, e.g. https://api-uat.io.linksfield.net/cube/v4' }).optional(),
    ),
    LINKSFIELD_ACCESS_TOKEN: optionalText.pipe(
      z.string().min(8, 'LINKSFIELD_ACCESS_TOKEN must be at least 8 characters').optional(),
    ),
    LINKSFIELD_EMAIL: optionalText.pipe(z.email('LINKSFIELD_EMAIL must be an email address').optional()),
    LINKSFIELD_PASSWORD: optionalText,
    LINKSFIELD_PARTNER_CODE: optionalText,
    LINKSFIELD_TIMEOUT_MS: boundedInt(10_000, 100, 120_000, 'LINKSFIELD_TIMEOUT_MS'),
    LINKSFIELD_READ_RETRIES: boundedInt(2, 0, 5, 'LINKSFIELD_READ_RETRIES'),
    CALL_LOG_LIMIT: boundedInt(5000, 1, 100_000, 'CALL_LOG_LIMIT'),
    RECOVERY_INTERVAL_MS: boundedInt(60_000, 1_000, 3_600_000, 'RECOVERY_INTERVAL_MS'),
    RECOVERY_GRACE_MS: boundedInt(30_000, 0, 3_600_000, 'RECOVERY_GRACE_MS'),
    SHOP_MAX_QUANTITY: boundedInt(10, 1, 100, 'SHOP_MAX_QUANTITY'),
    SHOP_SUPPORT_EMAIL: optionalText.pipe(z.email('SHOP_SUPPORT_EMAIL must be an email address').optional()),
    SHOP_DATA_DIR: optionalText,
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .refine(
          (value) => /^postgres(ql)?:\/\//i.test(value) && URL.canParse(value),
          'DATABASE_URL must be a postgres:// or postgresql:// URL, e.g. postgresql://shop:secret@127.0.0.1:5432/shop',
        )
        .optional(),
    ),
    SANDBOX_LATENCY_MS: boundedInt(0, 0, 60_000, 'SANDBOX_LATENCY_MS'),
    SANDBOX_SEED: optionalText,
    SANDBOX_ENABLED: z.preprocess(blankToUndefined, z.enum(['true', 'false'], { error: 'SANDBOX_ENABLED must be true or false' }).optional()),
    SESSION_SECRET: optionalText.pipe(
      z.string().min(32, 'SESSION_SECRET must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
    ),
    RATE_LIMIT_PREORDERS_PER_MINUTE: boundedInt(30, 1, 100_000, 'RATE_LIMIT_PREORDERS_PER_MINUTE'),
    RATE_LIMIT_PAYMENTS_PER_MINUTE: boundedInt(30, 1, 100_000, 'RATE_LIMIT_PAYMENTS_PER_MINUTE'),
    RATE_LIMIT_SIGNINS_PER_MINUTE: boundedInt(20, 1, 100_000, 'RATE_LIMIT_SIGNINS_PER_MINUTE'),
    RATE_LIMIT_SIGNINS_PER_ACCOUNT_PER_MINUTE: boundedInt(5, 1, 100_000, 'RATE_LIMIT_SIGNINS_PER_ACCOUNT_PER_MINUTE'),
    RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR: boundedInt(30, 1, 100_000, 'RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR'),
    TRUSTED_PROXY_COUNT: boundedInt(0, 0, 10, 'TRUSTED_PROXY_COUNT'),
    STAFF_PASSWORD: optionalText.pipe(z.string().min(10, 'STAFF_PASSWORD must be at least 10 characters').optional()),
    SESSION_COOKIE_SECURE: z
      .preprocess(blankToUndefined, z.enum(['true', 'false'], { error: 'SESSION_COOKIE_SECURE must be true or false' }).optional()),
    PORT: boundedInt(3000, 1, 65_535, 'PORT'),
    PAYMENT_METHODS: optionalText.pipe(
      z
        .string()
        .transform((value) => value.split(',').map((method) => method.trim()).filter(Boolean))
        .pipe(
          z
            .array(z.enum(PAYMENT_METHODS, { error: `PAYMENT_METHODS lists ${PAYMENT_METHODS.join(' and/or ')}, comma-separated` }))
            .min(1, 'PAYMENT_METHODS needs at least one method'),
        )
        .optional(),
    ),
    PAYPAL_CLIENT_ID: optionalText,
    PAYPAL_CLIENT_SECRET: optionalText,
    PAYPAL_API_BASE_URL: optionalText.pipe(
      z.url({ message: 'PAYPAL_API_BASE_URL must be an absolute URL, e.g. https://api-m.sandbox.paypal.com' }).optional(),
    ),
    PAYPAL_SDK_BASE_URL: optionalText,
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .refine(
          (value) => /^smtps?:\/\//i.test(value) && URL.canParse(value),
          'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465',
        )
        .optional(),
    ),
    MAIL_FROM: optionalText.pipe(z.string().max(200, 'MAIL_FROM is too long').optional()),
    SHOP_URL: optionalText.pipe(z.url({ message: 'SHOP_URL must be the absolute address customers open, e.g. https://shop.example.com' }).optional()),
    MAIL_INTERVAL_MS: boundedInt(2_000, 100, 600_000, 'MAIL_INTERVAL_MS'),
    MAIL_LEASE_MS: boundedInt(120_000, 1_000, 3_600_000, 'MAIL_LEASE_MS'),
    MAIL_RETRY_BASE_MS: boundedInt(5_000, 100, 600_000, 'MAIL_RETRY_BASE_MS'),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.LINKSFIELD_EMAIL) !== Boolean(env.LINKSFIELD_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.LINKSFIELD_EMAIL ? 'LINKSFIELD_PASSWORD' : 'LINKSFIELD_EMAIL'],
        message: 'LINKSFIELD_EMAIL and LINKSFIELD_PASSWORD go together: set both or neither',
      });
    }
    if (Boolean(env.PAYPAL_CLIENT_ID) !== Boolean(env.PAYPAL_CLIENT_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.PAYPAL_CLIENT_ID ? 'PAYPAL_CLIENT_SECRET' : 'PAYPAL_CLIENT_ID'],
        message: 'PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET go together: set both (the shop collects) or neither (the provider does)',
      });
    }
    if (!env.LINKSFIELD_BASE_URL) return;
    if (env.PAYPAL_CLIENT_ID && !env.PAYPAL_API_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYPAL_API_BASE_URL'],
        message: 'PAYPAL_API_BASE_URL is required with PAYPAL_CLIENT_ID and a real provider: https://api-m.sandbox.paypal.com or https://api-m.paypal.com',
      });
    }
    if (!env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET is required when LINKSFIELD_BASE_URL points at a real provider',
      });
    }
    if (!env.LINKSFIELD_PARTNER_CODE) {
      ctx.addIssue({
        code: 'custom',
        path: ['LINKSFIELD_PARTNER_CODE'],
        message: 'LINKSFIELD_PARTNER_CODE is required when LINKSFIELD_BASE_URL points at a real provider',
      });
    }
    if (!env.LINKSFIELD_ACCESS_TOKEN && !env.LINKSFIELD_EMAIL) {
      ctx.addIssue({
        code: 'custom',
        path: ['LINKSFIELD_ACCESS_TOKEN'],
        message:
          'With LINKSFIELD_BASE_URL set, give LINKSFIELD_ACCESS_TOKEN or LINKSFIELD_EMAIL and LINKSFIELD_PASSWORD',
      });
    }
  });

export type ShopEnv = {
  /** True when no upstream is configured and the shop talks to its own built-in sandbox. */
  sandbox: boolean;
  /** The address customers open (SHOP_URL): links in e-mail, canonical and alternate addresses, the sitemap. */
  shopUrl: string;
  baseUrl: string;
  accessToken: string | undefined;
  credentials: { email: string; password: string } | undefined;
  partnerCode: string;
  timeoutMs: number;
  /** Extra tries for read calls that got no answer or a 5xx. */
  readRetries: number;
  maxQuantity: number;
  /** Where customers write for help: in every page's footer and the accessibility statement. */
  supportEmail: string;
  dataDir: string;
  /** PostgreSQL connection string; unset means the SQLite file under dataDir. */
  databaseUrl: string | undefined;
  /** The port this server listens on (`next start` sets PORT): the shop's own loopback calls use it. */
  port: number;
  sandboxLatencyMs: number;
  sandboxSeed: string;
  /** Whether the app serves /api/sandbox: in sandbox mode, or when SANDBOX_ENABLED=true. */
  sandboxServed: boolean;
  /** Seals the session cookies; unset on the sandbox, a random one is kept in the data folder. */
  sessionSecret: string | undefined;
  /** Session cookies only over HTTPS; off by default on the sandbox, which runs on plain localhost. */
  sessionCookieSecure: boolean;
  /** The staff console's password; undefined means the console is off (real upstream, none set). */
  staffPassword: string | undefined;
  /** How many provider calls the staff call log keeps. */
  callLogLimit: number;
  /**
   * The recovery pass: how often it runs in every instance, and the margin past the longest a live
   * call can take before something still in flight counts as cut off (see lib/orders/in-flight.ts).
   */
  recovery: { intervalMs: number; graceMs: number };
  /** Pre-orders and payments: attempts per client and per account, per minute. */
  rateLimits: Record<'preOrder' | 'payment', { perClient: number; perAccount: number }> & {
    /** Customer and staff sign-ins (see lib/rate-limit/sign-in-guard.ts). */
    signIn: SignInLimits;
  };
  /** Proxies in front of the shop that append to X-Forwarded-For; 0: the connection's address (see clientAddress). */
  trustedProxyCount: number;
  /** The ways a customer may pay, in the order the payment page offers them. */
  paymentMethods: readonly PaymentMethodName[];
  paypal: PayPalSettings;
  mail: MailSettings;
};

/**
 * E-mail to customers (docs/mail.md). `smtpUrl` unset: the shop's own mail catcher on loopback takes
 * every message (the embedded default), and staff read them in the console's Outbox.
 */
export type MailSettings = {
  /** Credentials included: kept out of the call log and the console. */
  smtpUrl: string | undefined;
  from: string;
  /** The address customers open, for the links in the messages. */
  shopUrl: string;
  /** How often every instance looks for messages due. */
  intervalMs: number;
  /** How long a sender holds a message it claimed: past it (a crash mid-send), another pass sends it. */
  leaseMs: number;
  /** The first retry's delay after a failed send; each further one doubles, up to 15 minutes. */
  retryBaseMs: number;
};

/**
 * Who collects a PayPal payment (see docs/payments.md): the provider, whose PayPal app is the
 * pre-order's clientId (order and capture happen in the browser), or the shop with its own REST
 * credentials (the server creates, captures and checks). `sdkBaseUrl` is set only for the sandbox's
 * stand-in of the JS SDK: unset, the SDK comes from PayPal's own host.
 */
export type PayPalSettings = {
  collects: 'provider' | 'shop';
  /** Shop collects: PayPal's REST API. The client id is public (the browser SDK needs it); the secret is not. */
  api: { baseUrl: string; clientId: string; clientSecret: string } | undefined;
  sdkBaseUrl: string | undefined;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid shop configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): ShopEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`));
  }
  const env = result.data;
  const sandbox = !env.LINKSFIELD_BASE_URL;
  const credentials =
    env.LINKSFIELD_EMAIL && env.LINKSFIELD_PASSWORD
      ? { email: env.LINKSFIELD_EMAIL, password: env.LINKSFIELD_PASSWORD }
      : sandbox && !env.LINKSFIELD_ACCESS_TOKEN
        ? { email: SANDBOX_DEFAULTS.email, password: SANDBOX_DEFAULTS.password }
        : undefined;
  const shopUrl = (env.SHOP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    sandbox,
    baseUrl: (env.LINKSFIELD_BASE_URL ?? `http://127.0.0.1:${env.PORT}${SANDBOX_DEFAULTS.basePath}`).replace(/\/+$/, ''),
    accessToken: env.LINKSFIELD_ACCESS_TOKEN,
    credentials,
    partnerCode: env.LINKSFIELD_PARTNER_CODE ?? SANDBOX_DEFAULTS.partnerCode,
    timeoutMs: env.LINKSFIELD_TIMEOUT_MS,
    readRetries: env.LINKSFIELD_READ_RETRIES,
    maxQuantity: env.SHOP_MAX_QUANTITY,
    supportEmail: env.SHOP_SUPPORT_EMAIL ?? DEFAULT_SUPPORT_EMAIL,
    dataDir: env.SHOP_DATA_DIR ?? `${process.cwd()}/data`,
    databaseUrl: env.DATABASE_URL,
    port: env.PORT,
    sandboxLatencyMs: env.SANDBOX_LATENCY_MS,
    sandboxSeed: env.SANDBOX_SEED ?? 'esim-qr-mall',
    sandboxServed: sandbox || env.SANDBOX_ENABLED === 'true',
    sessionSecret: env.SESSION_SECRET,
    sessionCookieSecure: env.SESSION_COOKIE_SECURE ? env.SESSION_COOKIE_SECURE === 'true' : !sandbox,
    staffPassword: env.STAFF_PASSWORD ?? (sandbox ? SANDBOX_DEFAULTS.staffPassword : undefined),
    callLogLimit: env.CALL_LOG_LIMIT,
    recovery: { intervalMs: env.RECOVERY_INTERVAL_MS, graceMs: env.RECOVERY_GRACE_MS },
    rateLimits: {
      preOrder: { perClient: env.RATE_LIMIT_PREORDERS_PER_MINUTE, perAccount: env.RATE_LIMIT_PREORDERS_PER_MINUTE },
      payment: { perClient: env.RATE_LIMIT_PAYMENTS_PER_MINUTE, perAccount: env.RATE_LIMIT_PAYMENTS_PER_MINUTE },
      signIn: {
        perClientPerMinute: env.RATE_LIMIT_SIGNINS_PER_MINUTE,
        perClientAndAccountPerMinute: env.RATE_LIMIT_SIGNINS_PER_ACCOUNT_PER_MINUTE,
        perAccountPerHour: env.RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR,
      },
    },
    trustedProxyCount: env.TRUSTED_PROXY_COUNT,
    shopUrl,
    paymentMethods: env.PAYMENT_METHODS ?? (sandbox ? ['paypal', 'sandbox-card'] : ['paypal']),
    paypal: paypalSettings(env, sandbox),
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? `eSIM QR Mall <${env.SHOP_SUPPORT_EMAIL ?? DEFAULT_SUPPORT_EMAIL}>`,
      shopUrl,
      intervalMs: env.MAIL_INTERVAL_MS,
      leaseMs: env.MAIL_LEASE_MS,
      retryBaseMs: env.MAIL_RETRY_BASE_MS,
    },
  };
}

type ParsedEnv = z.output<typeof envSchema>;

function paypalSettings(env: ParsedEnv, sandbox: boolean): PayPalSettings {
  // On the built-in sandbox the stand-in answers both halves of PayPal; never against a real upstream.
  const standIn = `${SANDBOX_DEFAULTS.basePath}/paypal`;
  const api =
    env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET
      ? {
          baseUrl: (env.PAYPAL_API_BASE_URL ?? `http://127.0.0.1:${env.PORT}${standIn}`).replace(/\/+$/, ''),
          clientId: env.PAYPAL_CLIENT_ID,
          clientSecret: env.PAYPAL_CLIENT_SECRET,
        }
      : undefined;
  return {
    collects: api ? 'shop' : 'provider',
    api,
    sdkBaseUrl: env.PAYPAL_SDK_BASE_URL ?? (sandbox ? `${standIn}/sdk/js` : undefined),
  };
}

let cached: ShopEnv | undefined;

/** The validated configuration, read once per process. */
export function getEnv(): ShopEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
