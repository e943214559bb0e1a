import type { ShopPreferences } from '@/lib/catalog/preferences';

/**
 * `build` done once per language and currency for each copy of cached catalog data (a refresh of
 * the catalog brings a new copy, and the old one's results go with it), not on every page view.
 * A failed build is not kept, nor a result `keep` refuses: the next view tries again.
 */
export function oncePerCatalogCopy<Copy extends object, Result>(
  build: (copy: Copy, preferences: ShopPreferences) => Promise<Result>,
  keep: (result: Result) => boolean = () => true,
): (copy: Copy, preferences: ShopPreferences) => Promise<Result> {
  const built = new WeakMap<Copy, Map<string, Promise<Result>>>();
  return (copy, preferences) => {
    let byPreference = built.get(copy);
    if (!byPreference) {
      byPreference = new Map();
      built.set(copy, byPreference);
    }
    const key = `${preferences.locale}|${preferences.currency ?? ''}`;
    let result = byPreference.get(key);
    if (!result) {
      const list = byPreference;
      result = build(copy, preferences);
      result.then(
        (value) => {
          if (!keep(value)) list.delete(key);
        },
        () => list.delete(key),
      );
      list.set(key, result);
    }
    return result;
  };
}
