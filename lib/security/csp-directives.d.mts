export type PolicyOptions = {
  /** Script sources after `'self'`: a nonce and `'strict-dynamic'`, or hashes. */
  scriptSources: readonly string[];
  /** Style element sources after `'self'`: a nonce, hashes, or `'unsafe-inline'` in development. */
  styleSources: readonly string[];
  /** `next dev`: adds `'unsafe-eval'` to `script-src`, never `upgrade-insecure-requests`. */
  dev: boolean;
  /** Served over HTTPS: adds `upgrade-insecure-requests` (not in development). */
  https: boolean;
  /** Hosts one page may also load scripts, calls, frames and images from (PayPal's, on the payment page). */
  thirdParty?: readonly string[];
};

/** The shop's Content-Security-Policy: every directive but the sources of scripts and styles is fixed here. */
export declare function buildPolicy(options: PolicyOptions): string;

/** The policy of an answer that is not a page: it may load nothing and be framed by no one. */
export declare const NOTHING_POLICY: string;
