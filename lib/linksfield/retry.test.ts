import { describe, expect, it, vi } from 'vitest';
import { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import { withRetries } from '@/lib/linksfield/retry';

const timeout = () => new ProviderUnavailableError('/x', 'timeout');

describe('withRetries', () => {
  it('retries transient failures with full-jitter backoff, then succeeds', async () => {
    const sleep = vi.fn<(ms: number) => Promise<void>>(async () => undefined);
    const work = vi.fn().mockRejectedValueOnce(timeout()).mockRejectedValueOnce(new UnexpectedAnswerError('/x', 'HTTP 500', 500)).mockResolvedValue('ok');
    await expect(withRetries(work, { retries: 2, baseDelayMs: 100, random: () => 0.5, sleep })).resolves.toBe('ok');
    expect(work).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([50, 100]);
  });

  it('gives up after the allowed retries', async () => {
    const work = vi.fn().mockRejectedValue(timeout());
    await expect(withRetries(work, { retries: 2, sleep: async () => undefined })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(work).toHaveBeenCalledTimes(3);
  });

  it('never retries a business answer or a shape problem', async () => {
    for (const error of [new LinksfieldError(2, 'bad', '/x'), new UnexpectedAnswerError('/x', 'data.id: missing', 200)]) {
      const work = vi.fn().mockRejectedValue(error);
      await expect(withRetries(work, { retries: 3, sleep: async () => undefined })).rejects.toBe(error);
      expect(work).toHaveBeenCalledTimes(1);
    }
  });
});
