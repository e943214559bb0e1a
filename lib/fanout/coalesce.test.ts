import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '@/lib/fanout/coalesce';

describe('coalescing refreshes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once and a burst after it as one more run per gap', async () => {
    const work = vi.fn(async () => undefined);
    const refresh = coalesce(work, { gapMs: 500 });
    refresh.request();
    expect(work).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 100; i += 1) refresh.request();
    await vi.advanceTimersByTimeAsync(499);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('never runs twice at a time: a request during a slow run waits for it', async () => {
    let finish: () => void = () => undefined;
    let running = 0;
    let most = 0;
    const work = vi.fn(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => (finish = resolve));
      running -= 1;
    });
    const refresh = coalesce(work, { gapMs: 100 });
    refresh.request();
    await vi.advanceTimersByTimeAsync(1_000);
    refresh.request();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(work).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(most).toBe(1);
  });

  it('keeps going after a failed run', async () => {
    const work = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(undefined);
    const refresh = coalesce(work, { gapMs: 100 });
    refresh.request();
    await vi.advanceTimersByTimeAsync(200);
    refresh.request();
    expect(work).toHaveBeenCalledTimes(2);
  });
});
