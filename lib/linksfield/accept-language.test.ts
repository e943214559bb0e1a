import { describe, expect, it } from 'vitest';
import { locales, providerLanguage } from '@/lib/i18n/locales';
import type { CallRecord } from '@/lib/linksfield/transport';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { createLinksfieldClient } from '@/lib/linksfield/client';
import { SANDBOX_DEFAULTS } from '@/lib/env';

const TOKEN = 'accept-language-test-token-42';
const setup = sandboxForTests(TOKEN);

/** The shop's client on the test sandbox, recording what it logs for the staff call log. */
function recordingClient() {
  const records: CallRecord[] = [];
  const client = createLinksfieldClient({
    baseUrl: setup.sandbox.url,
    timeoutMs: 5000,
    partnerCode: SANDBOX_DEFAULTS.partnerCode,
    accessToken: TOKEN,
    onCall: (record) => records.push(record),
  });
  return { client, records };
}

describe('the Accept-Language the provider receives', () => {
  it.each(locales)('for %s, is the one the shop decided, as received by the sandbox and as logged', async (locale) => {
    const { client, records } = recordingClient();
    const pkg = await client.getPackage(1000000, locale);
    const price = pkg.prices.find((candidate) => candidate.currency === 'USD')!;
    const { order } = await client.preOrder({ pkg, price, quantity: 1, periods: pkg.minPeriods }, locale);
    await client.reportPayment(
      {
        orderId: order.orderId,
        amountMinor: order.amountMinor,
        digits: price.digits,
        currency: price.currency,
        paymentId: `pi_${locale}`,
        succeeded: true,
        at: new Date(),
      },
      locale,
    );

    const expected = providerLanguage(locale);
    const received = setup.sandbox.sandbox.control.snapshot().orders.find((candidate) => candidate.id === order.orderId);
    expect(received?.acceptLanguage).toBe(expected);
    expect(received?.reports.map((report) => report.acceptLanguage)).toEqual([expected]);
    // The staff call log shows the same header for each of these calls.
    expect(records.map((record) => record.acceptLanguage)).toEqual([expected, expected, expected]);
  });

  it('gives Hong Kong the same package texts as English: the provider has no Traditional Chinese', async () => {
    const { client } = recordingClient();
    const [hongKong, english] = await Promise.all([client.getPackage(1000000, 'zh-HK'), client.getPackage(1000000, 'en')]);
    expect(hongKong.name).toBe(english.name);
    expect(hongKong.name).toMatch(/^[\x20-\x7e]+$/);
  });
});
