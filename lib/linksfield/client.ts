import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { providerLanguage } from '@/lib/i18n/locales';
import { minorToWireNumber, orderTotalMinor, toMinorUnits } from '@/lib/money';
import { LinksfieldError, TOKEN_INVALID_CODE, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import { toCountry, toPackage } from '@/lib/linksfield/reshape';
import { callProvider, type TransportConfig } from '@/lib/linksfield/transport';
import type { Country, EsimPackage, ExchangeRecord, PreOrder, PreOrderInput } from '@/lib/linksfield/types';
import {
  countryListSchema,
  loginAnswerSchema,
  packageListSchema,
  packageSchema,
  preOrderAnswerSchema,
} from '@/lib/linksfield/wire';

export type LinksfieldClientConfig = TransportConfig & {
  partnerCode: string;
  accessToken?: string;
  credentials?: { email: string; password: string };
};

/** `type` of the catalog calls: 1 = packages whose coverage includes the country. */
const COVERAGE_INCLUDES_COUNTRY = 1;

export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export type LinksfieldClient = ReturnType<typeof createLinksfieldClient>;

export function createLinksfieldClient(config: LinksfieldClientConfig) {
  let token = config.accessToken;
  let pendingLogin: Promise<string> | undefined;

  async function login(email: string, password: string, locale: Locale = 'en'): Promise<string> {
    const { data } = await callProvider(
      config,
      '/user/login',
      { email, passwd: md5Hex(password), partnerCode: config.partnerCode },
      loginAnswerSchema,
      { acceptLanguage: providerLanguage(locale) },
    );
    return data.token;
  }

  /** The server's own token: the configured one, or one from logging in with the configured account. */
  function serverToken(locale: Locale): Promise<string> {
    if (token) return Promise.resolve(token);
    const credentials = config.credentials;
    if (!credentials) {
      return Promise.reject(new LinksfieldError(TOKEN_INVALID_CODE, 'no access token configured', 'login'));
    }
    pendingLogin ??= login(credentials.email, credentials.password, locale)
      .then((fresh) => (token = fresh))
      .finally(() => (pendingLogin = undefined));
    return pendingLogin;
  }

  /** Calls with the server token; on code 7 logs in again once (when it can) and repeats once. */
  async function withServerToken<T>(locale: Locale, call: (token: string) => Promise<T>): Promise<T> {
    const used = await serverToken(locale);
    try {
      return await call(used);
    } catch (error) {
      const expired = error instanceof LinksfieldError && error.code === TOKEN_INVALID_CODE;
      if (!expired || !config.credentials) throw error;
      if (token === used) token = undefined;
      return call(await serverToken(locale));
    }
  }

  const language = (locale: Locale) => ({ acceptLanguage: providerLanguage(locale) });

  async function listCountries(locale: Locale): Promise<Country[]> {
    const { data } = await callProvider(
      config,
      '/package/countryPackageList',
      { partnerCode: config.partnerCode, type: COVERAGE_INCLUDES_COUNTRY },
      countryListSchema,
      language(locale),
    );
    return data.map(toCountry);
  }

  async function listPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
    const { data } = await callProvider(
      config,
      '/v1.1/package/packageList',
      { partnerCode: config.partnerCode, type: COVERAGE_INCLUDES_COUNTRY, countryCode: mcc },
      packageListSchema,
      language(locale),
    );
    return data.map(toPackage);
  }

  async function getPackage(id: number, locale: Locale): Promise<EsimPackage> {
    const { data } = await callProvider(config, '/v1.1/package/detail', { id }, packageSchema, language(locale));
    return toPackage(data);
  }

  /** Reserves a profile and creates the order. `money` is computed here from the provider's own price. */
  async function preOrder(
    input: PreOrderInput,
    locale: Locale,
  ): Promise<{ order: PreOrder; exchange: ExchangeRecord; moneyMinor: number }> {
    const { pkg, price, quantity, periods } = input;
    const moneyMinor = orderTotalMinor(price.amountMinor, periods, quantity);
    const body = {
      currency: price.currency,
      currencyId: price.currencyId,
      deviceType: '10',
      discountFlag: 0,
      id: pkg.id,
      money: minorToWireNumber(moneyMinor, price.digits),
      packageCode: pkg.code,
      packageNum: quantity,
      partnerCode: config.partnerCode,
      periodNum: periods,
    };
    const result = await withServerToken(locale, (accessToken) =>
      callProvider(config, '/v1.1/package/preOrderPackage', body, preOrderAnswerSchema, {
        ...language(locale),
        token: accessToken,
      }),
    );
    const answer = result.data;
    const orderTime = parseProviderTime(answer.orderTime);
    if (!orderTime) throw new UnexpectedAnswerError('/v1.1/package/preOrderPackage', 'data.orderTime: not a time');
    return {
      order: {
        orderId: answer.id,
        orderNo: answer.orderNo,
        amountMinor: toMinorUnits(answer.amount, price.digits),
        currency: answer.currency,
        packageName: answer.packageName || pkg.name,
        orderTime,
        periods: answer.periodNum,
        clientId: answer.clientId,
      },
      exchange: { request: result.requestText, response: result.responseText },
      moneyMinor,
    };
  }

  return { login, listCountries, listPackages, getPackage, preOrder };
}

const isoInstant = z.iso.datetime({ offset: true });

/** The provider writes `2022-12-05T03:14:50.958+0000`; make it a standard ISO instant. */
export function parseProviderTime(value: string): string | null {
  const normalized = value.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!isoInstant.safeParse(normalized).success) return null;
  const time = new Date(normalized);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}
