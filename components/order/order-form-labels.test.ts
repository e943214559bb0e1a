import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import type { OrderFormPackage } from '@/components/order/order-form-state';
import type { Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';

let pageLocale: Locale = 'en';
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: pageLocale, messages: messagesByLocale[pageLocale], namespace }),
}));

const { orderFormLabels } = await import('@/components/order/order-form-labels');

// The provider names currencies in English for a Hong Kong page (it speaks English and Simplified only).
const PKG: OrderFormPackage = {
  id: 1000000,
  code: 'JP-1GB-7D',
  periodLength: 7,
  minPeriods: 1,
  maxPeriods: 4,
  prices: [
    { currencyId: 5, currency: 'HKD', currencyName: 'Hong Kong Dollar', symbol: 'HK$', digits: 2, amountMinor: 3899 },
    { currencyId: 99, currency: 'QQQ', currencyName: 'Provider money', symbol: 'T', digits: 2, amountMinor: 100 },
  ],
};

async function names(locale: Locale) {
  pageLocale = locale;
  const { prices } = await orderFormLabels(PKG, 5, locale);
  return Object.fromEntries(Object.entries(prices).map(([code, label]) => [code, label.name]));
}

describe('orderFormLabels: currency names', () => {
  it("names each currency in the page's language", async () => {
    expect((await names('en')).HKD).toBe('Hong Kong Dollar');
    expect((await names('zh-CN')).HKD).toBe('港元');
    expect((await names('zh-HK')).HKD).toBe('港元');
  });

  it("keeps the provider's name for a code Intl cannot name", async () => {
    expect((await names('zh-HK')).QQQ).toBe('Provider money');
  });
});
