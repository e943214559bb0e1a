import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { providerLanguage } from '@/lib/i18n/locales';
import { minorToWireNumber, toMinorUnits } from '@/lib/money';
import { LinksfieldError, TOKEN_INVALID_CODE, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import { preOrderBody } from '@/lib/linksfield/pre-order-body';
import { toCountry, toPackage } from '@/lib/linksfield/reshape';
import { withRetries } from '@/lib/linksfield/retry';
import { callProvider, type TransportConfig } from '@/lib/linksfield/transport';
import type {
  Country,
  EsimDetail,
  EsimPackage,
  ExchangeRecord,
  OrderStatus,
  PreOrder,
  PreOrderInput,
  ProviderPayStatus,
} from '@/lib/linksfield/types';
import {
  anyDataSchema,
  countryListSchema,
  esimDetailSchema,
  orderStatusSchema,
  loginAnswerSchema,
  packageListSchema,
  packageSchema,
  preOrderAnswerSchema,
  webhookAnswerSchema,
} from '@/lib/linksfield/wire';

export type LinksfieldClientConfig = TransportConfig & {
  partnerCode: string;
  /** Extra tries for read calls that got no answer or a 5xx (default 2); writes are never retried. */
  readRetries?: number;
  accessToken?: string;
  credentials?: { email: string; password: string };
};

/** `type` of the catalog calls: 1 = packages whose coverage includes the country. */
const COVERAGE_INCLUDES_COUNTRY = 1;

export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export type LinksfieldClient = ReturnType<typeof createLinksfieldClient>;

export type ProviderSession = { token: string; expiresAt: string | null };

/** Whose token a call carries: a signed-in customer's, or (by default) the shop's own. */
export type CallAuth = { customerToken?: string };

export type PaymentReport = {
  orderId: number;
  amountMinor: number;
  digits: number;
  currency: string;
  paymentId: string;
  succeeded: boolean;
  at: Date;
};

const PAY_STATUSES: Record<number, ProviderPayStatus> = { 0: 'waiting', 1: 'paid', 2: 'failed', 3: 'cancelled' };

export function createLinksfieldClient(config: LinksfieldClientConfig) {
  let token = config.accessToken;
  let pendingLogin: Promise<string> | undefined;

  async function signIn(endpoint: '/user/login' | '/user/emailRegister', email: string, password: string, locale: Locale) {
    const { data } = await callProvider(
      config,
      endpoint,
      // The provider wants the password as a lower-case MD5 hex digest, never in clear.
      { email, passwd: md5Hex(password), partnerCode: config.partnerCode },
      loginAnswerSchema,
      { acceptLanguage: providerLanguage(locale) },
    );
    return { token: data.token, expiresAt: data.expireTime ?? null };
  }

  /** Logs an account in; a new token each time. */
  function login(email: string, password: string, locale: Locale = 'en'): Promise<ProviderSession> {
    return signIn('/user/login', email, password, locale);
  }

  /** Creates a customer's provider account and signs it in. */
  function register(email: string, password: string, locale: Locale = 'en'): Promise<ProviderSession> {
    return signIn('/user/emailRegister', email, password, locale);
  }

  /** The server's own token: the configured one, or one from logging in with the configured account. */
  function serverToken(locale: Locale): Promise<string> {
    if (token) return Promise.resolve(token);
    const credentials = config.credentials;
    if (!credentials) {
      return Promise.reject(new LinksfieldError(TOKEN_INVALID_CODE, 'no access token configured', 'login'));
    }
    pendingLogin ??= login(credentials.email, credentials.password, locale)
      .then((fresh) => (token = fresh.token))
      .finally(() => (pendingLogin = undefined));
    return pendingLogin;
  }

  /**
   * Calls with the customer's own token when given (a code 7 then reaches the caller, who signs the
   * customer out), else with the server token, logging in again once on code 7 and repeating once.
   */
  async function withToken<T>(locale: Locale, auth: CallAuth, call: (token: string) => Promise<T>): Promise<T> {
    if (auth.customerToken) return call(auth.customerToken);
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
  const read = <T,>(work: () => Promise<T>) => withRetries(work, { retries: config.readRetries ?? 2 });

  async function listCountries(locale: Locale): Promise<Country[]> {
    const { data } = await read(() => callProvider(
      config,
      '/package/countryPackageList',
      { partnerCode: config.partnerCode, type: COVERAGE_INCLUDES_COUNTRY },
      countryListSchema,
      language(locale),
    ));
    return data.map(toCountry);
  }

  async function listPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
    const { data } = await read(() => callProvider(
      config,
      '/v1.1/package/packageList',
      { partnerCode: config.partnerCode, type: COVERAGE_INCLUDES_COUNTRY, countryCode: mcc },
      packageListSchema,
      language(locale),
    ));
    return data.map(toPackage);
  }

  async function getPackage(id: number, locale: Locale): Promise<EsimPackage> {
    const { data } = await read(() => callProvider(config, '/v1.1/package/detail', { id }, packageSchema, language(locale)));
    return toPackage(data);
  }

  /** Reserves a profile and creates the order. `money` is computed here from the provider's own price. */
  async function preOrder(
    input: PreOrderInput,
    locale: Locale,
    auth: CallAuth = {},
  ): Promise<{ order: PreOrder; exchange: ExchangeRecord; moneyMinor: number }> {
    const { pkg, price } = input;
    const { body, moneyMinor } = preOrderBody(input, config.partnerCode);
    const result = await withToken(locale, auth, (accessToken) =>
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

  /** Tells the provider the payment result of an order: once per order, by the caller's rules. */
  async function reportPayment(report: PaymentReport, locale: Locale): Promise<ExchangeRecord> {
    const body = {
      dateTime: Math.floor(report.at.getTime() / 1000),
      // As the documentation's example shows it: a string (the pre-order answers the id as an integer).
      orderId: String(report.orderId),
      partnerCode: config.partnerCode,
      payAmount: minorToWireNumber(report.amountMinor, report.digits),
      payCurrency: report.currency,
      paypalId: report.paymentId,
      type: report.succeeded ? 'payment_intent.succeeded' : 'payment_intent.payment_failed',
    };
    const result = await withToken(locale, {}, (accessToken) =>
      callProvider(config, '/v1.1/payment/webhook', body, webhookAnswerSchema, { ...language(locale), token: accessToken }),
    );
    return { request: result.requestText, response: result.responseText };
  }

  async function getOrderStatus(orderId: number, locale: Locale, auth: CallAuth = {}): Promise<OrderStatus> {
    const { data } = await read(() =>
      withToken(locale, auth, (accessToken) =>
        callProvider(config, '/package/queryOrdStatusAndEmail', { orderId }, orderStatusSchema, {
          ...language(locale),
          token: accessToken,
        }),
      ),
    );
    const payStatus = PAY_STATUSES[data.orderPayStatus] ?? 'waiting';
    return { payStatus, activationCode: payStatus === 'paid' ? (data.qrCode ?? null) : null };
  }

  async function getEsimDetail(orderId: number, locale: Locale, auth: CallAuth = {}): Promise<EsimDetail> {
    const { data } = await read(() =>
      withToken(locale, auth, (accessToken) =>
        callProvider(config, '/v1.1/order/myEsimDetail', { orderId }, esimDetailSchema, {
          ...language(locale),
          token: accessToken,
        }),
      ),
    );
    return {
      orderId: data.orderId ?? orderId,
      orderNo: data.orderNo,
      iccid: data.iccid,
      packageName: data.packageName,
      activationCode: data.qrCode,
      smdpAddress: data.smdpAddress,
      matchingId: data.activationCode,
      status: data.status,
      dataMb: data.packageFlow === null || data.packageFlow < 0 ? null : data.packageFlow,
      usedMb: data.usedFlow,
      validFrom: data.validFrom ? parseProviderTime(data.validFrom) : null,
      validTo: data.validTo ? parseProviderTime(data.validTo) : null,
    };
  }

  /**
   * Whether the shop's token works, without side effects: asks the status of an order that cannot
   * exist. "Order does not exist" means the token was accepted; code 7 means it was not.
   */
  async function probeToken(locale: Locale): Promise<'valid' | 'invalid' | 'unknown'> {
    try {
      await getOrderStatus(1, locale);
      return 'valid';
    } catch (error) {
      if (error instanceof LinksfieldError) return error.code === TOKEN_INVALID_CODE ? 'invalid' : 'valid';
      return 'unknown';
    }
  }

  /**
   * Sends a logged read call again, as it was (staff replay). Business errors and odd answers are
   * the point of a replay, so they are swallowed: the call log holds the answer.
   */
  async function resend(endpoint: string, body: Record<string, unknown>, locale: Locale, authenticated: boolean) {
    const send = (accessToken?: string) =>
      callProvider(config, endpoint, body, anyDataSchema, { ...language(locale), token: accessToken });
    try {
      await (authenticated ? withToken(locale, {}, send) : send());
    } catch {
      // Recorded by the transport.
    }
  }

  return {
    probeToken,
    resend,
    login,
    register,
    listCountries,
    listPackages,
    getPackage,
    preOrder,
    reportPayment,
    getOrderStatus,
    getEsimDetail,
  };
}

const isoInstant = z.iso.datetime({ offset: true });

/** The provider writes `2022-12-05T03:14:50.958+0000`; make it a standard ISO instant. */
export function parseProviderTime(value: string): string | null {
  const normalized = value.trim().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!isoInstant.safeParse(normalized).success) return null;
  const time = new Date(normalized);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}
