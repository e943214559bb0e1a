import { ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';

export type RetryOptions = {
  retries: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

/** Worth another try: no answer at all, or a server-side failure. Business codes are answers. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ProviderUnavailableError) return true;
  return error instanceof UnexpectedAnswerError && (error.httpStatus ?? 0) >= 500;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Retries a read with exponential backoff and full jitter (a random wait up to base x 2^attempt),
 * so many shops retrying at once do not hammer a struggling provider in step. Only for reads:
 * writes are never repeated blindly.
 */
export async function withRetries<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { retries, baseDelayMs = 200, maxDelayMs = 2000, random = Math.random, sleep = defaultSleep } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= retries || !isTransient(error)) throw error;
      await sleep(Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)));
    }
  }
}
