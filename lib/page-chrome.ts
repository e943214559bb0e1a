/** What the cached catalog pages fill in after loading: the sandbox banner and who is signed in. */
export type PageChrome = {
  banner: string | null;
  account: { signedInAs: string } | null;
};

export const PAGE_CHROME_PATH = '/api/page-chrome';

/**
 * The shop's own answer, checked by hand: zod would add its weight to every catalog page's
 * scripts for one object of two fields.
 */
export function asPageChrome(value: unknown): PageChrome | null {
  if (typeof value !== 'object' || value === null) return null;
  const { banner, account } = value as Record<string, unknown>;
  const bannerOk = banner === null || typeof banner === 'string';
  const signedInAs = typeof account === 'object' && account !== null ? (account as Record<string, unknown>).signedInAs : undefined;
  const accountOk = account === null || typeof signedInAs === 'string';
  if (!bannerOk || !accountOk) return null;
  return { banner: banner as string | null, account: account === null ? null : { signedInAs: signedInAs as string } };
}
