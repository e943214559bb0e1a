type Entry<T> = {
  /** The last good value and when it was loaded. */
  good?: { value: T; at: number };
  /** A load under way, shared by everyone asking meanwhile. */
  loading?: Promise<T>;
  /** True while the last refresh failed and the old value is being served. */
  stale: boolean;
};

export type TtlCacheOptions = {
  /** How long after `ttlMs` the last good value is still served when a refresh fails (stale-if-error). */
  staleMs?: number;
  /**
   * How long after `ttlMs` a value is served at once while a refresh runs in the background
   * (stale-while-revalidate): nobody waits for the provider just because a minute passed.
   */
  revalidateMs?: number;
  now?: () => number;
};

/**
 * An in-process cache: one load at a time per key, fresh for `ttlMs`, then served while it
 * refreshes in the background for `revalidateMs`. When a refresh fails, the last good value keeps
 * being served (and reported stale) for up to `staleMs`, so a provider outage does not empty the
 * shop; failures themselves are never cached.
 */
export function createTtlCache<T>(ttlMs: number, options: TtlCacheOptions = {}) {
  const now = options.now ?? Date.now;
  const staleMs = options.staleMs ?? 0;
  const revalidateMs = options.revalidateMs ?? 0;
  const entries = new Map<string, Entry<T>>();

  function refresh(key: string, entry: Entry<T>, load: () => Promise<T>): Promise<T> {
    entry.loading ??= load()
      .then((value) => {
        entry.good = { value, at: now() };
        entry.stale = false;
        return value;
      })
      .catch((error: unknown) => {
        if (entry.good && now() - entry.good.at < ttlMs + staleMs) {
          entry.stale = true;
          return entry.good.value;
        }
        throw error;
      })
      .finally(() => {
        entry.loading = undefined;
      });
    return entry.loading;
  }

  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      let entry = entries.get(key);
      if (!entry) {
        entry = { stale: false };
        entries.set(key, entry);
      }
      const age = entry.good ? now() - entry.good.at : Number.POSITIVE_INFINITY;
      if (entry.good && !entry.stale && age < ttlMs) return Promise.resolve(entry.good.value);
      if (entry.good && !entry.stale && age < ttlMs + revalidateMs) {
        // The refresh settles on its own; a failure marks the entry stale (see refresh).
        refresh(key, entry, load).catch(() => undefined);
        return Promise.resolve(entry.good.value);
      }
      return refresh(key, entry, load);
    },
    /** Makes every copy due for a refresh on its next use; the copies stay to be served if the refresh fails. */
    expire() {
      for (const entry of entries.values()) {
        if (entry.good) entry.good = { value: entry.good.value, at: Math.min(entry.good.at, now() - ttlMs - revalidateMs) };
      }
    },
    /** Whether `key` is being served from an old copy because the provider failed. */
    isStale(key: string): boolean {
      return entries.get(key)?.stale ?? false;
    },
  };
}

export type TtlCache<T> = ReturnType<typeof createTtlCache<T>>;
