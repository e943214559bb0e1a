export declare const CATALOG_LOCALES: string[];
export declare const LOCALE_COOKIE: string;
export declare const CURRENCY_COOKIE: string;
export declare const NO_CURRENCY_CHOSEN: string;
export declare const CACHED_PREFIX: string;
export declare const CACHED_CATALOG_ROUTES: { source: string; pattern: RegExp; target: string; perRequestQuery: string[] }[];
export declare function cachedCatalogTarget(pathname: string, query: URLSearchParams): string | undefined;
type Condition = { type: 'query' | 'cookie' | 'header'; key: string; value?: string };
export declare function cachedCatalogRewrites(): { source: string; destination: string; has?: Condition[]; missing?: Condition[] }[];
