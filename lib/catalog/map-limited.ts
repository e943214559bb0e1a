/**
 * `work` over every item, at most `limit` at a time, results in the items' order. Used where one
 * page needs many provider calls: sent all at once they queue up behind each other at the provider
 * and time out together, a few at a time each one answers quickly.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
