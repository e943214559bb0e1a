import { describe, expect, it, vi } from 'vitest';
import { oncePerCatalogCopy } from '@/lib/catalog/per-catalog-copy';

const en = { locale: 'en', currency: 'USD' } as const;
const zh = { locale: 'zh-CN', currency: 'CNY' } as const;

describe('oncePerCatalogCopy', () => {
  it('builds once per copy and preference, again for a new copy', async () => {
    const build = vi.fn(async (copy: number[], preferences: { locale: string }) => `${copy.length} ${preferences.locale}`);
    const views = oncePerCatalogCopy(build);
    const copy = [1, 2];
    expect(await Promise.all([views(copy, en), views(copy, en)])).toEqual(['2 en', '2 en']);
    expect(await views(copy, zh)).toBe('2 zh-CN');
    expect(build).toHaveBeenCalledTimes(2);
    await views([1, 2, 3], en);
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('keeps neither a failure nor a result it is told not to keep', async () => {
    const build = vi
      .fn<(copy: object) => Promise<{ complete: boolean }>>()
      .mockRejectedValueOnce(new Error('provider down'))
      .mockResolvedValueOnce({ complete: false })
      .mockResolvedValue({ complete: true });
    const views = oncePerCatalogCopy(build, (result) => result.complete);
    const copy = {};
    await expect(views(copy, en)).rejects.toThrow('provider down');
    expect(await views(copy, en)).toEqual({ complete: false });
    expect(await views(copy, en)).toEqual({ complete: true });
    expect(await views(copy, en)).toEqual({ complete: true });
    expect(build).toHaveBeenCalledTimes(3);
  });
});
