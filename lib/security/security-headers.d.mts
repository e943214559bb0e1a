export type SecurityHeader = { key: string; value: string };

/** Headers for every response; the nonce'd Content-Security-Policy comes from `proxy.ts`. */
export declare function securityHeaders(options: { production: boolean }): SecurityHeader[];

/** Built files and the provider sandbox: the answers the proxy never sees that are not pages. */
export declare const NON_PAGE_SOURCES: readonly string[];

/** Their policy, which allows nothing. */
export declare function nonPageHeaders(): SecurityHeader[];
