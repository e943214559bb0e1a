import 'server-only';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { withCallContext } from '@/lib/linksfield/call-context';
import type { Country, EsimPackage } from '@/lib/linksfield/types';
import { parseActivationCode } from '@/lib/esim/activation-code';
import { loadEsim } from '@/lib/orders/load-esim';
import { minorToDecimalString } from '@/lib/money';
import { payOrder } from '@/lib/orders/pay-order';
import { capturePayPalOrder, createPayPalOrder, recordBrowserCapture, type BrowserCapture, type PayPalResult } from '@/lib/orders/pay-with-paypal';
import { placeOrder } from '@/lib/orders/place-order';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import type { CardPaymentProvider } from '@/lib/payments/payment-provider';
import type { PayPalPaymentProvider } from '@/lib/payments/paypal-payment';
import { SANDBOX_CARDS } from '@/lib/payments/sandbox-payment';
import type { OrderRecord } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';
import { z } from 'zod';

export const FLOW_STEPS = [
  'login',
  'countries',
  'packages',
  'detail',
  'preOrder',
  'paypal',
  'payment',
  'webhook',
  'status',
  'esimDetail',
] as const;
export type FlowStepName = (typeof FLOW_STEPS)[number];

export type FlowStep = {
  name: FlowStepName;
  status: 'passed' | 'failed' | 'skipped';
  latencyMs: number;
  /** What happened, for staff: never a secret. Null for a skipped step. */
  detail: FlowDetail | null;
  /** Ids of the call-log entries made during the step. */
  callIds: number[];
};

/**
 * A step's outcome as a message under `staff.flow.details` with its values, worded in the console's
 * language; `error` carries an unexpected error's own (technical) message.
 */
export type FlowDetail = { key: string; values?: Record<string, string | number> };

export type FlowCheckResult = { steps: FlowStep[]; orderRef: string | null; passed: boolean };

type Deps = {
  client: LinksfieldClient;
  stores: Stores;
  paymentProvider: CardPaymentProvider;
  credentials: { email: string; password: string } | undefined;
  locale: Locale;
  /** To tell which of the payment step's calls was the webhook. */
  callLog: Pick<CallLogStore, 'get'>;
  /** Waits between status polls; tests pass a short one. */
  pollDelayMs?: number;
  /**
   * PayPal, when a buyer can be stood in for: the built-in sandbox's stand-in (its approval
   * endpoint). Unset (a real PayPal needs a real buyer in a browser): the step is skipped and the
   * sandbox card pays.
   */
  paypal?: { provider: PayPalPaymentProvider; standInUrl: string };
};

