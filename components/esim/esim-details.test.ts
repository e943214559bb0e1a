import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps, type ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { messagesByLocale } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import type { EsimDetail } from '@/lib/linksfield/types';

// Server-side translations without a Next request: the same messages through next-intl's core.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: messagesByLocale[locale], namespace }),
}));

const { EsimDetails } = await import('@/components/esim/esim-details');

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

const CODE = 'LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V';
const IPHONE_18 =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

const ESIM: EsimDetail = {
  orderId: 1055200093,
  orderNo: 'ESIM_L202212050000000',
  iccid: '8985200012345678901',
  packageName: 'Japan 3 GB / 7 days',
  activationCode: CODE,
  smdpAddress: 'other.example.com',
  matchingId: 'OTHER',
  status: null,
  dataMb: 3072,
  usedMb: 512,
  validFrom: '2025-01-10',
  validTo: '2025-01-17',
};

async function render(esim: EsimDetail, locale: Locale, userAgent: string | null): Promise<string> {
  const tree = (await EsimDetails({ esim, locale, userAgent })) as ReactElement;
  // The provider's props type demands `children`, which createElement takes as its third argument.
  const props = { locale, messages: messagesByLocale[locale], timeZone: 'UTC' } as ProviderProps;
  // A prerender waits for the lazily loaded parts (the install guide), as the server's render does.
  const { prelude } = await prerenderToNodeStream(createElement(NextIntlClientProvider, props, tree));
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

function byTestId(html: string, testId: string): string | undefined {
  return new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

describe('EsimDetails', () => {
  it('shows the QR code as an accessible inline SVG, at least 240 px, and the copyable fields', async () => {
    const html = await render(ESIM, 'en', null);
    expect(html).toContain('<h2 id="esim-title"');
    expect(html).toContain('Your eSIM');
    // Its size is the SVG's own (the policy allows no style attribute): whole pixels per module.
    expect(html).not.toMatch(/\sstyle=/);
    const qr = /<div role="img" aria-label="([^"]+)" data-testid="esim-qr"[^>]*><svg[^>]*width="(\d+)" height="\2" viewBox="0 0 (\d+) \3"/.exec(html);
    expect(qr).not.toBeNull();
    expect(qr?.[1]).toContain('rsp-0001.linksfield.net');
    expect(qr?.[1]).toContain('5H9MY-PTG45-3F5YM-ZFP9V');
    expect(Number(qr?.[2])).toBeGreaterThanOrEqual(240);
    expect(Number(qr?.[2]) % Number(qr?.[3])).toBe(0);
    expect(byTestId(html, 'activation-code')).toBe('LPA:1$rsp-0001.linksfield.net$5H9MY-PTG45-3F5YM-ZFP9V');
    // Parsed from the code, not the provider's separate fields.
    expect(byTestId(html, 'smdp-address')).toBe('rsp-0001.linksfield.net');
    expect(byTestId(html, 'matching-id')).toBe('5H9MY-PTG45-3F5YM-ZFP9V');
    expect(html).toContain('Activation code (matching ID)');
    expect(byTestId(html, 'iccid')).toBe('8985200012345678901');
    expect(byTestId(html, 'esim-validity')).toBe('January 10, 2025 – January 17, 2025');
    expect(byTestId(html, 'esim-data')).toBe('3 GB');
    expect(byTestId(html, 'esim-data-used')).toBe('512 MB');
    expect(html).toContain('Copy SM-DP+ address');
  });

  it('offers the one-tap link only on iOS 17.4+, to Apple, in a new browsing context', async () => {
    const iphone = await render(ESIM, 'en', IPHONE_18);
    expect(iphone).toContain(
      'href="https://esimsetup.apple.com/esim_qrcode_provisioning?carddata=LPA%3A1%24rsp-0001.linksfield.net%245H9MY-PTG45-3F5YM-ZFP9V" target="_blank" rel="noopener noreferrer"',
    );
    expect(iphone).toContain('Install on this iPhone');
    // What this phone can use comes first; the QR code, for another screen, after it.
    expect(iphone.indexOf('data-testid="one-tap-install"')).toBeLessThan(iphone.indexOf('data-testid="esim-qr"'));
    expect(iphone.indexOf('data-testid="one-tap-install"')).toBeLessThan(iphone.indexOf('data-testid="activation-code"'));
    expect(await render(ESIM, 'en', ANDROID)).not.toContain('esimsetup.apple.com');
    expect(await render(ESIM, 'en', null)).not.toContain('esimsetup.apple.com');
  });

  it('renders a real tablist, with the detected platform first', async () => {
    const android = await render(ESIM, 'en', ANDROID);
    expect(android).toContain('role="tablist"');
    expect(android).toMatch(/role="tab" id="[^"]+-tab-android" aria-selected="true" aria-controls="[^"]+-panel-android" tabindex="0"/);
    expect(android).toMatch(/role="tab" id="[^"]+-tab-iphone" aria-selected="false"[^>]*tabindex="-1"/);
    expect(android).toMatch(/role="tabpanel" id="[^"]+-panel-iphone" aria-labelledby="[^"]+-tab-iphone" hidden=""/);
    expect(android).toContain('Settings &gt; Network &amp; internet &gt; SIMs &gt; Add eSIM');
    const other = await render(ESIM, 'en', null);
    expect(other).toMatch(/-tab-iphone" aria-selected="true"/);
    expect(other).toContain('Settings &gt; Mobile Service &gt; Add eSIM');
  });

  it('falls back to the provider fields and explains when the code does not parse', async () => {
    const html = await render({ ...ESIM, activationCode: 'not a code', dataMb: null, usedMb: null, validFrom: null, validTo: null }, 'en', IPHONE_18);
    expect(html).not.toContain('data-testid="esim-qr"');
    expect(html).not.toContain('esimsetup.apple.com');
    expect(html).toContain('We cannot show a QR code for this eSIM');
    expect(byTestId(html, 'activation-code')).toBe('not a code');
    expect(byTestId(html, 'smdp-address')).toBe('other.example.com');
    expect(byTestId(html, 'matching-id')).toBe('OTHER');
    expect(byTestId(html, 'esim-data')).toBe('Unlimited');
    expect(byTestId(html, 'esim-validity')).toBe('Starts when first used');
    expect(html).not.toContain('esim-data-used');
    // Manual entry only: no scanning steps, since there is no QR code.
    expect(html).toContain('Enter the details by hand');
    expect(html).not.toContain('Scan the QR code');
  });

  it('leaves out the install guide when nothing could be installed', async () => {
    const html = await render({ ...ESIM, activationCode: 'LPA:1$bad host$', smdpAddress: null, matchingId: null }, 'en', null);
    expect(html).toContain('We cannot show a QR code for this eSIM');
    expect(html).not.toContain('role="tablist"');
    expect(html).toContain('Not provided');
  });

  it('speaks Chinese in zh-CN', async () => {
    const html = await render(ESIM, 'zh-CN', ANDROID);
    expect(html).toContain('您的 eSIM');
    expect(html).toContain('激活码（Matching ID）');
    expect(byTestId(html, 'esim-validity')).toBe('2025年1月10日 – 2025年1月17日');
    expect(html).not.toMatch(/esim\.[a-zA-Z]+\.[a-zA-Z]+/);
  });
});
