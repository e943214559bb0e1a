import { describe, expect, it } from 'vitest';

import { mapWithLimit } from '@/lib/map-with-limit';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapWithLimit', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const result = await mapWithLimit([5, 1, 4, 2, 3, 6, 7], 3, async (value) => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < value; i += 1) await tick();
      running -= 1;
      return value * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 60, 70]);
    expect(most).toBe(3);
  });

  it('handles no items, and fewer items than the limit', async () => {
    expect(await mapWithLimit([], 4, async () => 1)).toEqual([]);
    expect(await mapWithLimit(['a'], 4, async (value, index) => `${value}${index}`)).toEqual(['a0']);
  });

  it('rejects with the first failure, and refuses a limit below 1', async () => {
    const failing = mapWithLimit([1, 2, 3], 2, async (value) => {
      if (value === 2) throw new Error('two');
      return value;
    });
    await expect(failing).rejects.toThrow('two');
    await expect(mapWithLimit([1], 0, async (value) => value)).rejects.toThrow(RangeError);
  });
});
