import { describe, expect, it, vi } from 'vitest';

/** A second copy of a module, as another Next bundle loads it. */
async function freshCopy<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}

describe('errors that cross bundles', () => {
  it("are instances of their class in every copy of its module, and of no other class", async () => {
    const first = await freshCopy(() => import('@/lib/linksfield/errors'));
    const second = await freshCopy(() => import('@/lib/linksfield/errors'));
    expect(first.LinksfieldError).not.toBe(second.LinksfieldError);

    const thrown = new first.LinksfieldError(3005, 'no free eSIM profile', '/v1.1/payment/webhook');
    expect(thrown).toBeInstanceOf(second.LinksfieldError);
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(second.ProviderUnavailableError);
    expect(thrown).not.toBeInstanceOf(second.UnexpectedAnswerError);
    expect(new Error('plain')).not.toBeInstanceOf(second.LinksfieldError);
    expect(second.isTokenRefused(new first.LinksfieldError(7, 'token', '/x'))).toBe(true);
    expect({ code: 7 }).not.toBeInstanceOf(second.LinksfieldError);
  });

  it('keep their name, message, fields and cause', async () => {
    const { ProviderUnavailableError } = await import('@/lib/linksfield/errors');
    const cause = new Error('ECONNRESET');
    const error = new ProviderUnavailableError('/v1.1/order/status', 'network', { cause });
    expect(error).toMatchObject({ name: 'ProviderUnavailableError', endpoint: '/v1.1/order/status', reason: 'network', cause });
    expect(error.message).toBe('The provider did not answer on /v1.1/order/status (network)');
    expect(String(error)).toMatch(/^ProviderUnavailableError: /);
  });

  it("PayPal's errors too", async () => {
    const first = await freshCopy(() => import('@/lib/paypal/errors'));
    const second = await freshCopy(() => import('@/lib/paypal/errors'));
    const declined = new first.PayPalError(422, 'UNPROCESSABLE_ENTITY', 'INSTRUMENT_DECLINED', null);
    expect(declined).toBeInstanceOf(second.PayPalError);
    expect(declined).not.toBeInstanceOf(second.PayPalUnavailableError);
    expect(second.isInstrumentDeclined(declined)).toBe(true);
    expect(declined.name).toBe('PayPalError');
  });
});