/** The buyer's "Approve" in PayPal's window, as the stand-in's SDK posts it. */
async function approveAtStandIn(standInUrl: string, paypalOrderId: string, clientId: string): Promise<void> {
  const response = await fetch(`${standInUrl}/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'paypal-client-id': clientId },
    body: JSON.stringify({ orderId: paypalOrderId, outcome: 'approve' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) fail('paypalNotApproved', { status: response.status });
}

/** Provider collects: what the browser's SDK does with the pre-order's clientId, done here over HTTP. */
async function captureInBrowserStead(standInUrl: string, order: OrderRecord): Promise<BrowserCapture> {
  const headers = { 'content-type': 'application/json', 'paypal-client-id': order.provider.clientId };
  const value = minorToDecimalString(order.provider.amountMinor, order.digits);
  const body = JSON.stringify({ intent: 'CAPTURE', purchase_units: [{ amount: { currency_code: order.provider.currency, value } }] });
  const created = browserOrderSchema.parse(await (await fetch(`${standInUrl}/v2/checkout/orders`, { method: 'POST', headers, body })).json());
  await approveAtStandIn(standInUrl, created.id, order.provider.clientId);
  const answer = await fetch(`${standInUrl}/v2/checkout/orders/${created.id}/capture`, { method: 'POST', headers });
  const capture = browserOrderSchema.parse(await answer.json()).purchase_units?.[0]?.payments?.captures?.[0];
  if (!capture) return fail('paypalNoCapture');
  return { paypalOrderId: created.id, captureId: capture.id, status: capture.status, value: capture.amount.value, currency: capture.amount.currency_code };
}

const browserOrderSchema = z.object({
  id: z.string(),
  purchase_units: z
    .array(
      z.object({
        payments: z
          .object({
            captures: z.array(z.object({ id: z.string(), status: z.string(), amount: z.object({ value: z.string(), currency_code: z.string() }) })),
          })
          .optional(),
      }),
    )
    .optional(),
});

/** A step that ran but found the wrong thing; `detail` says what, in the console's language. */
class StepFailure extends Error {
  constructor(readonly detail: FlowDetail) {
    super(detail.key);
  }
}

const fail = (key: string, values?: FlowDetail['values']): never => {
  throw new StepFailure({ key, values });
};

/** Runs the documented purchase flow end to end against the configured upstream, step by step. */
export async function runFlowCheck(deps: Deps): Promise<FlowCheckResult> {
  const steps: FlowStep[] = [];
  let failed = false;
  let country: Country | undefined;
  let pkg: EsimPackage | undefined;
  let orderRef: string | null = null;
  const webhookCallIds: number[] = [];

  async function step(name: FlowStepName, work: () => Promise<FlowDetail>) {
    if (failed) {
      steps.push({ name, status: 'skipped', latencyMs: 0, detail: null, callIds: [] });
      return;
    }
    const ids: Promise<number | null>[] = [];
    const started = performance.now();
    let status: FlowStep['status'] = 'passed';
    let detail: FlowDetail;
    try {
      detail = await withCallContext({ collect: (id) => ids.push(id), ...(orderRef ? { orderRef } : {}) }, work);
    } catch (error) {
      failed = true;
      status = 'failed';
      detail =
        error instanceof StepFailure
          ? error.detail
          : { key: 'error', values: { message: error instanceof Error ? error.message : String(error) } };
    }
    const latencyMs = Math.round(performance.now() - started);
    const callIds = [...(name === 'webhook' ? webhookCallIds : []), ...(await Promise.all(ids))].filter(
      (id): id is number => id !== null,
    );
    steps.push({ name, status, latencyMs, detail, callIds });
  }

  const { client, locale } = deps;
  await step('login', async () => {
    if (deps.credentials) {
      await client.login(deps.credentials.email, deps.credentials.password, locale);
      return { key: 'loggedIn', values: { email: deps.credentials.email } };
    }
    const token = await client.probeToken(locale);
    if (token !== 'valid') fail('tokenRefused', { state: token });
    return { key: 'tokenAccepted' };
  });
  await step('countries', async () => {
    const countries = await client.listCountries(locale);
    country = countries.find((candidate) => candidate.mcc === 440) ?? countries[0];
    if (!country) return fail('noCountry');
    return { key: 'countries', values: { count: countries.length, country: country.name, mcc: String(country.mcc) } };
  });
  await step('packages', async () => {
    const packages = await client.listPackages(country!.mcc, locale);
    pkg = packages.find((candidate) => candidate.prices.length > 0);
    if (!pkg) return fail('noPricedPackage', { mcc: String(country!.mcc) });
    return { key: 'packages', values: { count: packages.length, code: pkg.code } };
  });
  await step('detail', async () => {
    pkg = await client.getPackage(pkg!.id, locale);
    return { key: 'detail', values: { name: pkg.name, currencies: pkg.prices.map((price) => price.currency).join(', ') } };
  });
  await step('preOrder', async () => {
    const price = pkg!.prices.find((candidate) => candidate.currency === 'USD') ?? pkg!.prices[0]!;
    const placed = await placeOrder(
      {
        packageId: pkg!.id,
        packageCode: pkg!.code,
        currency: price.currency,
        quantity: 1,
        periods: pkg!.minPeriods,
        email: 'flow-check@staff.invalid',
      },
      locale,
      { client, stores: deps.stores },
    );
    if (!placed.ok) return fail('refused', { reason: JSON.stringify(placed.formError ?? placed.fieldErrors) });
    orderRef = placed.ref;
    const order = await deps.stores.orders.findByRef(placed.ref);
    return { key: 'order', values: { orderNo: order?.provider.orderNo ?? '—', orderId: String(order?.provider.orderId ?? '—') } };
  });
  let paypalPayment: (() => Promise<PayPalResult>) | undefined;
  await step('paypal', async () => {
    const paypal = deps.paypal;
    if (!paypal) return { key: 'paypalNeedsBuyer' };
    const order = (await deps.stores.orders.findByRef(orderRef!))!;
    const payDeps = { stores: deps.stores, client, paypal: paypal.provider, paymentProvider: paypal.provider };
    if (paypal.provider.api) {
      const created = await createPayPalOrder(order.ref, payDeps);
      if (created.kind !== 'created') return fail('paypalNotCreated', { kind: created.kind });
      await approveAtStandIn(paypal.standInUrl, created.paypalOrderId, paypal.provider.api.clientId);
      paypalPayment = () => capturePayPalOrder(order.ref, created.paypalOrderId, locale, payDeps);
      return { key: 'paypalApproved', values: { orderId: created.paypalOrderId, collects: 'shop' } };
    }
    const capture = await captureInBrowserStead(paypal.standInUrl, order);
    paypalPayment = () => recordBrowserCapture(order.ref, capture, locale, payDeps);
    return { key: 'paypalApproved', values: { orderId: capture.paypalOrderId, collects: 'provider' } };
  });
  let paid: { kind: string } | undefined;
  await step('payment', async () => {
    if (paypalPayment) {
      paid = await paypalPayment();
      if (paid.kind !== 'captured') return fail('notCharged', { kind: paid.kind });
      const [payment] = await deps.stores.payments.list(orderRef!);
      return { key: 'charged', values: { provider: `${deps.paypal!.provider.name}: ${payment?.providerPaymentId ?? '—'}` } };
    }
    paid = await payOrder(
      orderRef!,
      { number: SANDBOX_CARDS.succeeds, expiry: '12/99', cvc: '123' },
      locale,
      { stores: deps.stores, client, paymentProvider: deps.paymentProvider },
    );
    if (paid.kind !== 'charged') return fail('notCharged', { kind: paid.kind });
    return { key: 'charged', values: { provider: deps.paymentProvider.name } };
  });
  await step('webhook', async () => {
    // Paying sends the webhook itself: show that call under this step rather than under the payment.
    const payment = steps.find((candidate) => candidate.name === 'payment');
    if (payment) {
      const entries = await Promise.all(payment.callIds.map((id) => deps.callLog.get(id)));
      const webhookIds = entries.filter((entry) => entry?.endpoint.endsWith('/payment/webhook')).map((entry) => entry!.id);
      payment.callIds = payment.callIds.filter((id) => !webhookIds.includes(id));
      webhookCallIds.push(...webhookIds);
    }
    const report = await deps.stores.payments.findReport(orderRef!);
    if (report?.state !== 'answered' || report.code !== 0) {
      return fail('reportNotAccepted', { state: report?.state ?? 'missing', code: String(report?.code ?? '—') });
    }
    return { key: 'reported' };
  });
  await step('status', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const order = await deps.stores.orders.findByRef(orderRef!);
      const { stage } = await refreshOrderStage(order!, locale, { stores: deps.stores, client });
      if (stage.kind === 'esim_ready') return { key: 'paidAfter', values: { count: attempt + 1 } };
      if (stage.kind !== 'paid') fail('unexpectedStage', { stage: stage.kind });
      await new Promise((resolve) => setTimeout(resolve, deps.pollDelayMs ?? 1000));
    }
    return fail('notPaid', { count: 10 });
  });
  await step('esimDetail', async () => {
    const order = await deps.stores.orders.findByRef(orderRef!);
    const esim = await loadEsim(order!, locale);
    if (!esim) return fail('noEsim');
    const parsed = parseActivationCode(esim.activationCode);
    if (!parsed) return fail('badActivationCode');
    return { key: 'esim', values: { iccid: esim.iccid ?? '—', smdpAddress: parsed.smdpAddress } };
  });
  return { steps, orderRef, passed: !failed };
}
