import { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';

/** The provider refused, did not answer or answered nonsense: a page says so instead of failing. */
export function isProviderFailure(error: unknown): boolean {
  return error instanceof LinksfieldError || error instanceof ProviderUnavailableError || error instanceof UnexpectedAnswerError;
}

/** `work`'s value, or null when the provider failed; any other error (a bug) still propagates. */
export async function unlessProviderFails<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isProviderFailure(error)) return null;
    throw error;
  }
}
