import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A stand-in for `next/headers` in tests of server actions: the headers of the request being served
 * and the cookie jar of the browser that sent it, one pair per call even when calls overlap, so a test
 * can act as many people at once.
 */
export type CookieJar = {
  get(name: string): { name: string; value: string } | undefined;
  getAll(): { name: string; value: string }[];
  has(name: string): boolean;
  set(name: string, value: string, options?: { maxAge?: number }): void;
  delete(name: string): void;
};

export function cookieJar(): CookieJar {
  const values = new Map<string, string>();
  return {
    get: (name) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    getAll: () => [...values].map(([name, value]) => ({ name, value })),
    has: (name) => values.has(name),
    set(name, value, options) {
      if (options?.maxAge === 0 || value === '') values.delete(name);
      else values.set(name, value);
    },
    delete: (name) => void values.delete(name),
  };
}

type Request = { headers: Headers; browser: CookieJar };

export type RequestScope = {
  /** Runs `call` as a request from `address` (read with TRUSTED_PROXY_COUNT=1) sent by `browser`. */
  from<T>(address: string, browser: CookieJar, call: () => Promise<T>): Promise<T>;
  headers(): Headers;
  cookies(): CookieJar;
};

export function requestScope(): RequestScope {
  const current = new AsyncLocalStorage<Request>();
  const request = () => {
    const value = current.getStore();
    if (!value) throw new Error('headers() or cookies() called outside a request');
    return value;
  };
  return {
    from(address, browser, call) {
      // The proxy in front appended the client's address after whatever the client wrote.
      const headers = new Headers({ 'x-forwarded-for': `203.0.113.250, ${address}`, host: 'shop.test' });
      return current.run({ headers, browser }, call);
    },
    headers: () => request().headers,
    cookies: () => request().browser,
  };
}
