export type SecurityHeader = { key: string; value: string };

/** Headers for every response; the nonce'd Content-Security-Policy comes from `proxy.ts`. */
export declare function securityHeaders(options: { production: boolean }): SecurityHeader[];
