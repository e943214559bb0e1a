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

/** The seeded demo customer of the shop's partner: lets a customer-token flow be tried without registering. */
export const SANDBOX_CUSTOMER = {
  email: 'traveller@sandbox.esim-qr-mall.test',
  password: 'traveller-password',
  partnerCode: SANDBOX_ACCOUNT.partnerCode,
} as const;

/**
 * `partner`: the shop's own account, whose back office sees every order of its partner code.
 * `customer`: a buyer registered by the shop, who sees only the orders it placed.
 */
export type AccountRole = 'partner' | 'customer';

export type SandboxAccount = {
  readonly email: string;
  /** Lower-case MD5 hex of the password, what a login's `passwd` carries. */
  readonly passwordMd5: string;
  readonly partnerCode: string;
  readonly role: AccountRole;
};

/** The key of an account in `state.accounts`: e-mails are compared case-insensitively. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Accounts keyed by lower-case e-mail: the partner account and the demo customer. */
export function seedAccounts(): Map<string, SandboxAccount> {
  const accounts: SandboxAccount[] = [
    { email: SANDBOX_ACCOUNT.email, passwordMd5: md5Hex(SANDBOX_ACCOUNT.password), partnerCode: SANDBOX_ACCOUNT.partnerCode, role: 'partner' },
    { email: SANDBOX_CUSTOMER.email, passwordMd5: md5Hex(SANDBOX_CUSTOMER.password), partnerCode: SANDBOX_CUSTOMER.partnerCode, role: 'customer' },
  ];
  return new Map(accounts.map((account) => [accountKey(account.email), account]));
}
