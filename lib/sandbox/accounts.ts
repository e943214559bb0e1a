import { md5Hex } from '@/lib/sandbox/md5';

/**
 * The seeded account and partner. Same values as `SANDBOX_DEFAULTS` of `@/lib/env` (a test keeps
 * them in step); copied because the sandbox is "the provider" and runs outside Next too.
 */
export const SANDBOX_ACCOUNT = {
  email: 'shop@sandbox.esim-qr-mall.test',
  password: 'sandbox-password',
  partnerCode: '1000000005',
} as const;

export type SandboxAccount = {
  readonly email: string;
  /** Lower-case MD5 hex of the password, what a login's `passwd` carries. */
  readonly passwordMd5: string;
  readonly partnerCode: string;
};

/** Accounts keyed by lower-case e-mail. */
export function seedAccounts(): Map<string, SandboxAccount> {
  const account: SandboxAccount = {
    email: SANDBOX_ACCOUNT.email,
    passwordMd5: md5Hex(SANDBOX_ACCOUNT.password),
    partnerCode: SANDBOX_ACCOUNT.partnerCode,
  };
  return new Map([[account.email.toLowerCase(), account]]);
}
