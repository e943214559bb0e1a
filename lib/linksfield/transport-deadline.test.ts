import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProviderUnavailableError } from '@/lib/linksfield/errors';
import { callProvider } from '@/lib/linksfield/transport';

describe('the deadline of a provider call', () => {
  it('ends a call whose fetch never settles, even one that ignores its abort signal', async () => {
    const started = Date.now();
    const error = await callProvider(
      { baseUrl: 'http://provider.invalid', timeoutMs: 200, fetch: () => new Promise<Response>(() => undefined) },
      '/v1.1/package/detail',
      {},
      z.unknown(),
      { acceptLanguage: 'en-US' },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect((error as ProviderUnavailableError).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('ends a call whose answer starts but whose body never finishes', async () => {
    const endless = new ReadableStream({ start: () => undefined });
    const error = await callProvider(
      { baseUrl: 'http://provider.invalid', timeoutMs: 200, fetch: async () => new Response(endless) },
      '/v1.1/package/detail',
      {},
      z.unknown(),
      { acceptLanguage: 'en-US' },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderUnavailableError);
  });
});
